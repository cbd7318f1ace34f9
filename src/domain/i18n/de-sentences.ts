// German: the domain's generated sentences. Keys exactly as in en-sentences.ts (typed by the
// catalogue, so a missing key fails tsc).
import type { Catalogue } from './catalogue.js';

export const deSentences: Pick<Catalogue, 'limitStatus'> = {
  limitStatus: {
    since: ' seit {{date}}',
    blocked: 'gesperrt{{since}} (Limit erreicht)',
    overage: 'über dem Limit{{since}}: {{extra}} als Mehrverbrauch berechnet',
    left: '{{amount}} übrig',
    expected: '{{left}}, Limit voraussichtlich um den {{date}}',
    near: '{{left}} ({{pct}} %)',
    used: '{{pct}} % genutzt',
  },
};
