// English: the reports' generated text beyond their own frame (comparison and cost sections) and
// the confirmation and alert emails. Spread into `en` (en.ts); English output is exactly this.
import { enUnitWords } from './en-units.js';

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
  // Units after "of", where a language marks the case (German: "von 250 Exporten").
  unitsOf: enUnitWords,
  alertMessages: {
    usedOf: '{{used}} of {{limit}}',
    threshold:
      '{{Metric}}: {{used}} used this billing period ({{pct}}%, past the {{threshold}}% alert).',
    forecast:
      '{{Metric}}: at the current pace the {{limit}} limit will be reached around {{date}}.',
    budget:
      'Spend budget: {{accrued}} of {{budget}} spent this billing period ({{pct}}%, past the {{threshold}}% alert).',
    budgetForecast:
      'Spend budget: the projected bill of {{projected}} for this billing period is over the {{budget}} budget ({{accrued}} spent so far).',
    anomaly:
      '{{Metric}}: {{value}} on {{date}}, where about {{expected}} were expected (usual range up to {{upper}}).',
    anomalyTimes:
      '{{Metric}}: {{value}} on {{date}}, where about {{expected}} were expected (usual range up to {{upper}}): {{times}} times the usual day.',
  },
  alertEmail: {
    unusualMany: 'Unusual usage: {{count}} metrics',
    alertsMany: 'Usage alerts: {{count}} limits need attention',
    unusual: 'Unusual usage: {{what}}',
    alert: 'Usage alert: {{what}}',
    footer: "Alert settings are in the dashboard's account panel.",
  },
  confirmEmail: {
    title: 'Confirm usage reports to this address',
    footer: 'If you did not expect this, ignore this message: nothing will be sent to you.',
    asked:
      'Someone asked to send {{frequency}} usage reports of their Usage Insights account to this address.',
    weekly: 'weekly',
    monthly: 'monthly',
    confirm: 'Confirm this address',
    within: 'Confirm within 7 days to receive them.',
    withinText: 'To receive them, confirm within 7 days:',
  },
  subscriptionPages: {
    confirmTitle: 'Confirm usage reports',
    confirmHeading: 'Receive usage reports at this address?',
    confirm: 'Confirm',
    confirmIgnore: 'If you did not expect this, close this page: nothing will be sent.',
    confirmed: 'Confirmed',
    confirmedBody: 'Usage reports will come to this address.',
    unsubscribe: 'Unsubscribe',
    unsubscribeHeading: 'Unsubscribe from usage reports?',
    unsubscribed: 'Unsubscribed',
    unsubscribedBody: 'You will receive no more of these reports.',
  },
  reportCharts: {
    count: 'count',
    minutes: 'minutes',
    storage: 'storage',
    forecastTitle: '{{metric}}: cumulative this month and forecast',
    actual: 'actual',
    lower: 'lower',
    band: '80% band',
    forecast: 'forecast',
    limit: 'limit',
    stoppedBy: '{{metric}} limit\nstops usage {{day}}',
    yoyTitle: '{{metric}}: this period and the same weekdays a year earlier',
    yearEarlier: 'a year earlier',
    thisPeriod: 'this period',
    weeklyTitle: '{{metric}} per week (Monday to Sunday)',
    seasonalTitle: '{{metric}} by month of year, against a typical month',
  },
};
