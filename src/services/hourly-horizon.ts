// Hourly rollup rows are kept for HOURLY_RETENTION_DAYS (ADR 15); days and months for good. An
// answer that needs hours from before that horizon is refused with a 400 that says where hours
// begin and what to ask instead, rather than answered with the hours that are gone as zeros.
import { DateTime } from 'luxon';
import type { HistoryQuery } from '../domain/history-query.js';
import type { ServiceContext } from './context.js';
import { invalid } from './errors.js';

const DAY = 86_400_000;

/** The instant from which every hourly row is still kept; -Infinity when hours are kept for good. */
export function hourlyHorizon(ctx: Pick<ServiceContext, 'now' | 'hourlyRetentionDays'>): number {
  const days = ctx.hourlyRetentionDays ?? 0;
  return days > 0 ? ctx.now() - days * DAY : -Infinity;
}

/**
 * Throws a 400 when the answer starts before the hourly horizon (`from` is the start of the
 * previous range it is compared with) and needs hours: hourly buckets, or days of another zone
 * than the user's (whose days are not the stored ones, so they are summed from hours).
 */
export function refuseBeforeHourlyHorizon(
  ctx: Pick<ServiceContext, 'now' | 'hourlyRetentionDays'>,
  query: Pick<HistoryQuery, 'groupBy'>,
  tz: string,
  userZone: string,
  from: number,
  offDays: boolean,
): void {
  const horizon = hourlyHorizon(ctx);
  const hourly = query.groupBy === 'hour';
  if (from >= horizon || (!hourly && !offDays)) return;
  const first = DateTime.fromMillis(horizon, { zone: tz }).plus({ days: 1 }).toISODate();
  const days = ctx.hourlyRetentionDays;
  if (hourly)
    throw invalid(
      'groupBy',
      `hourly history is kept for ${days} days: with groupBy=hour the range and the equal range before it (the comparison) must start on or after ${first}; ask older ranges by day, week or month`,
    );
  throw invalid(
    'tz',
    `before ${first} usage is kept by day in the account's zone (${userZone}) only (hourly history is kept for ${days} days): ask this range in ${userZone}`,
  );
}
