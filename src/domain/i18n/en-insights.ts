// English: the sentences the analyses write (insights, cost suggestions) and the pieces they are
// made of. Spread into `en` (en.ts); the English output of every rule is exactly this text.
export const enInsights = {
  words: {
    rate: {
      hour: 'about {{value}} an hour',
      day: 'about {{value}} a day',
      week: 'about {{value}} a week',
    },
    rateNone: { hour: 'none in an hour', day: 'none in a day', week: 'none in a week' },
    rateLess: {
      hour: 'less than {{value}} an hour',
      day: 'less than {{value}} a day',
      week: 'less than {{value}} a week',
    },
  },
  insightText: {
    peakDay: {
      title: 'Peak usage day',
      message:
        'You use the platform most on {{weekday}}s: sessions {{peak}}, against {{other}} on other days.',
      suggestion:
        'Keep {{weekday}}s clear for sessions; batch exports and clean-ups on quieter days.',
    },
    peakHour: {
      title: 'Peak usage time',
      message:
        'Your busiest hour is {{span}} ({{zone}}): sessions {{peak}}, against {{all}} across all hours.',
      suggestion:
        'Start long recordings outside this hour when you can; processing queues are busiest then.',
    },
    trend: {
      upTitle: 'Rapid growth in {{metric}}',
      downTitle: '{{Metric}} declining',
      upMessage:
        'Your {{metric}} grew {{pct}}% over the last 4 weeks: {{recent}}, against {{before}} in the 4 weeks before.',
      downMessage:
        'Your {{metric}} fell {{pct}}% over the last 4 weeks: {{recent}}, against {{before}} in the 4 weeks before.',
      upSuggestion: 'See the forecast for when this pace reaches your limits.',
      downSuggestion: 'If the drop lasts, a smaller plan may fit: see the plan advice.',
    },
    feature: { message: '{{used}} for {{sessions}} in the last {{days}} days.' },
    transcriptions: {
      title: 'Many sessions without transcription',
      suggestion:
        'Transcripts make sessions searchable and your plan includes them: transcribe the sessions you will want to find again.',
    },
    exports: {
      title: 'Exports rarely used',
      suggestion:
        'Exports share session notes with clients and colleagues; your plan includes them.',
    },
    storage: {
      title: 'Storage growing quickly',
      message: 'Storage grew {{pct}}% in 30 days, from {{from}} to {{to}}.',
      suggestion:
        'Set a retention rule for old recordings and exports so storage stops deciding your plan.',
    },
    limit: {
      blockedReached:
        'New {{metric}} stay blocked until the period ends on {{date}}; a larger plan lifts the limit at once.',
      blocksAhead:
        'This limit blocks further {{metric}} until the period ends: compare plans before you reach it.',
      billedReached:
        'Each {{unit}} beyond the limit is billed at {{rate}} until the period ends; if this pace is usual, compare plans to see which costs less.',
      billedAhead:
        'Beyond the limit each {{unit}} is billed at {{rate}}: compare plans to see which costs less.',
      blockedTitle: '{{Metric}} limit reached: blocked',
      billedTitle: '{{Metric}} over the plan: overage billed',
      blockedMessage: 'You reached your {{limit}} limit on {{date}}; {{used}} used this period.',
      billedMessage:
        'You passed your {{limit}} limit on {{date}}; {{over}} over it so far, about {{cost}} of overage.',
      expectedTitle: '{{Metric}} limit expected this period',
      expectedMessage:
        'At your current pace you will reach your {{limit}} limit around {{date}}{{window}}the period is projected to end at {{projected}}.',
      window: ' (between {{from}} and {{to}}); ',
      periodEnd: 'the end of the period',
      possibleTitle: '{{Metric}} limit possible this period',
      possibleMessage:
        'A busy stretch could take you to your {{limit}} limit (a {{pct}}% chance by {{date}}).',
      possibleStoppedMessage:
        'A busy stretch could take you to your {{limit}} limit before your {{by}} limit stops this usage around {{date}} (a {{pct}}% chance).',
    },
    utilization: {
      title: 'Low plan utilization',
      message:
        'In {{month}} you used {{pct}}% of your {{plan}} plan ({{metric}}, the metric closest to its limit).',
      suggestion: 'The {{plan}} plan covers your forecast and would save about {{saving}} a month.',
    },
    anomaly: {
      spikeTitle: 'Unusual spike in {{metric}}',
      dropTitle: 'Unusual drop in {{metric}}',
      message_one:
        '{{date}} had {{value}} where about {{expected}} was expected (usual range {{lower}} to {{upper}} for that day of the week).',
      message_other:
        '{{date}} had {{value}} where about {{expected}} were expected (usual range {{lower}} to {{upper}} for that day of the week).',
      spikeSuggestion:
        'If nobody on your team expected this, check your API keys and integrations.',
      dropSuggestion:
        'If this was not a holiday, check that recordings and integrations are working.',
    },
    cost: { saves: 'Saves about {{saving}} a month.' },
  },
  suggestions: {
    downgrade: {
      title: 'Consider {{plan}}',
      message:
        'For {{months}} months you used under {{pct}}% of your plan ({{pcts}}); {{plan}} covers your forecast with 90% confidence and would cost about {{saving}} less a month.',
    },
    upgrade: {
      title: '{{plan}} would cost less than your overage',
      message:
        'Your expected overage of {{overage}} a month is more than the {{diff}} {{plan}} costs on top of your plan; moving would save about {{saving}} a month.',
    },
    avoidBlock: {
      title: 'Your plan is likely to block your {{metric}}',
      message:
        'The forecast expects {{median}} in the next 30 days ({{p90}} in 1 case of 10) against a hard limit of {{limit}}; {{plan}} covers it.',
    },
    storage: {
      title: 'Storage is what decides your plan',
      message:
        'Everything but storage fits {{plan}}. Freeing about {{free}} (old recordings and exports) would keep you under its {{limit}} and save about {{saving}} a month.',
    },
    contact: {
      title: 'Your usage is outgrowing the listed plans',
      message:
        'No listed plan covers your forecast with 90% confidence; a contract plan has no such limits.',
    },
  },
  advice: {
    noForecast: 'no forecast of demand to price',
    noScore: 'no component of the score has data yet',
    noPlan: 'no plan covers the forecast at 90% confidence',
    onlyContract: 'only a contract plan covers the forecast at 90% confidence',
    current: 'the current plan is the cheapest that covers the forecast',
    cheapest: '{{plan}} is the cheapest plan that covers the forecast at 90% confidence',
  },
  // The efficiency score's components in words, and its formula (advice/efficiency.ts).
  efficiency: {
    planFit: '{{month}}: {{metric}} at {{pct}}% of the limit',
    planFitNone: 'no complete month on a limited plan',
    costFitCurrent: 'your plan is the cheapest that covers the forecast ({{current}} for 30 days)',
    costFitDearer:
      'your plan does not cover the forecast: {{plan}} would, at {{recommended}} for 30 days against {{current}} for 30 days now',
    costFitCheaper:
      '{{plan}} covers the forecast at {{recommended}} for 30 days against {{current}} for 30 days now',
    costFitNone: 'no plan recommendation',
    costFitContract: 'contract pricing has no list price to compare',
    featureUse: '{{transcriptions}} for {{sessions}} in the last 30 complete days',
    featureUseNone: 'no sessions in the last 30 days',
    formula:
      'score = 100 x (0.4 x planFit + 0.4 x costFit + 0.2 x featureUse) / (sum of the weights of the components available); ' +
      'planFit = u/0.8 for u <= 0.8, 1 for 0.8 < u <= 1, max(0, 2 - u) above, u = the binding metric share of its limit in the last complete month; ' +
      'costFit = the lower / the higher of the expected monthly costs of the recommended and the current plan; ' +
      'featureUse = transcriptions / sessions over the last 30 complete days, at most 1',
  },
};
