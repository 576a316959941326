// English: the page's frame — header, tabs, language switcher.
export default {
  title: 'borderflow — compare land border crossings',
  tagline:
    'A simulated land border crossing: change booths, staffing and screening, then compare the wait to reach the primary booth and the seizures — each figure averaged over many simulated days, with its 95 % confidence interval.',
  skipToResults: 'Skip to the results',
  sidebar: 'Scenarios and controls',
  noScript: 'borderflow runs its simulation in your browser and needs JavaScript.',
  framed: 'borderflow does not run inside a frame.',
  openOwnWindow: 'Open borderflow in its own window',
  language: 'Language',
  tabs: {
    compare: 'Compare',
    table: 'Table',
    staffing: 'Staffing',
    observed: 'Observed & forecast',
    port: 'Port',
    lessons: 'Lessons',
    glossary: 'Glossary',
    editor: 'Editor',
  },
};
