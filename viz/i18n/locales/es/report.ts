// Español: el informe impreso de una página.
export default {
  single: '{{name}}: espera media hasta la caseta primaria {{mean}} min{{ci}}.',
  title: 'borderflow — comparación de escenarios',
  question: 'La pregunta: ',
  scenarios: 'Escenarios',
  baseline: ' (base)',
  differ: 'Entradas que difieren ({{count}}): ',
  notSet: 'sin definir',
  more: '; y {{n}} más (vea la pestaña Comparar)',
  answer: 'La respuesta',
  sources: 'Fuentes y supuestos',
  noSources: 'No se citan fuentes. ',
  noAssumptions: 'No se declaran supuestos.',
  assumptions: '{{count}} supuestos, entre ellos: {{list}}',
  footer:
    'Semilla {{seed}} · {{replications}} réplicas por escenario · motor {{engine}} {{version}} · los intervalos de confianza del 95 % son t de Student sobre las réplicas; las diferencias se aparean con números aleatorios comunes.',
};
