// A time,value CSV as the analyses want it: in time order, on its regular step, with what that
// took said in words.
import { DateTime } from 'luxon';
import { gridInstant, regularGrid } from '../../analytics/series-grid.js';
import { readTimeValueCsv } from './time-value-csv.js';

export interface GriddedCsv {
  /** One time per step (ISO 8601), the file's own text where a row holds it. */
  times: string[];
  values: number[];
  /** Per step, the row (in time order) it comes from; null for a filled step. */
  rows: (number | null)[];
  /** What reading did to the rows, in words (sorted, filled, dropped, irregular). */
  notes: string[];
  /**
   * True when no calendar season may be read from the times: they are step numbers, not instants,
   * or a time repeats (each row is then one step, and the times' spacing is not the steps').
   */
  labels: boolean;
  /** The times of the `n` steps after the last, when the series has a regular step. */
  next?: (n: number) => string[];
}

// New times are written as the file writes its own: a year, a month, a date, or a full time.
function writer(times: readonly string[]): (ms: number) => string {
  const as = (re: RegExp) => times.every((t) => re.test(t));
  const format = as(/^\d{4}$/)
    ? 'yyyy'
    : as(/^\d{4}-\d{2}$/)
      ? 'yyyy-MM'
      : as(/^\d{4}-\d{2}-\d{2}$/)
        ? 'yyyy-MM-dd'
        : null;
  return (ms) => {
    const t = DateTime.fromMillis(ms, { zone: 'UTC' });
    return format ? t.toFormat(format) : t.toISO()!;
  };
}
const steps = (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`;

/** Reads `file`'s time and `value` columns (see `readTimeValueCsv`) and puts them on their step (see `regularGrid`). */
export function readGriddedCsv(file: string, value?: string): GriddedCsv {
  const csv = readTimeValueCsv(file, value);
  const g = regularGrid(csv.ms, csv.values);
  const notes: string[] = csv.note ? [csv.note] : [];
  if (csv.sorted) notes.push('the rows were not in time order and were sorted by time');
  if (g.dropped > 0) notes.push(`${steps(g.dropped)} without a value at the start were left out`);
  if (g.filled > 0)
    notes.push(
      `${steps(g.filled)} without a value were filled by straight lines between their neighbours`,
    );
  const repeated = csv.ms.filter((t, i) => i > 0 && t === csv.ms[i - 1]).length;
  if (repeated > 0)
    notes.push(
      `${repeated} ${repeated === 1 ? 'time appears' : 'times appear'} twice, so each row is read as one step`,
    );
  else if (!g.step && csv.ms.length > 2)
    notes.push('the times have no regular step, so each row is read as one step');
  // A step number is written as a number (twelve digits keep 0.1 steps from 0.30000000000000004).
  const iso = csv.labels ? (n: number) => String(Number(n.toPrecision(12))) : writer(csv.times);
  const step = g.step;
  const t0 = g.ms[0]!;
  const last = g.ms.length - 1;
  return {
    times: g.ms.map((ms, k) => (g.rows[k] !== null ? csv.times[g.rows[k]!]! : iso(ms))),
    values: g.values,
    rows: g.rows,
    notes,
    labels: csv.labels || repeated > 0,
    ...(step
      ? {
          next: (n: number) =>
            Array.from({ length: n }, (_, h) => iso(gridInstant(t0, step, last + 1 + h))),
        }
      : {}),
  };
}
