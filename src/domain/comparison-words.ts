// The pieces the comparison sentences share: the shapes they read, months, signed percentages,
// spans of days, and how a change or a trend reads, in the reader's language.
import { EN_WORDS, type Words } from './i18n/words.js';
import { MIN_CHANGE_BASE } from './quantity.js';

export type Unavailable = { available: false; reason: string };
export interface Span {
  from: string;
  to: string;
  value: number;
}
export type Change =
  | { available: true; current: Span; previous: Span; changePct: number | null; direction: string }
  | Unavailable;
export type Trend =
  { available: true; direction: string; changePctPerPeriod: number; periods: number } | Unavailable;

/** English month names, January first: the wire's month labels and the English sentences. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2026-10" as "October 2026" ("Oktober 2026"). */
export function monthWords(month: string, w: Words = EN_WORDS): string {
  if (w.lang !== 'en') return w.month(month);
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** A percentage with its sign: "+12.3%", "−4%", "0%" ("+12,3 %" in German). */
export function signedPct(p: number, w: Words = EN_WORDS): string {
  const r = Math.round(p * 10) / 10;
  const pct = (x: string) => (w.lang === 'en' ? `${x}%` : `${x} %`);
  if (r === 0) return pct('0');
  const abs = w.lang === 'en' ? Math.abs(r).toLocaleString('en-US') : w.num(Math.abs(r));
  return pct(`${r > 0 ? '+' : '−'}${abs}`);
}

export const span = (from: string, to: string, w: Words) =>
  from === to ? w.shortDay(from) : `${w.shortDay(from)} – ${w.shortDay(to)}`;

/**
 * Which wording a change takes: a percentage, none as none before, usage where there was none, or
 * (below MIN_CHANGE_BASE, as describeChange) the earlier amount itself: 12 sessions on the first
 * of a month against 1 the month before is not "+1,100%".
 */
export function against(c: { current: Span; previous: Span; changePct: number | null }, w: Words) {
  if (c.changePct === null)
    return { kind: c.current.value === 0 ? ('none' as const) : ('fresh' as const), pct: '' };
  if (Math.abs(c.previous.value) < MIN_CHANGE_BASE) return { kind: 'small' as const, pct: '' };
  return { kind: 'pct' as const, pct: signedPct(c.changePct, w) };
}

export const since = (start: string | null, w: Words) =>
  start
    ? w.t('comparisons.historyStarts', { date: w.shortDay(start) })
    : w.t('comparisons.noUsageYet');

export const trendWord = (tr: { direction: string }, w: Words) =>
  w.t(
    tr.direction === 'up'
      ? 'comparisons.rising'
      : tr.direction === 'down'
        ? 'comparisons.falling'
        : 'comparisons.steady',
  );
