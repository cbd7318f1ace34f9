// The floor of a 12-month history by day: the least the database must do for the answer when
// nothing is cached. One statement, one round trip: the daily rows of the previous range and the
// range (one index range scan on the primary key) and the distinct clients of the range and
// of the previous range (one index range scan on usage_client_days' primary key). Everything
// else a correct answer needs (days not rolled up yet, the plan, the storage gauge before the
// range, bucketing, totals, JSON) is extra work the service does on top, so its latency cannot
// be below this one's at the same concurrency unless it caches.
import type { Db } from '../../src/store/db.js';
import { resolveRange } from '../../src/domain/range.js';
import type { BenchUser } from './history-raw.js';
import { runPool, type RunResult } from './pool-run.js';

export const FLOOR_SQL = `
  SELECT period_start, sessions_created, audio_minutes_processed, transcriptions_completed,
    exports_generated, storage_used_mb, storage_peak_mb, api_calls_made, unique_clients,
    concurrent_sessions_peak
  FROM usage_history
  WHERE user_id = $1 AND period_type = 'daily' AND period_start >= $2 AND period_start < $4
  UNION ALL
  SELECT NULL, count(DISTINCT client_id) FILTER (WHERE day_start >= $3),
    count(DISTINCT client_id) FILTER (WHERE day_start < $3), NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM usage_client_days WHERE user_id = $1 AND day_start >= $2 AND day_start < $4`;

/** Runs FLOOR_SQL for the users in seq order on `clients` concurrent connections; results are row counts. */
export function timeFloor(
  db: Db,
  users: BenchUser[],
  seq: number[],
  clients: number,
  seconds: number,
): Promise<RunResult<number>> {
  let k = 0;
  return runPool(
    Array.from({ length: 1_000_000 }, () => seq[k++ % seq.length]!),
    clients,
    seconds,
    async (i) => {
      const u = users[i]!;
      const r = resolveRange({ period: '12m', groupBy: 'day', tz: u.zone }, Date.now());
      const rows = await db.query(FLOOR_SQL, [
        u.id,
        new Date(r.previous.start).toISOString(),
        new Date(r.start).toISOString(),
        new Date(r.end).toISOString(),
      ]);
      return rows.length;
    },
  );
}
