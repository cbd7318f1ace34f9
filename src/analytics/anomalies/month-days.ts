// Days of the month that recur: a billing run on the 1st, a report on the last day. Daily usage
// repeats by day of the month as well as by weekday, and months are not a fixed number of days,
// so no seasonal period (7, 365) holds it. Left in, 13 first-of-month peaks in 400 days put 3% of
// the residuals in the tail, the flag line read from that tail rose to 30 sd, and nothing else in
// the series could be flagged. A day of the month that stands out the same way in most months is
// part of the pattern, as a weekday is.
import { median } from '../stats.js';
import { instantIn } from '../time.js';
import { medianStep } from './calendar.js';
import type { Decomposition } from './decompose.js';

const DAY = 86_400_000;
/** Months a day must recur in before it is a pattern (fewer: it is news each time). */
const MIN_MONTHS = 3;
/** Share of those months in which the day stands out, the same way. */
const SHARE = 0.75;
/** How far out (robust sd of the residuals) a day must stand in those months. */
const OUT = 3;

/** A day's place in its month: 1 to 28 from the start, 29 to 31 for the last three days. */
function monthPhase(ms: number): number {
  const d = instantIn(ms, 'UTC');
  const fromEnd = (d.daysInMonth as number) - d.day;
  return fromEnd < 3 ? 31 - fromEnd : d.day;
}

/** Returns each point's recurring day-of-month effect on the residuals (0 on most), or null when there is none. */
export function monthDayEffect(
  residual: readonly number[],
  scale: number,
  times: readonly (string | number)[] | null,
): number[] | null {
  if (!times || times.length < 2 * 28 || !(scale > 0)) return null;
  // The step from the first days decides: an hourly year is not read through the calendar.
  const step = medianStep(times.slice(0, 30));
  if (step === null || Math.abs(step - DAY) > 0.1 * DAY) return null;
  let ms: number[];
  try {
    ms = times.map((t) => instantIn(t, 'UTC').toMillis());
  } catch {
    return null; // a later label that is not a time: no calendar to read
  }
  const centre = median(residual);
  const phases = ms.map(monthPhase);
  const effect = new Map<number, number>();
  for (let p = 1; p <= 31; p++) {
    const r = residual.filter((_, i) => phases[i] === p).map((v) => v - centre);
    if (r.length < MIN_MONTHS) continue;
    const m = median(r);
    const same = r.filter((v) => Math.sign(v) === Math.sign(m) && Math.abs(v) >= OUT * scale);
    if (same.length >= SHARE * r.length) effect.set(p, m);
  }
  return effect.size === 0 ? null : phases.map((p) => effect.get(p) ?? 0);
}

/** Returns the decomposition with recurring days of the month in its seasonal effect rather than its residuals. */
export function withMonthDays<F extends Decomposition & { scale: number }>(
  fit: F,
  times: readonly (string | number)[] | null,
): F {
  const e = monthDayEffect(fit.residual, fit.scale, times);
  if (!e) return fit;
  const less = (xs: readonly number[]) => xs.map((v, i) => v - (e[i] as number));
  return {
    ...fit,
    seasonal: fit.seasonal.map((v, i) => v + (e[i] as number)),
    expected: fit.expected.map((v, i) => v + (e[i] as number)),
    residual: less(fit.residual),
    left: less(fit.left),
    right: less(fit.right),
  };
}
