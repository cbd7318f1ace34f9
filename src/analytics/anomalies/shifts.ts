// Level shifts: where a series steps from one level to another and stays (a team joins and usage
// goes tenfold; a storage gauge that holds between uploads). A level window that straddles the step
// mixes both levels, so the days beside it were judged against neither: the two days before a
// tenfold step came out as "high" dips. The detector cuts its level windows at the steps found here.
import { trimmedMeanSkipping, trimOf, windowSpan } from './decompose.js';

/**
 * A step is at least this many bands (flag lines' widths); smaller ones stay with the two-sided
 * window. A steep smooth climb that moves as much over two half windows is told apart by the
 * stretches beyond them (`holds`): without that check 3 and 4 bands cost WWWusage, a steep random
 * walk, points of recall, and 6 bands (the line before it) missed a 40% drop of a weekly series,
 * 14 sd of its noise, whose straddling windows then raised the flag line to 5.6 sd (recall 3%).
 */
const SHIFT_BANDS = 3;

interface Side {
  mean: number;
  /** The range of the values the trim keeps: within a band, the side is one level. */
  spread: number;
}

function sideOf(x: readonly number[], from: number, to: number): Side {
  const part = x.slice(from, to).sort((a, b) => a - b);
  const t = trimOf(part.length);
  return {
    mean: trimmedMeanSkipping(part, -1),
    spread: (part[part.length - 1 - t] as number) - (part[t] as number),
  };
}

/** Whether the stretch from..to (where the series has it) stays at the side's level: a climb moves on. */
function holds(x: readonly number[], from: number, to: number, side: Side, band: number): boolean {
  if (from < 0 || to > x.length) return true;
  return Math.abs(sideOf(x, from, to).mean - side.mean) < band;
}

/**
 * Returns the first index of each new level of `flat` (a series without its seasonal effect): where
 * the trimmed means of the half window before and after differ by `bands` bands, each side is
 * one level (its kept values within a band), and both last at least that half window. `band(i)` is
 * the flag line's width at i. A spike among the points of a side is trimmed; a run of spikes as
 * long as half a window is a level of its own, as the two-sided window already reads it.
 */
export function levelShifts(
  flat: readonly number[],
  window: number,
  band: (i: number) => number,
  bands = SHIFT_BANDS,
): number[] {
  const n = flat.length;
  // At least four a side, so that the trim drops a spike among them.
  const h = Math.max(4, Math.floor(windowSpan(n, window) / 2));
  const found: { s: number; left: Side; right: Side; jump: number }[] = [];
  for (let s = h; s <= n - h; s++) {
    const left = sideOf(flat, s - h, s);
    const right = sideOf(flat, s, s + h);
    const b = band(s);
    const jump = Math.abs(right.mean - left.mean);
    if (!(jump >= bands * b && left.spread < b && right.spread < b)) continue;
    if (!holds(flat, s - 2 * h, s - h, left, b) || !holds(flat, s + h, s + 2 * h, right, b))
      continue;
    const last = found[found.length - 1];
    // Neighbouring boundaries see the same step: keep the largest.
    if (last && s - last.s < h) {
      if (jump > last.jump) found[found.length - 1] = { s, left, right, jump };
    } else found.push({ s, left, right, jump });
  }
  // Where the step is: the first point nearer the new level than the old, counting back from the
  // boundary with the largest jump (its neighbours see the same step, one point off).
  const at = found.flatMap(({ s, left, right, jump }) => {
    const newer = (i: number) =>
      Math.abs((flat[i] as number) - right.mean) < Math.abs((flat[i] as number) - left.mean);
    let b = s;
    while (b - 1 >= s - h + 1 && newer(b - 1)) b--;
    while (b < s + h - 1 && !newer(b)) b++;
    // A step, not a climb: most of the change happens between two neighbours (a steep smooth
    // climb moves as much over a half window, a little at each step).
    return Math.abs((flat[b] as number) - (flat[b - 1] as number)) >= jump / 2 ? [b] : [];
  });
  // A level lasts a half window: a shorter stretch between two steps is a burst (or an outage), news
  // for the two-sided window to judge, so neither of its ends is kept; nor a step too near an end.
  const short = (k: number) =>
    k > 0 && k < at.length && (at[k] as number) - (at[k - 1] as number) < h;
  return at.filter((b, k) => b >= h && n - b >= h && !short(k) && !short(k + 1));
}
