// Français : le rapport imprimé d'une page.
export default {
  single: '{{name}} : attente moyenne jusqu’à la guérite primaire {{mean}} min{{ci}}.',
  title: 'borderflow — comparaison de scénarios',
  question: 'La question : ',
  scenarios: 'Scénarios',
  baseline: ' (référence)',
  differ: 'Entrées qui diffèrent ({{count}}) : ',
  notSet: 'non défini',
  more: ' ; et {{n}} de plus (voir l’onglet Comparer)',
  answer: 'La réponse',
  sources: 'Sources et hypothèses',
  noSources: 'Aucune source citée. ',
  noAssumptions: 'Aucune hypothèse énoncée.',
  assumptions: '{{count}} hypothèses, dont : {{list}}',
  footer:
    'Graine {{seed}} · {{replications}} réplications par scénario · moteur {{engine}} {{version}} · les intervalles de confiance à 95 % sont des intervalles t de Student sur les réplications ; les écarts sont appariés par nombres aléatoires communs.',
};
