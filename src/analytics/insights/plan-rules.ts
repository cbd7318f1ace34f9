// Insights from the forecast and the plan: limits and utilization. They only restate results
// that carry their own evidence.
import type { Plan } from '../../domain/plans.js';
import { daysBetween, monthEnd, todayOf } from '../time.js';
import type { Clock, Insight, PlanAdvice, UsageForecast, UtilizationTrend } from '../types.js';
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
import { planDisplayName } from '../catalogue.js';
import { likelyWindow, limitSuggestion } from './limit-words.js';

/** Limits projected within this many days are critical rather than a warning. */
const URGENT_DAYS = 7;
/** Utilization under this share of the plan in a complete month is worth saying. */
const LOW_UTILIZATION_PCT = 40;

/** Limits reached or projected this billing period, from the forecast. */
export function limitInsights(
  forecast: UsageForecast,
  plan: Plan,
  clock: Clock,
  w: Words = EN_WORDS,
): Insight[] {
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
        title: w.t(
          rate === undefined ? 'insightText.limit.blockedTitle' : 'insightText.limit.billedTitle',
          {
            Metric: w.Label(m),
          },
        ),
        message:
          rate === undefined
            ? w.t('insightText.limit.blockedMessage', {
                limit: w.qtyOf(f.limit, m),
                date: w.day(r.date),
                used: w.qty(f.toDate, m),
              })
            : w.t('insightText.limit.billedMessage', {
                limit: w.qtyOf(f.limit, m),
                date: w.day(r.date),
                over: w.qty(over, m),
                cost: w.dollars(over * rate, 2),
              }),
        suggestion: limitSuggestion(m, true, rate, f.period.to, w),
        evidence: { ...evidence, reachedOn: r.date },
        range,
      });
    } else if (r.status === 'expected') {
      const soon = daysBetween(today, r.date) <= URGENT_DAYS;
      out.push({
        id: `limit:${m}:expected`,
        type: 'limit',
        severity: soon ? 'critical' : 'warning',
        title: w.t('insightText.limit.expectedTitle', { Metric: w.Label(m) }),
        message: w.t('insightText.limit.expectedMessage', {
          limit: w.qtyOf(f.limit, m),
          date: w.day(r.date),
          window: likelyWindow(r.earliest, r.latest, r.date, w),
          projected: w.qty(f.projected.point, m),
        }),
        suggestion: limitSuggestion(m, false, rate, f.period.to, w),
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
        title: w.t('insightText.limit.possibleTitle', { Metric: w.Label(m) }),
        // Usage inside sessions can only reach its limit before the sessions limit stops it.
        message: r.stoppedBy
          ? w.t('insightText.limit.possibleStoppedMessage', {
              limit: w.qtyOf(f.limit, m),
              by: w.label(r.stoppedBy.metric),
              date: w.day(r.stoppedBy.date),
              pct: w.num(Math.round(r.probability * 100)),
            })
          : w.t('insightText.limit.possibleMessage', {
              limit: w.qtyOf(f.limit, m),
              pct: w.num(Math.round(r.probability * 100)),
              date: w.day(f.period.to),
            }),
        suggestion: null,
        evidence: {
          ...evidence,
          earliest: r.earliest,
          probability: r.probability,
          ...(r.stoppedBy ? { stoppedBy: r.stoppedBy.date } : {}),
        },
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
  w: Words = EN_WORDS,
  plans: readonly Plan[] = [],
): Insight[] {
  // The advice lists every plan it priced; the catalogue also knows plans it did not price.
  const catalogue = [
    ...plans,
    ...(advice?.available
      ? advice.plans.map((p) => ({ name: p.plan, displayName: p.displayName }))
      : []),
  ];
  const name = (id: string) => planDisplayName(catalogue, id);
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
      title: w.t('insightText.utilization.title'),
      message: w.t('insightText.utilization.message', {
        month: w.month(last.month),
        pct: w.num(last.binding.pct),
        plan: name(last.plan),
        metric: w.label(last.binding.metric),
      }),
      suggestion: cheaper
        ? w.t('insightText.utilization.suggestion', {
            plan: name(cheaper.recommended as string),
            saving: w.usd(cheaper.savingUsd as number),
          })
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
