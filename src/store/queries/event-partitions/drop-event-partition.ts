import type { Queryable } from '../../db.js';

/** Detaches and drops one monthly partition of usage_events (all its events go at once). */
export async function dropEventPartition(tx: Queryable, name: string): Promise<void> {
  if (!/^usage_events_p[0-9]{6}$/.test(name)) throw new Error(`not an event partition: ${name}`);
  await tx.query(`ALTER TABLE usage_events DETACH PARTITION ${name}`);
  await tx.query(`DROP TABLE ${name}`);
}
