// English: the domain's generated sentences (billing strip limit states, comparison views in
// words, alert and confirmation emails). Spread into `en` (en.ts); the English output of every
// function is exactly this text.
export const enSentences = {
  limitStatus: {
    since: ' since {{date}}',
    blocked: 'blocked{{since}} (limit reached)',
    overage: 'over the limit{{since}}: {{extra}} billed as overage',
    left: '{{amount}} left',
    expected: '{{left}}, limit expected around {{date}}',
    near: '{{left}} ({{pct}}%)',
    used: '{{pct}}% used',
  },
  comparisons: {
    historyStarts: ' (your history starts {{date}})',
    noUsageYet: ' (no usage yet)',
    yoyNone:
      '{{label}}, {{span}}: no year-over-year comparison, the history does not reach a year back{{since}}.',
    yoy: {
      pct: '{{label}}, {{span}}: {{value}}, {{pct}} on the same weekdays a year earlier ({{prevSpan}}: {{prev}}).',
      none: '{{label}}, {{span}}: {{value}}, none, as the same weekdays a year earlier ({{prevSpan}}: {{prev}}).',
      fresh:
        '{{label}}, {{span}}: {{value}}, usage where there was none the same weekdays a year earlier ({{prevSpan}}: {{prev}}).',
    },
    annual: {
      to: ' to {{date}}',
      soFar: '{{year}} so far (to {{date}})',
      partial: '{{year}} (from {{from}}{{to}})',
      noGrowthYear: '; no growth figure, {{prev}} is not fully in the history',
      noGrowthStart: '; no growth figure, the history starts during the year',
      nothingIn: '; nothing in {{prev}}',
      growth: ', {{pct}} on {{prev}}',
      growthSame: ', {{pct}} on the same dates of {{prev}}',
      line: '{{part}}: {{value}}{{growth}}',
    },
    mom: {
      last: '{{month}} {{value}}, {{change}} on {{before}}',
      upFromNone: 'up from none',
      lastAlone: '{{month}} {{value}} (the month before is not complete in the history)',
      noMonth: 'no complete month yet',
      mtd: {
        pct: 'this month so far ({{span}}) {{value}}, {{pct}} on the same days of last month',
        none: 'this month so far ({{span}}) {{value}}, none, as the same days of last month',
        fresh:
          'this month so far ({{span}}) {{value}}, usage where there was none the same days of last month',
      },
      trend: '{{trend}} over {{periods}} complete months ({{pct}} a month)',
      text: '{{label}} month over month: {{parts}}.',
    },
    rising: 'rising',
    falling: 'falling',
    steady: 'steady',
    seasonal: {
      short_one:
        '{{label}}: seasonal variation needs 12 complete months of history; there is 1{{since}}.',
      short_other:
        '{{label}}: seasonal variation needs 12 complete months of history; there are {{count}}{{since}}.',
      nearZero: '{{label}}: no seasonal variation, usage too close to zero to compare months.',
      none: '{{label}}: no seasonal variation, {{reason}}.',
      text: '{{label}} by month of year ({{months}} months of history): busiest {{peak}}, {{up}}% above a typical month; quietest {{low}}, {{down}}% below.',
    },
    weekly: {
      trend: '{{trend}} over the last {{periods}} complete weeks ({{pct}} a week)',
      noTrend: 'too few complete weeks for a trend',
      change: ', {{pct}} on the week before',
      week: 'week of {{date}}: {{value}}{{change}}',
      text: '{{label}} per week: {{parts}}.',
    },
  },
};
