// Español: el marco de la página — encabezado, pestañas, selector de idioma.
export default {
  title: 'borderflow — comparar cruces fronterizos terrestres',
  tagline:
    'Un cruce fronterizo terrestre simulado: cambie casetas, personal e inspecciones, y compare la espera hasta la caseta de inspección primaria y los decomisos — cada cifra promediada sobre muchos días simulados, con su intervalo de confianza del 95 %.',
  skipToResults: 'Ir a los resultados',
  sidebar: 'Escenarios y controles',
  noScript: 'borderflow ejecuta su simulación en su navegador y necesita JavaScript.',
  framed: 'borderflow no funciona dentro de un marco.',
  openOwnWindow: 'Abrir borderflow en su propia ventana',
  language: 'Idioma',
  tabs: {
    compare: 'Comparar',
    table: 'Tabla',
    staffing: 'Personal',
    observed: 'Observado y pronóstico',
    port: 'Garita',
    lessons: 'Lecciones',
    glossary: 'Glosario',
    editor: 'Editor',
  },
};
