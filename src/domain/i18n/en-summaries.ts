// English: the charts' text summaries and tables built in the dashboard (src/web/lib). Spread into en.ts.
export const enSummaries = {
  summary: {
    pctOfLimit: '{{metric}} (% of limit)',
    peak: ', peak {{value}} ({{when}})',
    noChange: 'no change from the previous period',
    change: '{{change}} on the previous period ({{why}})',
    overTime: '{{metric}}: {{total}} in total, {{change}}{{peak}}.',
    noMonths: 'No months in this range.',
    byMonth_one: '{{metric}} by month over {{count}} months.',
    byMonth_other: '{{metric}} by month over {{count}} months.',
    highest: 'Highest: {{month}} with {{value}}.',
    latest: 'Latest: {{month}} with {{value}}.',
    monthsOver_one: '{{count}} month above the {{plan}} limit of {{limit}}.',
    monthsOver_other: '{{count}} months above the {{plan}} limit of {{limit}}.',
    allWithin: 'Every month within the {{plan}} limit of {{limit}}.',
    noActivity: 'No activity in this range.',
    stacked_one: '{{list}}: {{count}} kinds of activity stacked per {{per}}.',
    stacked_other: '{{list}}: {{count}} kinds of activity stacked per {{per}}.',
    per: { hour: 'hour', day: 'day', week: 'week', month: 'month' },
    unlimited: '{{metric}}: unlimited.',
    utilization: '{{metric}}: latest {{latest}} of the limit, highest {{max}}.',
    utilizationHead: "Share of the {{plan}} plan's monthly limits used each month.",
  },
  forecastText: {
    ofLimit: ' of {{limit}}',
    unlimited: 'Your plan does not limit this metric.',
    reached: 'The limit{{limit}} was reached on {{date}}.',
    expected:
      'The limit{{limit}} is expected to be reached around {{date}} ({{pct}} likely this period).',
    expectedEarly:
      'The limit{{limit}} is expected to be reached around {{date}} ({{pct}} likely this period, as early as {{earliest}}).',
    possible:
      'The limit{{limit}} may be reached, as early as {{earliest}} ({{pct}} likely this period).',
    notExpected: 'The limit{{limit}} is not expected to be reached this period ({{pct}} chance).',
    stoppedBy: 'The {{metric}} limit is expected to stop this usage around {{date}}.',
    stoppedByPast: 'The {{metric}} limit stopped this usage on {{date}}.',
    soFar: '{{metric}}: {{value}} so far ({{elapsed}} days in, {{remaining}} to go).',
    projectedTotal: 'Projected total this billing period: {{value}}, 80% interval {{range}}.',
    billable: 'What the limits will let through: about {{value}}, 80% interval {{range}}.',
    projectedLevel:
      'Projected level at the end of the billing period: {{value}}, 80% interval {{range}}.',
  },
  forecastTable: {
    cumulative: ' (cumulative)',
    actual: 'Actual',
    low: '80% low',
    high: '80% high',
    notCovered: 'No: {{list}}',
    needs: '{{metric}} needs {{need}}, limit {{limit}}',
  },
  patternText: {
    noUsage: '{{metric}}: no usage in the weeks shown.',
    heatmap:
      '{{metric}}, mean per hour by weekday: busiest hour {{hour}} ({{rate}}); busiest day {{day}}.',
    columns: {
      month: 'Month',
      daysWithData: 'Days with data',
      dailyMean: 'Daily mean',
      busiestDay: 'Busiest day',
    },
    noDaily: '{{metric}}: no daily usage in the last 12 months.',
    calendar:
      '{{metric}} per day from {{from}} to {{to}}: {{active}} active days of {{days}}; busiest {{busiest}} with {{value}}.',
    noPeers: 'No comparison with other {{plan}} users for {{month}}: {{reason}}.',
    notEnough: 'not enough data',
    peerLine: '{{metric}}: {{value}}, percentile {{pct}}{{position}}.',
    position: {
      'below-typical': 'below typical',
      typical: 'typical',
      'above-typical': 'above typical',
      'top-10-percent': 'in the top 10%',
    },
    peers: 'Your usage in {{month}} against other users of the {{plan}} plan.',
    median: 'Median',
    users: 'Users',
  },
  compareTable: { period: 'Period', monthBefore: 'Month before', days: 'Days' },
};
