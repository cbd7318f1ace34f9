// What happens to data as it ages (ADR 15): raw events go by whole monthly partitions, event ids
// after the acceptance window, hourly rollup rows after their own horizon; daily and monthly rows
// stay for good. The months ahead get their partitions before any event can need them.
import { createEventPartition } from '../store/queries/event-partitions/create-event-partition.js';
import { dropEventPartition } from '../store/queries/event-partitions/drop-event-partition.js';
import { listEventPartitions } from '../store/queries/event-partitions/list-event-partitions.js';
import { trimExpiredEvents } from '../store/queries/event-partitions/trim-expired-events.js';
import { deleteHourlyBefore } from '../store/queries/delete-hourly-before.js';
import type { Call } from './context.js';

const DAY = 86_400_000;
/** Monthly partitions kept ready after the current month. */
export const MONTHS_AHEAD = 3;
/**
 * Hourly rows outlive raw events by at least HOURLY_MARGIN_DAYS: a rollup from raw events rewrites
 * whole local months, which then never reach back to where hours were deleted (ADR 15).
 */
export const HOURLY_MARGIN_DAYS = 35;

const hourlyKeptDays = (i: { retentionDays: number; hourlyRetentionDays?: number }) =>
  Math.max(i.hourlyRetentionDays ?? 0, i.retentionDays + HOURLY_MARGIN_DAYS);

/** Ingestion refuses events older than 35 days; their ids are kept a day longer (ADR 15). */
export const EVENT_ID_WINDOW_DAYS = 36;

export interface RetentionResult {
  created: string[];
  dropped: string[];
  /** Rows deleted one by one: stray DEFAULT-partition events, expired event ids, hourly rows. */
  deleted: { events: number; ids: number; hourly: number };
}

const monthStart = (t: number, plus = 0) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + plus, 1);
};

/** The UTC months from the one holding `now` to MONTHS_AHEAD after it, as partition ranges. */
export function monthsAhead(now: number, ahead = MONTHS_AHEAD): { start: number; end: number }[] {
  return Array.from({ length: ahead + 1 }, (_, i) => ({
    start: monthStart(now, i),
    end: monthStart(now, i + 1),
  }));
}

/**
 * Makes sure the partitions of this month and the next MONTHS_AHEAD exist, drops every monthly
 * partition that ended at least retentionDays ago (events are kept at least that long, at most a
 * month longer), and trims what lies outside partitions; run inside one transaction.
 */
export async function applyRetention({
  ctx,
  input,
}: Call<{ retentionDays: number; hourlyRetentionDays?: number }>): Promise<RetentionResult> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    // DDL waits for no long read: a lock not granted soon fails the job, which runs again later,
    // instead of queueing every insert behind it.
    await tx.query(`SELECT set_config('lock_timeout', '5s', true)`);
    // Citus: one connection per worker for DDL that follows writes in this transaction.
    await tx.query(`SELECT set_config('citus.multi_shard_modify_mode', 'sequential', true)`);
    const existing = new Set((await listEventPartitions(tx)).map((p) => p.start));
    const created: string[] = [];
    for (const month of monthsAhead(now)) {
      if (existing.has(month.start)) continue;
      await createEventPartition(tx, month);
      created.push(new Date(month.start).toISOString().slice(0, 7));
    }
    const cutoff = now - input.retentionDays * DAY;
    const dropped: string[] = [];
    for (const p of await listEventPartitions(tx)) {
      if (p.end > cutoff) continue;
      await dropEventPartition(tx, p.name);
      dropped.push(p.name);
    }
    const trimmed = await trimExpiredEvents(tx, cutoff, now - EVENT_ID_WINDOW_DAYS * DAY);
    // Client rows share the totals' hourly horizon (their days derive from the same hours).
    const horizon = now - hourlyKeptDays(input) * DAY;
    const hourly = input.hourlyRetentionDays ? await deleteHourlyBefore(tx, horizon) : 0;
    return { created, dropped, deleted: { ...trimmed, hourly } };
  });
}
