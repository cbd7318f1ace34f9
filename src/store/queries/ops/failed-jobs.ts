import type { Queryable } from '../../db.js';

/** Jobs that failed for good since the instant, per job name, with the latest error. */
export async function readFailedJobs(
  q: Queryable,
  since: number,
): Promise<{ name: string; failed: number; lastAt: string; lastError: string | null }[]> {
  const rows = await q.query<{
    name: string;
    failed: number;
    last_at: Date;
    last_error: string | null;
  }>(
    `SELECT DISTINCT ON (name) name, count(*) OVER (PARTITION BY name)::int AS failed,
            finished_at AS last_at, left(last_error, 300) AS last_error
     FROM jobs WHERE status = 'failed' AND finished_at >= $1
     ORDER BY name, finished_at DESC`,
    [new Date(since).toISOString()],
  );
  return rows.map((r) => ({
    name: r.name,
    failed: r.failed,
    lastAt: new Date(r.last_at).toISOString(),
    lastError: r.last_error,
  }));
}
