// Ingestion that survives the database (INGEST_STREAM_URL): through the real server, NATS
// JetStream on this machine and a PostgreSQL server the test stops itself. Every batch answered
// 202 while the database is down is stored exactly once after it returns, even when the server
// that acknowledged it is gone by then.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../services/tokens.js';
import { PG_BIN, startTempCluster, type TempCluster } from '../store/temp-cluster.js';
import { startServer, tokenConfig, freePort, type RunningServer } from './spawn-server.js';

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const natsUp = await connect({ servers: NATS_URL, timeout: 2000, reconnect: false }).then(
  (nc) => nc.close().then(() => true),
  () => false,
);
// CI starts NATS: there a missing server is a failure, not a reason to skip.
if (process.env.CI && !natsUp)
  throw new Error(`NATS with JetStream is not reachable at ${NATS_URL}`);
const canRun = natsUp && existsSync(join(PG_BIN, 'initdb')) && !process.env.DATABASE_URL;

describe.skipIf(!canRun)('ingestion through NATS JetStream', () => {
  const stream = `ui-test-${randomUUID().slice(0, 8)}`;
  let cluster: TempCluster;
  const servers: RunningServer[] = [];
  const start = async (secret?: string) => {
    const s = await startServer({
      databaseUrl: cluster.url(),
      secret,
      env: { INGEST_STREAM_URL: NATS_URL, INGEST_STREAM_NAME: stream, LOG_LEVEL: 'warn' },
    });
    servers.push(s);
    return s;
  };
  beforeAll(async () => {
    cluster = await startTempCluster(await freePort());
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await cluster?.destroy();
    const nc = await connect({ servers: NATS_URL });
    await (await jetstreamManager(nc)).streams.delete(stream).catch(() => {});
    await nc.close();
  });

  const count = async () => {
    const c = new pg.Client({ connectionString: cluster.url() });
    await c.connect();
    try {
      const { rows } = await c.query(
        'SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS ids FROM usage_events',
      );
      return rows[0] as { n: number; ids: number };
    } finally {
      await c.end();
    }
  };
  const waitFor = async (n: number, ms: number) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const c = await count().catch(() => ({ n: -1, ids: -1 }));
      if (c.n >= n || Date.now() > deadline) return c;
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  it('acknowledges while the database is down and stores every acknowledged event once', async () => {
    const first = await start();
    const token = await mintToken(tokenConfig(first.secret), 'svc', 'ingest', 3600, Date.now());
    const now = Date.now();
    const batch = (b: number) =>
      JSON.stringify({
        events: Array.from({ length: 300 }, (_, i) => ({
          id: `n${b}-${i}`,
          userId: `stream-user-${i % 3}`,
          type: 'api.call',
          occurredAt: new Date(now - (b * 300 + i) * 10_000).toISOString(),
        })),
      });
    const send = (server: RunningServer, b: number) =>
      fetch(`${server.url}/api/usage/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: batch(b),
      });

    const ready = (await (await fetch(`${first.url}/readyz`)).json()) as { checks: object };
    expect(ready.checks).toMatchObject({ database: 'ok', stream: 'ok' });
    for (let b = 0; b < 5; b++) {
      const res = await send(first, b);
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ queued: 300, duplicates: 0, conflicts: [] });
    }
    expect(await waitFor(1500, 60_000)).toEqual({ n: 1500, ids: 1500 });

    await cluster.stop();
    // Still ready: the stream takes ingestion while the database is away.
    const down = await fetch(`${first.url}/readyz`);
    expect(down.status).toBe(200);
    expect(((await down.json()) as { checks: object }).checks).toMatchObject({
      database: 'unreachable',
      stream: 'ok',
    });
    for (let b = 5; b < 15; b++) expect((await send(first, b)).status).toBe(202);
    // A batch sent again (a client's retry) is stored once, not twice.
    expect((await send(first, 3)).status).toBe(202);
    // The process that took those batches goes away before the database is back.
    await first.stop();

    await cluster.start();
    await start(first.secret);
    expect(await waitFor(4500, 60_000)).toEqual({ n: 4500, ids: 4500 });
    // Nothing more arrives later: no batch is written twice.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await count()).toEqual({ n: 4500, ids: 4500 });
  }, 240_000);

  it('refuses an invalid batch whole, before anything reaches the stream', async () => {
    const server = servers.at(-1)!;
    const token = await mintToken(tokenConfig(server.secret), 'svc', 'ingest', 3600, Date.now());
    const before = await count();
    const res = await fetch(`${server.url}/api/usage/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        events: [
          { id: 'ok', userId: 'u', type: 'api.call', occurredAt: new Date().toISOString() },
          { id: 'bad', userId: 'u', type: 'nope', occurredAt: new Date().toISOString() },
        ],
      }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { index: number; field: string }[] } };
    expect(body.error.issues[0]).toMatchObject({ index: 1, field: 'type' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await count()).toEqual(before);
  });
});
