// Insights from the forecast, the plan and the anomaly detector: limits, utilization, unusual
// days and cost. They only restate results that carry their own evidence.
import { METRIC_DEFS } from '../../domain/metrics.js';
import type { Plan } from '../../domain/plans.js';
import { addDays, daysBetween, monthEnd, todayOf } from '../time.js';
import type {
  Clock,
  Insight,
  InsightSeverity,
  MetricAnomalies,
  PlanAdvice,
  Suggestion,
  UsageForecast,
  UtilizationTrend,
} from '../types.js';
import { unitWord } from '../../domain/quantity.js';
import { amount, day, label, num, qty } from '../format.js';

/** Limits projected within this many days are critical rather than a warning. */
const URGENT_DAYS = 7;
/** Utilization under this share of the plan in a complete month is worth saying. */
const LOW_UTILIZATION_PCT = 40;
/** Anomalies older than this are history, not news. */
const RECENT_DAYS = 14;
const MAX_ANOMALY_INSIGHTS = 3;

/** What to do about a limit, worded for where it stands: already reached or still ahead, blocking or billed. */
export function limitSuggestion(
  m: UsageForecast['metrics'][number]['metric'],
  reached: boolean,
  rate: number | undefined,
  periodEnd: string,
): string {
  const one = unitWord(m, 1);
  if (rate === undefined) {
    return reached
      ? `New ${label(m)} stay blocked until the period ends on ${day(periodEnd)}; a larger plan lifts the limit at once.`
      : `This limit blocks further ${label(m)} until the period ends: compare plans before you reach it.`;
  }
  return reached
    ? `Each ${one} beyond the limit is billed at $${rate} until the period ends; if this pace is usual, compare plans to see which costs less.`
    : `Beyond the limit each ${one} is billed at $${rate}: compare plans to see which costs less.`;
}

/** Limits reached or projected this billing period, from the forecast. */
export function limitInsights(forecast: UsageForecast, plan: Plan, clock: Clock): Insight[] {
  const today = todayOf(clock);
  const out: Insight[] = [];
  for (const f of forecast.metrics) {
    if (!f.available || f.limit === null) continue;
    const r = f.limitReach;
    const m = f.metric;
    const rate = plan.overage[m];
    const range = { from: f.period.from, to: f.period.to };
    const evidence = {
      metric: m,
      limit: f.limit,
      toDate: f.toDate,
      projected: f.projected.point,
      method: f.method,
    };
    if (r.status === 'reached') {
      const over = Math.max(0, f.toDate - f.limit);
      out.push({
        id: `limit:${m}:reached`,
        type: 'limit',
        // A hard limit stops work; a billed one starts charging.
        severity: rate === undefined ? 'critical' : 'warning',
        title:
          rate === undefined
            ? `${METRIC_DEFS[m].label} limit reached: blocked`
            : `${METRIC_DEFS[m].label} over the plan: overage billed`,
        message:
          rate === undefined
            ? `You reached your ${qty(f.limit, m)} limit on ${day(r.date)}; ${qty(f.toDate, m)} used this period.`
            : `You passed your ${qty(f.limit, m)} limit on ${day(r.date)}; ${qty(over, m)} over it so far, about $${(over * rate).toFixed(2)} of overage.`,
        suggestion: limitSuggestion(m, true, rate, f.period.to),
        evidence: { ...evidence, reachedOn: r.date },
        range,
      });
    } else if (r.status === 'expected') {
      const soon = daysBetween(today, r.date) <= URGENT_DAYS;
      out.push({
        id: `limit:${m}:expected`,
        type: 'limit',
        severity: soon ? 'critical' : 'warning',
        title: `${METRIC_DEFS[m].label} limit expected this period`,
        message:
          `At your current pace you will reach your ${qty(f.limit, m)} limit around ${day(r.date)}` +
          likelyWindow(r.earliest, r.latest, r.date) +
          `the period is projected to end at ${qty(f.projected.point, m)}.`,
        suggestion: limitSuggestion(m, false, rate, f.period.to),
        evidence: {
          ...evidence,
          date: r.date,
          earliest: r.earliest,
          latest: r.latest,
          probability: r.probability,
        },
        range,
      });
    } else if (r.status === 'possible') {
      out.push({
        id: `limit:${m}:possible`,
        type: 'limit',
        severity: 'info',
        title: `${METRIC_DEFS[m].label} limit possible this period`,
        message: `A busy stretch could take you to your ${qty(f.limit, m)} limit (a ${num(Math.round(r.probability * 100))}% chance by ${day(f.period.to)}).`,
        suggestion: null,
        evidence: { ...evidence, earliest: r.earliest, probability: r.probability },
        range,
      });
    }
  }
  return out;
}

