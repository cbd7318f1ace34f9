// English: the reports' generated text beyond their own frame (comparison and cost sections) and
// the confirmation and alert emails. Spread into `en` (en.ts); English output is exactly this.
export const enReports = {
  reportComparisons: {
    heading: 'Compared with earlier periods',
    headingText: 'Compared with earlier periods:',
    yearOverYear: 'Against the same weekdays a year earlier',
    annual: 'Annual totals',
    monthOverMonth: 'Month over month',
    seasonal: 'Seasonal variation',
    weekly: 'Weekly trend',
    pdfYoy: 'Year over year (same weekdays a year earlier)',
    thisPeriod: 'This period',
    yearEarlier: 'A year earlier',
    fromDate: '{{value}} (from {{date}})',
    noData: 'no data a year back',
    noUsage: 'No complete day of usage yet.',
  },
  reportCost: {
    contract: '{{plan}} is a contract plan: billed as agreed.',
    soFar: 'This billing period so far: {{total}} ({{base}} plan{{overage}}).',
    overage: ' + {{amount}} overage',
    projectedFlat: 'Projected bill: {{total}} (no overage expected).',
    projected: 'Projected bill: {{total}} ({{level}}% interval {{low}} to {{high}}).',
    budget: 'Budget: {{amount}} a month, {{pct}}% spent.',
    month: '{{month}}: {{total}} on {{plan}}{{perSession}}.',
    perSession: ', {{amount}} per session',
  },
};
