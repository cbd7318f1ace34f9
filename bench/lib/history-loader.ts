// Bulk-loads N users x H hours of usage_history (plus derived daily/monthly rows and client
// days) with set-based SQL, in chunks of users so progress shows and no statement grows huge.
import type { Db } from '../../src/store/db.js';
import {
  INSERT_CLIENT_DAYS,
  INSERT_HOURLY,
  INSERT_PLAN_HISTORY,
  INSERT_USERS,
  LEVEL_TOTALS,
  ROLL_UP,
  ZONES,
} from './history-sql.js';
import { fmt } from './stats.js';

const HOUR = 3_600_000;

export interface LoadPlan {
  users: number;
  hoursPerUser: number;
  /** The last hourly row starts in this UTC hour (the previous complete hour). */
  lastHour: number;
}

/** Users and hours per user for about `rows` hourly rows, from --users or else --months. */
export function planLoad(
  rows: number,
  users: number | undefined,
  months: number,
  now: number,
): LoadPlan {
  const perUser = users ? Math.floor(rows / users) : Math.round(months * 730.5);
  const n = users ?? Math.max(1, Math.round(rows / perUser));
  return {
    users: n,
    hoursPerUser: Math.max(1, Math.floor(rows / n)),
    lastHour: Math.floor(now / HOUR) * HOUR - HOUR,
  };
}

export interface LoadReport {
  seconds: Record<string, number>;
  levels: { period_type: string; n: number; sessions: number; events: number; audio: number }[];
  clientDays: number;
  tableMb: number;
}

type Log = (line: string) => void;

async function step<T>(seconds: Record<string, number>, name: string, fn: () => Promise<T>) {
  const t0 = Date.now();
  const r = await fn();
  seconds[name] = (seconds[name] ?? 0) + (Date.now() - t0) / 1000;
  return r;
}

/** Loads into an empty, migrated database (plans loaded). */
export async function loadHistory(db: Db, plan: LoadPlan, log: Log): Promise<LoadReport> {
  const seconds: Record<string, number> = {};
  const [{ n: existing }] = (await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM usage_history',
  )) as [{ n: number }];
  if (existing > 0) throw new Error('usage_history is not empty: load into a fresh database');
  const first = plan.lastHour - (plan.hoursPerUser - 1) * HOUR;
  await step(seconds, 'users', async () => {
    await db.query(INSERT_USERS, [plan.users, ZONES]);
    await db.query(INSERT_PLAN_HISTORY);
  });
  const ids = (
    await db.query<{ user_id: string }>('SELECT user_id FROM users ORDER BY user_id')
  ).map((r) => r.user_id);
  const perChunk = Math.max(1, Math.floor(500_000 / plan.hoursPerUser));
  const range = [new Date(first).toISOString(), new Date(plan.lastHour).toISOString()];
  const t0 = Date.now();
  for (let i = 0; i < ids.length; i += perChunk) {
    const chunk = ids.slice(i, i + perChunk);
    await db.transaction(async (tx) => {
      await tx.query(`SET LOCAL synchronous_commit = off`);
      await tx.query(`SET LOCAL work_mem = '256MB'`);
      await tx.query(`SET LOCAL TimeZone = 'UTC'`);
      await step(seconds, 'hourly', () =>
        tx.query(INSERT_HOURLY, [chunk, ...range, range[0], plan.hoursPerUser]),
      );
      await step(seconds, 'client days', () => tx.query(INSERT_CLIENT_DAYS, [chunk]));
      await step(seconds, 'daily', () => tx.query(ROLL_UP('day'), [chunk]));
      await step(seconds, 'monthly', () => tx.query(ROLL_UP('month'), [chunk]));
    });
    const done = Math.min(ids.length, i + perChunk);
    const rows = done * plan.hoursPerUser;
    const secs = (Date.now() - t0) / 1000;
    log(
      `  users ${done}/${ids.length}, hourly rows ${fmt(rows, 0)}, ${fmt(secs)} s, ` +
        `${fmt(rows / secs, 0)} hourly rows/s (with their derived rows)`,
    );
  }
  await step(seconds, 'vacuum analyze', async () => {
    for (const t of ['usage_history', 'usage_client_days', 'users', 'user_plan_history', 'plans']) {
      await db.query(`VACUUM (ANALYZE) ${t}`);
    }
  });
  const levels = await db.query<LoadReport['levels'][number]>(LEVEL_TOTALS);
  const [{ n: clientDays }] = (await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM usage_client_days',
  )) as [{ n: number }];
  const [{ b }] = (await db.query<{ b: number }>(
    `SELECT pg_total_relation_size('usage_history')::bigint AS b`,
  )) as [{ b: number }];
  return { seconds, levels, clientDays, tableMb: b / 1048576 };
}
