// The comparison views in words (issue 17 §3), one wording for the dashboard, the PDF and the
// email: year over year, annual totals, month over month, seasonal variation, weekly trend.
// Shapes are those of GET /api/usage/comparisons, restated structurally (the domain imports nothing).
import {
  against,
  monthWords,
  signedPct,
  since,
  span,
  trendWord,
  type Change,
  type Trend,
  type Unavailable,
} from './comparison-words.js';
import { EN_WORDS, type Words } from './i18n/words.js';
import type { Metric } from './metrics.js';
import { MIN_CHANGE_BASE } from './quantity.js';

export { monthWords, signedPct };

/** "Sessions, 2 – 15 Nov 2026: 42 sessions, +50% on the same weekdays a year earlier (3 – 16 Nov 2025: 28 sessions)." */
export function yearOverYearText(
  metric: Metric,
  c: Change,
  range: { from: string; to: string },
  historyStart: string | null,
  w: Words = EN_WORDS,
): string {
  const label = w.Label(metric);
  if (!c.available)
    return w.t('comparisons.yoyNone', {
      label,
      span: span(range.from, range.to, w),
      since: since(historyStart, w),
    });
  const a = against(c, w);
  return w.t(`comparisons.yoy.${a.kind}`, {
    label,
    span: span(c.current.from, c.current.to, w),
    value: w.qty(c.current.value, metric),
    pct: a.pct,
    prevSpan: span(c.previous.from, c.previous.to, w),
    prev: w.qty(c.previous.value, metric),
  });
}

interface YearTotal {
  year: number;
  from: string;
  to: string;
  complete: boolean;
  value: number;
  growth:
    | { available: true; changePct: number | null; basis: string; previous?: { value: number } }
    | Unavailable;
}

/** One line per calendar year: "2026 so far (to 29 Nov): 969 sessions, +12% on the same dates of 2025". */
export function annualTexts(
  metric: Metric,
  years: readonly YearTotal[],
  w: Words = EN_WORDS,
): string[] {
  const t = w.t;
  return years.map((y) => {
    const year = `${y.year}`;
    const prev = `${y.year - 1}`;
    const to = y.to.endsWith('-12-31')
      ? ''
      : t('comparisons.annual.to', { date: w.shortDay(y.to) });
    const part = y.complete
      ? year
      : y.from.endsWith('-01-01')
        ? t('comparisons.annual.soFar', { year, date: w.shortDay(y.to) })
        : t('comparisons.annual.partial', { year, from: w.shortDay(y.from), to });
    const g = y.growth;
    const growth = !g.available
      ? y.from.endsWith('-01-01')
        ? t('comparisons.annual.noGrowthYear', { prev })
        : t('comparisons.annual.noGrowthStart')
      : g.changePct === null
        ? t('comparisons.annual.nothingIn', { prev })
        : // Below a meaningful base the earlier total says more than "+4,900%" (describeChange).
          g.previous !== undefined && Math.abs(g.previous.value) < MIN_CHANGE_BASE
          ? t(
              g.basis === 'full-year' ? 'comparisons.annual.small' : 'comparisons.annual.smallSame',
              { prev, amount: w.qty(g.previous.value, metric) },
            )
          : t(
              g.basis === 'full-year'
                ? 'comparisons.annual.growth'
                : 'comparisons.annual.growthSame',
              {
                pct: signedPct(g.changePct, w),
                prev,
              },
            );
    return t('comparisons.annual.line', { part, value: w.qty(y.value, metric), growth });
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
  w: Words = EN_WORDS,
): string {
  const t = w.t;
  const last = [...v.months].reverse().find((m) => m.complete);
  const parts: string[] = [];
  if (last) {
    const idx = v.months.indexOf(last);
    const before = v.months[idx - 1];
    const head = { month: monthWords(last.month, w), value: w.qty(last.value, metric) };
    // Below a meaningful base the earlier amount says more than a percentage (as `against`).
    const small =
      last.previous !== null && last.previous !== 0 && Math.abs(last.previous) < MIN_CHANGE_BASE;
    parts.push(
      small && before
        ? t('comparisons.mom.lastSmall', {
            ...head,
            prev: w.qty(last.previous!, metric),
            before: monthWords(before.month, w),
          })
        : last.previous !== null && before
          ? t('comparisons.mom.last', {
              ...head,
              change:
                last.changePct === null
                  ? t('comparisons.mom.upFromNone')
                  : signedPct(last.changePct, w),
              before: monthWords(before.month, w),
            })
          : t('comparisons.mom.lastAlone', head),
    );
  } else parts.push(t('comparisons.mom.noMonth'));
  const mtd = v.monthToDate;
  if (mtd.available) {
    const a = against(mtd, w);
    parts.push(
      t(`comparisons.mom.mtd.${a.kind}`, {
        span: span(mtd.current.from, mtd.current.to, w),
        value: w.qty(mtd.current.value, metric),
        pct: a.pct,
        prev: w.qty(mtd.previous.value, metric),
      }),
    );
  }
  if (v.trend.available)
    parts.push(
      t('comparisons.mom.trend', {
        trend: trendWord(v.trend, w),
        periods: v.trend.periods,
        pct: signedPct(v.trend.changePctPerPeriod, w),
      }),
    );
  return t('comparisons.mom.text', { label: w.Label(metric), parts: parts.join('; ') });
}

export { seasonalText, weeklyText } from './comparison-cycles.js';
