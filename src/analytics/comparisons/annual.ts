// Calendar-year totals with growth: a complete year against the year before, and the year so far
// against the same calendar dates a year earlier (1 January to 28 February against 1 January to
// 28 February, whatever the leap days). A year the history does not cover whole has no growth.
import type { Metric } from '../../domain/metrics.js';
import { periodTotal, valueOf } from '../series.js';
import { pctChange, round } from '../stats.js';
import { addDays, daysInclusive, dateRange } from '../time.js';
import type { AnnualTotals, Growth, IsoDate, YearTotal, DailyPoint } from '../types.js';
import { reason } from '../../domain/i18n/reasons.js';

const pad = (y: number) => String(y).padStart(4, '0');

/** The same month and day a year earlier; 29 February becomes 28 February. */
function sameDateYearBefore(d: IsoDate): IsoDate {
  const y = pad(Number(d.slice(0, 4)) - 1);
  const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
  return `${y}-${md}`;
}

/** Returns each calendar year from the history's start to yesterday with its total and growth on the year before; `since` is the first day with usage. */
export function annualTotals(
  daily: readonly DailyPoint[],
  metric: Metric,
  today: IsoDate,
  since: IsoDate | null,
): AnnualTotals {
  const byDate = new Map(daily.map((d) => [d.date, valueOf(d.values, metric)]));
  const first = daily[0]?.date;
  const yesterday = addDays(today, -1);
  if (since === null || first === undefined || yesterday < since) return { metric, years: [] };
  const start = since > first ? since : first;
  const total = (from: IsoDate, to: IsoDate) =>
    round(
      periodTotal(
        metric,
        dateRange(from, to).map((d) => byDate.get(d) ?? 0),
      ),
      3,
    );
  const years: YearTotal[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(yesterday.slice(0, 4)); y++) {
    const jan1 = `${pad(y)}-01-01`;
    const dec31 = `${pad(y)}-12-31`;
    const from = jan1 < start ? start : jan1;
    const to = dec31 < yesterday ? dec31 : yesterday;
    const value = total(from, to);
    const complete = from === jan1 && to === dec31;
    let growth: Growth;
    const prevFrom = `${pad(y - 1)}-01-01`;
    const prevTo = complete ? `${pad(y - 1)}-12-31` : sameDateYearBefore(to);
    if (from !== jan1) {
      growth = { available: false, reason: reason('startsThisYear') };
    } else if (prevFrom < start) {
      growth = { available: false, reason: reason('noYearBefore') };
    } else {
      const previous = total(prevFrom, prevTo);
      growth = {
        available: true,
        previous: {
          from: prevFrom,
          to: prevTo,
          days: daysInclusive(prevFrom, prevTo),
          value: previous,
        },
        change: round(value - previous, 3),
        changePct: pctChange(previous, value),
        basis: complete ? 'full-year' : 'same-dates',
      };
    }
    years.push({ year: y, from, to, days: daysInclusive(from, to), complete, value, growth });
  }
  return { metric, years };
}
