// What to try when the caller names no season: the calendar periods of the series' sampling step,
// read from its timestamps. Whether a period is really there is left to the cross-validation of
// fit.ts, which keeps a season only if it predicts the points better than no season.
import { instantIn } from '../time.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Periods for a series whose times are labels ("week 3") or absent. */
const UNKNOWN_STEP = [4, 7, 12, 24, 52];
/** Share of zeros from which a series of whole numbers is taken to count events. */
const ZERO_HEAVY = 0.25;

/** Gaps read for the median step: beyond this, an even sample of them (parsing 200,000 times took 3 s). */
const MAX_GAPS = 4000;

/** Returns the median gap between the times in ms, or null when one read is not a time or none is positive. */
export function medianStep(times: readonly (string | number)[]): number | null {
  const ms = (i: number) => instantIn(times[i] as string | number, 'UTC').toMillis();
  let steps: number[];
  try {
    if (times.length - 1 <= MAX_GAPS) {
      const all = times.map((_, i) => ms(i));
      steps = all.slice(1).map((m, i) => m - (all[i] as number));
    } else {
      const every = (times.length - 1) / MAX_GAPS;
      steps = Array.from({ length: MAX_GAPS }, (_, k) => {
        const i = Math.floor(k * every);
        return ms(i + 1) - ms(i);
      });
    }
  } catch {
    return null;
  }
  steps.sort((a, b) => a - b);
  const step = steps[Math.floor(steps.length / 2)];
  return step !== undefined && step > 0 ? step : null;
}

/** Returns the calendar periods of the times' step: a day and a week of steps below a day, 7 and 365 days, 52 weeks, 12 months, 4 quarters. */
export function calendarPeriods(times: readonly (string | number)[] | null): number[] {
  const step = times && times.length > 1 ? medianStep(times) : null;
  if (step === null) return UNKNOWN_STEP;
  if (step < DAY * 0.9) {
    const perDay = Math.round(DAY / Math.max(step, MINUTE));
    return [perDay, 7 * perDay];
  }
  const days = step / DAY;
  if (days < 3) return [7, 365];
  if (days < 14) return [52];
  if (days < 45) return [12];
  if (days < 120) return [4];
  return [];
}

/** Returns whether a series looks like counts of events: whole numbers, none negative, zero a quarter of the time or more. */
export function looksLikeCounts(values: readonly number[]): boolean {
  if (!values.every((v) => v >= 0 && Number.isInteger(v))) return false;
  return values.filter((v) => v === 0).length >= ZERO_HEAVY * values.length;
}
