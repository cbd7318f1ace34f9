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
      small:
        '{{label}}, {{span}}: {{value}}, against {{prev}} on the same weekdays a year earlier ({{prevSpan}}).',
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
      small: ', against {{amount}} in {{prev}}',
      smallSame: ', against {{amount}} on the same dates of {{prev}}',
      line: '{{part}}: {{value}}{{growth}}',
    },
    mom: {
      last: '{{month}} {{value}}, {{change}} on {{before}}',
      lastSmall: '{{month}} {{value}}, against {{prev}} in {{before}}',
      upFromNone: 'up from none',
      lastAlone: '{{month}} {{value}} (the month before is not complete in the history)',
      noMonth: 'no complete month yet',
      mtd: {
        pct: 'this month so far ({{span}}) {{value}}, {{pct}} on the same days of last month',
        none: 'this month so far ({{span}}) {{value}}, none, as the same days of last month',
        fresh:
          'this month so far ({{span}}) {{value}}, usage where there was none the same days of last month',
        small:
          'this month so far ({{span}}) {{value}}, against {{prev}} on the same days of last month',
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
      changeSmall: ', against {{prev}} the week before',
      week: 'week of {{date}}: {{value}}{{change}}',
      text: '{{label}} per week: {{parts}}.',
    },
  },
  practices: {
    shortSessions: {
      title: 'Many short sessions',
      message:
        'Your {{sessions}} in the last 30 days averaged {{perSession}} audio minutes each ({{minutes}} in all).',
      suggestion:
        'Each session counts toward the {{limit}} of {{plan}}: recording related short takes in one session leaves more of them for the rest of the month.',
    },
    repeatTranscriptions: {
      title: 'More transcriptions than sessions',
      message: '{{transcriptions}} for {{sessions}} in the last 30 days: {{per}} per session.',
      suggestion:
        'Every transcription counts toward your plan: keep a transcript and reuse it rather than transcribing the same recording again.',
    },
    exportsPerSession: {
      title: 'More exports than sessions',
      message: '{{exports}} for {{sessions}} in the last 30 days.',
      suggestion:
        'Each export counts toward your plan: export a range of sessions at once, or keep the file you exported before.',
    },
    apiPerSession: {
      title: 'Many API calls per session',
      message: '{{calls}} for {{sessions}} in the last 30 days: {{per}} calls per session.',
      suggestion:
        'A client that asks again and again for what has not changed makes most of these: cache answers and ask less often.',
    },
    apiOffHours: {
      title: 'API calls at night, sessions by day',
      message:
        '{{callShare}}% of your API calls come between 00:00 and 06:00 ({{zone}}), when {{sessionShare}}% of your sessions start.',
      suggestion:
        'Calls at hours when nothing is recorded find nothing new: schedule the job that makes them after the working day, once.',
    },
    storageHeadroom: {
      title: 'Storage will reach its limit',
      message:
        'Storage grows {{growth}} a day: at that pace the {{limit}} of your plan is full in about {{days}} days ({{level}} now).',
      suggestion:
        'Delete recordings and exports you no longer need before then: storage is a level, so what is removed frees room at once.',
    },
    monthEndRush: {
      title: 'Usage piles up at the end of the month',
      message:
        "{{share}}% of last month's {{metric}} ({{total}}, {{pct}}% of the limit) came in its last 7 days.",
      suggestion:
        'Near the limit, a rush at the end of the month is what runs into it: spread the work over the month, or check the forecast before the last week.',
    },
    setBudget: {
      title: 'Overage without a budget',
      message:
        '{{billed}} of your last {{months}} months billed overage, {{overage}} in all, and no spend budget is set.',
      suggestion:
        'Set a monthly budget in the account settings: you get an alert as the cost reaches it and when the forecast expects to pass it.',
    },
    budgetBelowPrice: {
      title: 'Budget below the plan price',
      message:
        'Your monthly budget of {{budget}} is below the {{price}} that {{plan}} costs before any overage.',
      suggestion:
        'Set the budget at {{price}} or more, so its alerts tell you about overage rather than about the plan itself.',
    },
    alertsOff: {
      title: 'Limit alerts are off',
      message:
        'Last month your {{metric}} reached {{pct}}% of the limit, and limit alerts are turned off.',
      suggestion:
        'Turn limit alerts on in the account settings: an email (or webhook) as usage reaches the thresholds you choose.',
    },
  },
  unavailable: {
    seasonalShort:
      'seasonal variation needs {{need}} complete months of history; there are {{have}}',
    seasonalNearZero: 'usage too close to zero to compare months',
    trendShort: 'needs {{need}} complete periods, has {{have}}',
    trendNoUsage: 'no usage in the periods',
    cohortSmall: 'the cohort has {{n}} users; at least {{min}} are needed',
    cohortPending: 'the cohort for this month has not been computed yet',
    noCompleteDay: 'no complete day in the range yet',
    noUsageYet: 'no usage yet',
    yearNotReached: 'the history does not reach back to the same weekdays a year earlier',
    noCompleteHistory: 'no complete history for {{previous}} and {{current}}',
    noDayThisMonth: 'no complete day in this month yet',
    startsThisYear: 'the history starts during this year',
    noYearBefore: 'the history does not cover the year before',
    noHistoryDay: 'no complete day of history yet',
  },
};
