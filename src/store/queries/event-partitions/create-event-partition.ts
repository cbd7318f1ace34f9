import type { Queryable } from '../../db.js';
import { partitionName } from './list-event-partitions.js';

/**
 * Creates the partition of usage_events for the UTC month [start, end), moving into it any rows
 * the DEFAULT partition took for that month (PostgreSQL refuses a partition whose rows sit in the
 * default). Run it in a transaction: the move and the new partition commit together.
 */
export async function createEventPartition(
  tx: Queryable,
  month: { start: number; end: number },
): Promise<void> {
  const name = partitionName(month.start);
  const range = [new Date(month.start).toISOString(), new Date(month.end).toISOString()];
  const waiting = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM usage_events_default WHERE occurred_at >= $1 AND occurred_at < $2`,
    range,
  );
  const moving = (waiting[0]?.n ?? 0) > 0;
  if (moving) {
    await tx.query(`DROP TABLE IF EXISTS pg_temp.usage_events_moving`);
    await tx.query(
      `CREATE TEMP TABLE usage_events_moving ON COMMIT DROP AS
       SELECT * FROM usage_events_default WHERE occurred_at >= $1 AND occurred_at < $2`,
      range,
    );
    await tx.query(
      `DELETE FROM usage_events_default WHERE occurred_at >= $1 AND occurred_at < $2`,
      range,
    );
  }
  // Bounds are literals: DDL takes no parameters. They come from Date.toISOString, never input.
  await tx.query(
    `CREATE TABLE IF NOT EXISTS ${name} PARTITION OF usage_events
     FOR VALUES FROM ('${range[0]}') TO ('${range[1]}')`,
  );
  if (moving) await tx.query(`INSERT INTO usage_events SELECT * FROM usage_events_moving`);
}
