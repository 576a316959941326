// Français : le cadre de la page — en-tête, onglets, choix de la langue.
export default {
  title: 'borderflow — comparer des postes frontaliers terrestres',
  tagline:
    'Un poste frontalier terrestre simulé : changez les guérites, les effectifs et les contrôles, puis comparez l’attente jusqu’à la guérite de contrôle primaire et les saisies — chaque chiffre est une moyenne sur de nombreuses journées simulées, avec son intervalle de confiance à 95 %.',
  skipToResults: 'Aller aux résultats',
  sidebar: 'Scénarios et commandes',
  noScript: 'borderflow exécute sa simulation dans votre navigateur et a besoin de JavaScript.',
  framed: 'borderflow ne fonctionne pas dans un cadre.',
  openOwnWindow: 'Ouvrir borderflow dans sa propre fenêtre',
  language: 'Langue',
  tabs: {
    compare: 'Comparer',
    table: 'Tableau',
    staffing: 'Effectifs',
    observed: 'Observé et prévision',
    port: 'Poste',
    lessons: 'Leçons',
    glossary: 'Glossaire',
    editor: 'Éditeur',
  },
};
