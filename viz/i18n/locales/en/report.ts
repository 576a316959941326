// English: the one-page printed report.
export default {
  single: '{{name}}: mean wait to reach the primary booth {{mean}} min{{ci}}.',
  title: 'borderflow — scenario comparison',
  question: 'The question: ',
  scenarios: 'Scenarios',
  baseline: ' (baseline)',
  differ: 'Inputs that differ ({{count}}): ',
  notSet: 'not set',
  more: '; and {{n}} more (see the Compare tab)',
  answer: 'The answer',
  sources: 'Sources and assumptions',
  noSources: 'No sources cited. ',
  noAssumptions: 'No assumptions stated.',
  assumptions: '{{count}} assumptions, among them: {{list}}',
  footer:
    'Seed {{seed}} · {{replications}} replications per scenario · {{engine}} engine {{version}} · 95 % confidence intervals are Student-t over replications; differences are paired on common random numbers.',
};
