// DATABASE_READ_URL against a real streaming standby (pg_basebackup of a primary this test starts,
// each on its own port): reads go to the standby when it holds the caller's data, and to the
// primary while it lags, so an acknowledged event is always in the next answer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../services/tokens.js';
import {
  PG_BIN,
  startTempCluster,
  startTempStandby,
  type TempCluster,
} from '../store/temp-cluster.js';
import { freePort, startServer, tokenConfig, type RunningServer } from './spawn-server.js';

const canRun = existsSync(join(PG_BIN, 'pg_basebackup')) && !process.env.DATABASE_URL;
const METRICS_TOKEN = 'replica-metrics-token-01';

async function sql<T>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

describe.skipIf(!canRun)('reads from a streaming replica', () => {
  let primary: TempCluster;
  let standby: TempCluster;
  let server: RunningServer;
  beforeAll(async () => {
    primary = await startTempCluster(await freePort());
    standby = await startTempStandby(primary, await freePort());
    server = await startServer({
      databaseUrl: primary.url(),
      env: {
        DATABASE_READ_URL: standby.url(),
        METRICS_TOKEN,
        // Every read computes, so each one chooses between the replica and the primary.
        HISTORY_CACHE_ENTRIES: '0',
      },
    });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await standby?.destroy();
    await primary?.destroy();
  });

  const replicaReads = async (target: 'replica' | 'primary') => {
    const text = await (
      await fetch(`${server.url}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      })
    ).text();
    const m = new RegExp(
      `^usage_insights_replica_reads_total\\{target="${target}"\\} (\\d+)`,
      'm',
    ).exec(text);
    return m ? Number(m[1]) : 0;
  };

  it('serves from the standby when caught up and from the primary while it lags', async () => {
    const cfg = tokenConfig(server.secret);
    const ingest = await mintToken(cfg, 'svc', 'ingest', 3600, Date.now());
    const read = await mintToken(cfg, 'rep-user', 'read', 3600, Date.now());
    const now = Date.now();
    const send = async (prefix: string, n: number) => {
      const events = Array.from({ length: n }, (_, i) => ({
        id: `${prefix}-${i}`,
        userId: 'rep-user',
        type: 'api.call',
        occurredAt: new Date(now - i * 30_000).toISOString(),
      }));
      const res = await fetch(`${server.url}/api/usage/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ingest}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      });
      expect(((await res.json()) as { accepted: number }).accepted).toBe(n);
    };
    const total = async () => {
      const res = await fetch(`${server.url}/api/usage/history?period=7d&metrics=api_calls`, {
        headers: { authorization: `Bearer ${read}` },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { totals: { api_calls: number } }).totals.api_calls;
    };
    const rawLines = async () => {
      const res = await fetch(`${server.url}/api/usage/export?period=7d&raw=true&format=csv`, {
        headers: { authorization: `Bearer ${read}` },
      });
      expect(res.status).toBe(200);
      return (await res.text()).trim().split('\n').length - 1;
    };

    await send('a', 100);
    // Once the rollups are done and replayed, reads go to the standby.
    const deadline = Date.now() + 60_000;
    let before = await replicaReads('replica');
    for (;;) {
      expect(await total()).toBe(100);
      const after = await replicaReads('replica');
      if (after > before) break;
      before = after;
      if (Date.now() > deadline) throw new Error('no read went to the replica');
      await new Promise((r) => setTimeout(r, 500));
    }

    // The standby stops replaying: it has none of what is acknowledged next.
    await sql(standby.url(), 'SELECT pg_wal_replay_pause()');
    await send('b', 50);
    const fromPrimary = await replicaReads('primary');
    expect(await total()).toBe(150);
    expect(await rawLines()).toBe(150);
    expect(await replicaReads('primary')).toBeGreaterThan(fromPrimary);
    const rows = await sql<{ n: number }>(
      standby.url(),
      'SELECT count(*)::int AS n FROM usage_events',
    );
    expect(rows[0]!.n).toBe(100); // the standby really is behind

    await sql(standby.url(), 'SELECT pg_wal_replay_resume()');
    const back = Date.now() + 60_000;
    before = await replicaReads('replica');
    for (;;) {
      expect(await total()).toBe(150);
      if ((await replicaReads('replica')) > before) break;
      if (Date.now() > back) throw new Error('reads did not return to the replica');
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 180_000);
});