/** Low utilization of the plan in the last complete month. */
export function utilizationInsight(
  utilization: UtilizationTrend,
  advice: PlanAdvice | undefined,
): Insight[] {
  const last = utilization.months.filter((m) => m.complete && m.binding).at(-1);
  if (!last?.binding || last.binding.pct >= LOW_UTILIZATION_PCT) return [];
  const cheaper =
    advice?.available && advice.recommended && advice.savingUsd && advice.savingUsd > 0
      ? advice
      : null;
  return [
    {
      id: `utilization:low:${last.month}`,
      type: 'utilization',
      severity: 'info',
      title: 'Low plan utilization',
      message:
        `In ${last.month} you used ${num(last.binding.pct)}% of your ${last.plan} plan ` +
        `(${label(last.binding.metric)}, the metric closest to its limit).`,
      suggestion: cheaper
        ? `The ${cheaper.recommended} plan covers your forecast and would save about $${num(cheaper.savingUsd as number)} a month.`
        : null,
      evidence: {
        month: last.month,
        plan: last.plan,
        metric: last.binding.metric,
        utilizationPct: last.binding.pct,
      },
      range: { from: `${last.month}-01`, to: monthEnd(`${last.month}-01`) },
    },
  ];
}

/** Recent unusual days, strongest first, at most three. */
export function anomalyInsights(anomalies: readonly MetricAnomalies[], clock: Clock): Insight[] {
  const since = addDays(todayOf(clock), -RECENT_DAYS);
  const recent = anomalies
    .filter((a) => a.granularity === 'day' && !a.note)
    .flatMap((a) => a.anomalies.map((x) => ({ metric: a.metric, ...x })))
    .filter((x) => typeof x.time === 'string' && x.time >= since)
    .sort(
      (a, b) =>
        Math.abs(b.score) - Math.abs(a.score) || String(a.time).localeCompare(String(b.time)),
    );
  return recent.slice(0, MAX_ANOMALY_INSIGHTS).map((x) => {
    const date = x.time as string;
    const severity: InsightSeverity = x.severity === 'high' ? 'warning' : 'info';
    return {
      id: `anomaly:${x.metric}:${date}`,
      type: 'anomaly',
      severity,
      title: `Unusual ${x.direction === 'spike' ? 'spike' : 'drop'} in ${label(x.metric)}`,
      message:
        `${day(date)} had ${qty(x.value, x.metric)} where about ${amount(x.expected, x.metric)} ` +
        `${x.metric === 'storage_mb' ? 'was' : 'were'} expected (usual range ${amount(x.lower, x.metric)} ` +
        `to ${amount(x.upper, x.metric)} for that day of the week).`,
      suggestion:
        x.direction === 'spike'
          ? 'If nobody on your team expected this, check your API keys and integrations.'
          : 'If this was not a holiday, check that recordings and integrations are working.',
      evidence: {
        metric: x.metric,
        date,
        value: x.value,
        expected: x.expected,
        lower: x.lower,
        upper: x.upper,
        score: x.score,
      },
      range: { from: addDays(date, -14), to: addDays(date, 7) },
    };
  });
}

/** Cost suggestions restated as insights; blocking risks are warnings. */
export function costInsights(
  suggestions: readonly Suggestion[],
  advice: PlanAdvice | undefined,
): Insight[] {
  if (!advice?.available) return [];
  return suggestions.map((s) => ({
    id: `cost:${s.type}`,
    type: 'cost',
    severity: s.type === 'avoid-block' ? 'warning' : 'info',
    title: s.title,
    message: s.message,
    suggestion:
      s.monthlySavingUsd && s.monthlySavingUsd > 0
        ? `Saves about $${num(s.monthlySavingUsd)} a month.`
        : null,
    evidence: s.evidence,
    range: advice.window,
  }));
}

// The likely window, unless it is that one day anyway.
function likelyWindow(earliest: string, latest: string | null, date: string): string {
  if (earliest === date && latest === date) return '; ';
  return ` (between ${day(earliest)} and ${latest ? day(latest) : 'the end of the period'}); `;
}
