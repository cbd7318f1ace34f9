import type { Queryable } from '../../db.js';

/** Marks sends interrupted mid-delivery (the process died) as unknown: reported, never retried. */
export async function sweepInterruptedSends(q: Queryable, olderThanMs: number): Promise<number> {
  const rows = await q.query(
    `UPDATE report_sends SET status = 'unknown', last_error = 'interrupted while the mail server had it; not resent', updated_at = now()
     WHERE status = 'sending' AND updated_at < now() - make_interval(secs => $1::float8 / 1000) RETURNING 1`,
    [olderThanMs],
  );
  return rows.length;
}
