import type { Queryable } from '../db.js';

/**
 * Serialises, until the end of the transaction, every transaction that takes the same lock for the
 * same user: a count followed by an insert then cannot race another (a per-user advisory lock).
 */
export async function lockUserFor(tx: Queryable, purpose: string, userId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${purpose}:${userId}`]);
}
