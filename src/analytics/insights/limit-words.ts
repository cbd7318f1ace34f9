// The words of the limit insights: what to do about a limit, and when it is likely reached.
import type { Metric } from '../../domain/metrics.js';
import { unitWord } from '../../domain/quantity.js';
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';

/** What to do about a limit, worded for where it stands: already reached or still ahead, blocking or billed. */
export function limitSuggestion(
  m: Metric,
  reached: boolean,
  rate: number | undefined,
  periodEnd: string,
  w: Words = EN_WORDS,
): string {
  const one = w.lang === 'en' ? unitWord(m, 1) : w.t(`units.${m}`, { count: 1 });
  if (rate === undefined) {
    return reached
      ? w.t('insightText.limit.blockedReached', { metric: w.label(m), date: w.day(periodEnd) })
      : w.t('insightText.limit.blocksAhead', { metric: w.label(m) });
  }
  return w.t(reached ? 'insightText.limit.billedReached' : 'insightText.limit.billedAhead', {
    unit: one,
    rate: w.dollars(rate),
  });
}

/** The likely window, unless it is that one day anyway. */
export function likelyWindow(
  earliest: string,
  latest: string | null,
  date: string,
  w: Words,
): string {
  if (earliest === date && latest === date) return '; ';
  return w.t('insightText.limit.window', {
    from: w.day(earliest),
    to: latest ? w.day(latest) : w.t('insightText.limit.periodEnd'),
  });
}
