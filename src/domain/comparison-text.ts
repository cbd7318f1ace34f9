// The comparison views in words (issue 17 §3), one wording for the dashboard, the PDF and the
// email: year over year, annual totals, month over month, seasonal variation, weekly trend.
// Shapes are those of GET /api/usage/comparisons, restated structurally (the domain imports nothing).
import { formatDay } from './dates.js';
import { metricLabel, type Metric } from './metrics.js';
import { formatQuantity } from './quantity.js';

type Unavailable = { available: false; reason: string };
interface Span {
  from: string;
  to: string;
  value: number;
}
type Change =
  | { available: true; current: Span; previous: Span; changePct: number | null; direction: string }
  | Unavailable;
type Trend =
  { available: true; direction: string; changePctPerPeriod: number; periods: number } | Unavailable;

const MONTHS = [
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
];

/** "2026-10" as "October 2026". */
export function monthWords(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** A percentage with its sign: "+12.3%", "−4%", "0%". */
export function signedPct(p: number): string {
  const r = Math.round(p * 10) / 10;
  if (r === 0) return '0%';
  return `${r > 0 ? '+' : '−'}${Math.abs(r).toLocaleString('en-US')}%`;
}

const span = (from: string, to: string) =>
  from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;

/** How a change reads: "+12% on" / "the same as" / "up from nothing on". */
function against(c: { current: Span; previous: Span; changePct: number | null }) {
  if (c.changePct === null)
    return c.current.value === 0 ? 'none, as' : 'usage where there was none';
  return `${signedPct(c.changePct)} on`;
}

const since = (start: string | null) =>
  start ? ` (your history starts ${formatDay(start)})` : ' (no usage yet)';

/** "Sessions, 2 – 15 Nov 2026: 42 sessions, +50% on the same weekdays a year earlier (3 – 16 Nov 2025: 28 sessions)." */
export function yearOverYearText(
  metric: Metric,
  c: Change,
  range: { from: string; to: string },
  historyStart: string | null,
): string {
  const label = metricLabel(metric);
  if (!c.available)
    return `${label}, ${span(range.from, range.to)}: no year-over-year comparison, the history does not reach a year back${since(historyStart)}.`;
  return `${label}, ${span(c.current.from, c.current.to)}: ${formatQuantity(metric, c.current.value)}, ${against(c)} the same weekdays a year earlier (${span(c.previous.from, c.previous.to)}: ${formatQuantity(metric, c.previous.value)}).`;
}

interface YearTotal {
  year: number;
  from: string;
  to: string;
  complete: boolean;
  value: number;
  growth: { available: true; changePct: number | null; basis: string } | Unavailable;
}

/** One line per calendar year: "2026 so far (to 29 Nov): 969 sessions, +12% on the same dates of 2025". */
export function annualTexts(metric: Metric, years: readonly YearTotal[]): string[] {
  return years.map((y) => {
    const part = y.complete
      ? `${y.year}`
      : y.from.endsWith('-01-01')
        ? `${y.year} so far (to ${formatDay(y.to)})`
        : `${y.year} (from ${formatDay(y.from)}${y.to.endsWith('-12-31') ? '' : ` to ${formatDay(y.to)}`})`;
    const g = y.growth;
    const growth = !g.available
      ? y.from.endsWith('-01-01')
        ? `; no growth figure, ${y.year - 1} is not fully in the history`
        : '; no growth figure, the history starts during the year'
      : g.changePct === null
        ? `; nothing in ${y.year - 1}`
        : `, ${signedPct(g.changePct)} on ${g.basis === 'full-year' ? y.year - 1 : `the same dates of ${y.year - 1}`}`;
    return `${part}: ${formatQuantity(metric, y.value)}${growth}`;
  });
}

interface MonthChange {
  month: string;
  value: number;
  complete: boolean;
  changePct: number | null;
  previous: number | null;
}

/** Last complete month against the one before, and this month so far against the same days of last month. */
export function monthOverMonthText(
  metric: Metric,
  v: { months: readonly MonthChange[]; monthToDate: Change; trend: Trend },
): string {
  const label = metricLabel(metric);
  const last = [...v.months].reverse().find((m) => m.complete);
  const parts: string[] = [];
  if (last) {
    const idx = v.months.indexOf(last);
    const before = v.months[idx - 1];
    parts.push(
      last.previous !== null && before
        ? `${monthWords(last.month)} ${formatQuantity(metric, last.value)}, ${last.changePct === null ? 'up from none' : signedPct(last.changePct)} on ${monthWords(before.month)}`
        : `${monthWords(last.month)} ${formatQuantity(metric, last.value)} (the month before is not complete in the history)`,
    );
  } else parts.push('no complete month yet');
  const mtd = v.monthToDate;
  if (mtd.available)
    parts.push(
      `this month so far (${span(mtd.current.from, mtd.current.to)}) ${formatQuantity(metric, mtd.current.value)}, ${against(mtd)} the same days of last month`,
    );
  if (v.trend.available)
    parts.push(
      `${trendWord(v.trend)} over ${v.trend.periods} complete months (${signedPct(v.trend.changePctPerPeriod)} a month)`,
    );
  return `${label} month over month: ${parts.join('; ')}.`;
}

const trendWord = (t: { direction: string }) =>
  t.direction === 'up' ? 'rising' : t.direction === 'down' ? 'falling' : 'steady';

type Seasonal =
  | {
      available: true;
      months: readonly { month: number; label: string; index: number }[];
      monthsOfHistory: number;
      peakMonth: number;
      lowMonth: number;
    }
  | Unavailable;

/** "Sessions by month of year (13 months of history): busiest December, 18% above a typical month; quietest August, 12% below." */
export function seasonalText(metric: Metric, s: Seasonal, historyStart: string | null): string {
  const label = metricLabel(metric);
  if (!s.available) {
    const n = /there are (\d+)/.exec(s.reason)?.[1];
    return n !== undefined
      ? `${label}: seasonal variation needs 12 complete months of history; there ${n === '1' ? 'is 1' : `are ${n}`}${since(historyStart)}.`
      : `${label}: no seasonal variation, ${s.reason}.`;
  }
  const peak = s.months.find((m) => m.month === s.peakMonth)!;
  const low = s.months.find((m) => m.month === s.lowMonth)!;
  const pct = (i: number) => Math.round(Math.abs(i - 1) * 100);
  return `${label} by month of year (${s.monthsOfHistory} months of history): busiest ${peak.label}, ${pct(peak.index)}% above a typical month; quietest ${low.label}, ${pct(low.index)}% below.`;
}

interface Week {
  week: string;
  start: string;
  end: string;
  value: number;
  complete: boolean;
}

/** The weekly trend over complete weeks and the last complete week against the one before. */
export function weeklyText(metric: Metric, w: { weeks: readonly Week[]; trend: Trend }): string {
  const label = metricLabel(metric);
  const complete = w.weeks.filter((x) => x.complete);
  const last = complete.at(-1);
  const before = complete.at(-2);
  const parts: string[] = [];
  if (w.trend.available)
    parts.push(
      `${trendWord(w.trend)} over the last ${w.trend.periods} complete weeks (${signedPct(w.trend.changePctPerPeriod)} a week)`,
    );
  else parts.push('too few complete weeks for a trend');
  if (last) {
    const change =
      before && before.value > 0
        ? `, ${signedPct(((last.value - before.value) / before.value) * 100)} on the week before`
        : '';
    parts.push(`week of ${formatDay(last.start)}: ${formatQuantity(metric, last.value)}${change}`);
  }
  return `${label} per week: ${parts.join('; ')}.`;
}
