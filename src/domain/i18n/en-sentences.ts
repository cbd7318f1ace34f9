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
};
