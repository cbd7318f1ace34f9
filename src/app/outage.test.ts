// The database going away under a running server: 503 with Retry-After (never 500), one log line
// for the outage and one for the recovery, readiness follows the database, and every acknowledged
// event is stored once it is back. Against a PostgreSQL server this test starts and stops itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../services/tokens.js';
import { PG_BIN, startTempCluster, type TempCluster } from '../store/temp-cluster.js';
import { freePort, startServer, tokenConfig, type RunningServer } from './spawn-server.js';

const canRun = existsSync(join(PG_BIN, 'initdb')) && !process.env.DATABASE_URL;

describe.skipIf(!canRun)('database outage', () => {
  let cluster: TempCluster;
  let server: RunningServer;
  let log = '';
  beforeAll(async () => {
    cluster = await startTempCluster(await freePort());
    server = await startServer({
      databaseUrl: cluster.url(),
      env: { LOG_LEVEL: 'info' },
      onOutput: (t) => (log += t),
    });
  });
  afterAll(async () => {
    await server?.stop();
    await cluster?.destroy();
  });

  it('answers 503 with Retry-After while the database is down and loses nothing acknowledged', async () => {
    const token = await mintToken(tokenConfig(server.secret), 'svc', 'ingest', 3600, Date.now());
    const now = Date.now();
    let batch = 0;
    const send = async () => {
      const b = batch++;
      const events = Array.from({ length: 300 }, (_, i) => ({
        id: `o${b}-${i}`,
        userId: 'outage-user',
        type: 'api.call',
        occurredAt: new Date(now - (b * 300 + i) * 10_000).toISOString(),
      }));
      return fetch(`${server.url}/api/usage/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      });
    };
    let acked = 0;
    for (let i = 0; i < 5; i++) {
      const res = await send();
      expect(res.status).toBe(200);
      acked += ((await res.json()) as { accepted: number }).accepted;
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    await cluster.stop();
    for (let i = 0; i < 15; i++) {
      const res = await send();
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = (await res.json()) as { error: { code: string; requestId: string } };
      expect(body.error.code).toBe('unavailable');
      expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
    }
    const notReady = await fetch(`${server.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as { checks: { database: string } }).checks.database).toBe(
      'unreachable',
    );
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await cluster.start();
    // Recovery at once: the first request after the restart is served.
    for (let i = 0; i < 10; i++) {
      const res = await send();
      expect(res.status).toBe(200);
      acked += ((await res.json()) as { accepted: number }).accepted;
    }
    expect(acked).toBe(4500);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    const c = new pg.Client({ connectionString: cluster.url() });
    await c.connect();
    const [row] = (await c.query('SELECT count(*)::int AS n FROM usage_events')).rows;
    await c.end();
    expect(row.n).toBe(4500);

    // One line each way, no stack per request.
    expect(log.match(/database unreachable/g)).toHaveLength(1);
    expect(log.match(/database reachable again/g)).toHaveLength(1);
    expect(log).not.toMatch(/request failed|\n\s+at /);
  }, 180_000);
});
