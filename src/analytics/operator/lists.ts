// The operator's upgrade and risk lists, kept simple and explainable: every row carries the
// numbers it was decided on (pure: no I/O, no clock).
import { WITHIN_SESSIONS, type Metric } from '../../domain/metrics.js';
import type { Plan } from '../../domain/plans.js';

type Totals = Record<string, number>;

export interface UserWindows {
  userId: string;
  plan: string;
  monthToDate: Totals;
  last30: Totals;
  previous30: Totals;
  peakMonth: Totals;
  fullMonths: number;
}

export interface UpgradeRow {
  userId: string;
  plan: string;
  metric: string;
  monthToDate: number;
  projected: number;
  limit: number;
  projectedPct: number;
  /** Expected overage charge (metrics with an overage price), or units that will be refused (hard limits). */
  expectedOverageUsd: number;
  blockedUnits: number;
  suggestedPlan: string | null;
}

export interface DowngradeRow {
  userId: string;
  plan: string;
  priceUsd: number;
  /** Highest share of a limit used in any of the last full months (up to 3). */
  peakUtilizationPct: number;
  cheaperPlan: string;
  cheaperPriceUsd: number;
  savingUsd: number;
  fullMonths: number;
}

export interface DeclineRow {
  userId: string;
  plan: string;
  metric: string;
  previous30: number;
  last30: number;
  changePct: number;
}

/** A downgrade must leave this much room above the busiest recent month. */
export const DOWNGRADE_HEADROOM = 1.25;
/** Usage fell sharply: at least this much down on the 30 days before, from at least DECLINE_MIN. */
export const DECLINE_PCT = 50;
export const DECLINE_MIN: Totals = { sessions: 10, audio_minutes: 30, transcriptions: 10 };

const GAUGES = new Set(['storage_mb']);
const r2 = (v: number) => Math.round(v * 100) / 100;

/** The month-end value of a metric at the month-to-date pace (a gauge stays where it is). */
export function projectMonth(
  metric: string,
  mtd: number,
  daysElapsed: number,
  daysInMonth: number,
) {
  if (GAUGES.has(metric)) return mtd;
  return daysElapsed > 0 ? (mtd / daysElapsed) * daysInMonth : mtd;
}

/**
 * The share of the month a hard sessions limit lets sessions run at the month-to-date pace (1 when
 * it does not stop them): usage inside sessions stops with them, and is neither billed nor used.
 */
function sessionsShare(plan: Plan, projectedSessions: number): number {
  const limit = plan.limits.sessions;
  if (plan.overage.sessions !== undefined || limit === null || limit === undefined) return 1;
  return projectedSessions > limit && projectedSessions > 0 ? limit / projectedSessions : 1;
}

function covers(plan: Plan, usage: Totals, headroom = 1): boolean {
  return Object.entries(plan.limits).every(
    ([m, limit]) => limit === null || limit === undefined || (usage[m] ?? 0) * headroom <= limit,
  );
}

const byPrice = (plans: Plan[]) =>
  plans.filter((p) => p.priceUsd !== null).sort((a, b) => a.sortOrder - b.sortOrder);

/** Users whose month-end projection reaches a limit, worst metric each, by expected overage then projected share. */
export function upgradeCandidates(
  users: UserWindows[],
  plans: Plan[],
  daysElapsed: number,
  daysInMonth: number,
): UpgradeRow[] {
  const rows: UpgradeRow[] = [];
  for (const u of users) {
    const plan = plans.find((p) => p.name === u.plan);
    if (!plan) continue;
    const projected: Totals = {};
    let worst: UpgradeRow | null = null;
    const share = sessionsShare(
      plan,
      projectMonth('sessions', u.monthToDate.sessions ?? 0, daysElapsed, daysInMonth),
    );
    for (const [metric, limit] of Object.entries(plan.limits)) {
      const mtd = u.monthToDate[metric] ?? 0;
      const p = projectMonth(metric, mtd, daysElapsed, daysInMonth);
      projected[metric] = p;
      if (limit === null || limit === undefined || limit <= 0 || p < limit) continue;
      const price = plan.overage[metric as keyof Plan['overage']];
      // Demand decides the plan to suggest; the bill counts only what the sessions let through.
      const through = WITHIN_SESSIONS.includes(metric as Metric) ? Math.max(mtd, p * share) : p;
      const excess = p - limit;
      const billed = Math.max(0, through - limit);
      const row: UpgradeRow = {
        userId: u.userId,
        plan: u.plan,
        metric,
        monthToDate: r2(mtd),
        projected: r2(p),
        limit,
        projectedPct: r2((100 * p) / limit),
        expectedOverageUsd: price ? r2(billed * price) : 0,
        blockedUnits: price ? 0 : r2(excess),
        suggestedPlan: null,
      };
      if (
        !worst ||
        row.expectedOverageUsd > worst.expectedOverageUsd ||
        (row.expectedOverageUsd === worst.expectedOverageUsd &&
          row.projectedPct > worst.projectedPct)
      )
        worst = row;
    }
    if (!worst) continue;
    worst.suggestedPlan =
      byPrice(plans).find((p) => p.sortOrder > plan.sortOrder && covers(p, projected))?.name ??
      null;
    rows.push(worst);
  }
  return rows.sort(
    (a, b) => b.expectedOverageUsd - a.expectedOverageUsd || b.projectedPct - a.projectedPct,
  );
}

/** Paying users whose busiest recent full month fits a cheaper plan with 25% to spare, by saving. */
export function downgradeCandidates(users: UserWindows[], plans: Plan[]): DowngradeRow[] {
  const rows: DowngradeRow[] = [];
  for (const u of users) {
    const plan = plans.find((p) => p.name === u.plan);
    if (!plan?.priceUsd || u.fullMonths === 0) continue;
    const cheaper = byPrice(plans).find(
      (p) => (p.priceUsd ?? 0) < plan.priceUsd! && covers(p, u.peakMonth, DOWNGRADE_HEADROOM),
    );
    if (!cheaper) continue;
    const shares = Object.entries(plan.limits)
      .filter(([, l]) => l)
      .map(([m, l]) => (100 * (u.peakMonth[m] ?? 0)) / l!);
    rows.push({
      userId: u.userId,
      plan: u.plan,
      priceUsd: plan.priceUsd,
      peakUtilizationPct: r2(Math.max(0, ...shares)),
      cheaperPlan: cheaper.name,
      cheaperPriceUsd: cheaper.priceUsd ?? 0,
      savingUsd: r2(plan.priceUsd - (cheaper.priceUsd ?? 0)),
      fullMonths: u.fullMonths,
    });
  }
  return rows.sort(
    (a, b) => b.savingUsd - a.savingUsd || a.peakUtilizationPct - b.peakUtilizationPct,
  );
}

/** Users whose usage of a main metric fell by half or more on the 30 days before, steepest first. */
export function decliningUsers(users: UserWindows[]): DeclineRow[] {
  const rows: DeclineRow[] = [];
  for (const u of users) {
    let worst: DeclineRow | null = null;
    for (const [metric, min] of Object.entries(DECLINE_MIN)) {
      const before = u.previous30[metric] ?? 0;
      const after = u.last30[metric] ?? 0;
      if (before < min) continue;
      const changePct = r2((100 * (after - before)) / before);
      if (changePct > -DECLINE_PCT) continue;
      if (!worst || changePct < worst.changePct)
        worst = {
          userId: u.userId,
          plan: u.plan,
          metric,
          previous30: r2(before),
          last30: r2(after),
          changePct,
        };
    }
    if (worst) rows.push(worst);
  }
  return rows.sort((a, b) => a.changePct - b.changePct);
}
