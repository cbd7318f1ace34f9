// The shape every best practice has: an insight of type best-practice, worded in the catalogue
// by its name (`practices.<name>.title|message|suggestion`) in the reader's language.
import type { en } from '../../domain/i18n/en.js';
import type { Words } from '../../domain/i18n/words.js';
import type { Insight } from '../types.js';

/** A name the dashboard can show for an evidence number (`features.evidenceKeys.*`). */
export type EvidenceKey = keyof typeof en.features.evidenceKeys;

/** A practice worded by `practices.<name>.title|message|suggestion` in the catalogue. */
export const practice = <K extends EvidenceKey>(
  w: Words,
  key: string,
  name: keyof typeof en.practices,
  params: Record<string, string | number>,
  // Each evidence key has a name in the catalogue: a new one fails tsc until it is named.
  evidence: Record<K, number | string | null>,
  range: Insight['range'],
  severity: Insight['severity'] = 'info',
): Insight => ({
  id: `best-practice:${key}`,
  type: 'best-practice',
  severity,
  title: w.t(`practices.${name}.title`),
  message: w.t(`practices.${name}.message`, params),
  suggestion: w.t(`practices.${name}.suggestion`, params),
  evidence,
  range,
});
