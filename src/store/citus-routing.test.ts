// On a Citus coordinator (DATABASE_URL), every statement that one user's ingestion, history,
// analytics and exports send must be a router query: Citus's EXPLAIN shows "Task Count: 1" for
// each distributed scan, so the work lands on the one shard holding that user's rows (ADR 13).
// The statements are the real ones the routes send, recorded on their way to the database.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, testApp } from '../http/testing.js';
import { rollupUser } from '../services/rollup-user.js';
import { testContext, type TestContext } from '../services/testing.js';
import type { Db, Queryable } from './db.js';
import { isCitus } from './citus-testing.js';
import { createTestDb, type TestDb } from './testing.js';

interface Sent {
  text: string;
  params: unknown[];
}

// Keeps every statement sent through db or its transactions, then sends it on unchanged.
function recording(db: Db, sent: Sent[]): Db {
  const keep = (q: Queryable): Queryable['query'] =>
    function query(text, params) {
      sent.push({ text, params: params ?? [] });
      return q.query(text, params);
    };
  return {
    ...db,
    query: keep(db),
    transaction: (fn) => db.transaction((tx) => fn({ query: keep(tx) })),
  };
}

const url = process.env.DATABASE_URL;
const citus = url ? await isCitus(url) : false;

describe.skipIf(!citus)('on Citus, one user’s queries are routed to one shard', () => {
  let t: TestDb;
  let ctx: TestContext;
  let app: FastifyInstance;
  const sent: Sent[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    ctx = testContext(recording(t.db, sent), '2026-11-28T12:00:00Z');
    app = testApp(ctx);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await t.drop();
  });

  // Each distributed scan's task count; statements that touch no distributed table have none.
  async function taskCounts(s: Sent): Promise<number[]> {
    const plan = await t.db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${s.text}`, s.params);
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    return [...text.matchAll(/Task Count: (\d+)/g)].map((m) => Number(m[1]));
  }

  async function expectRouted(steps: () => Promise<void>) {
    sent.length = 0;
    await steps();
    const statements = [...sent];
    let distributed = 0;
    for (const s of statements) {
      const counts = await taskCounts(s);
      if (counts.length > 0) distributed++;
      expect({ sql: s.text, counts }).toEqual({ sql: s.text, counts: counts.map(() => 1) });
    }
    // The scenario reached the sharded tables: a test that explained nothing proves nothing.
    expect(distributed).toBeGreaterThan(0);
  }

  it('ingestion of a batch for one user', async () => {
    const svc = await bearer(ctx, 'svc', 'ingest');
    await expectRouted(async () => {
      const events = Array.from({ length: 50 }, (_, i) => ({
        id: `e${i}`,
        userId: 'alice',
        type: i % 2 ? 'api.call' : 'audio.processed',
        occurredAt: new Date(Date.parse('2026-11-20T00:00:00Z') + i * 3_600_000 * 3).toISOString(),
        value: 1 + i,
        clientId: `c${i % 3}`,
      }));
      const res = await app.inject({
        method: 'POST',
        url: '/api/usage/events',
        headers: svc,
        payload: { events },
      });
      expect(res.statusCode).toBeLessThan(300);
    });
  });

  it('the rollup of that user', async () => {
    await expectRouted(async () => {
      await rollupUser({ ctx, input: { userId: 'alice' } });
    });
  });

  it('history, current usage and raw events', async () => {
    const alice = await bearer(ctx, 'alice');
    await expectRouted(async () => {
      for (const url of [
        '/api/usage/history?period=30d',
        '/api/usage/history?period=7d&groupBy=hour',
        '/api/usage/history?period=12m&groupBy=month',
        '/api/usage/current',
        '/api/usage/events?limit=5',
      ]) {
        const res = await app.inject({ url, headers: alice });
        expect(res.statusCode, url).toBe(200);
      }
    });
  });

  it('analytics and insights', async () => {
    const alice = await bearer(ctx, 'alice');
    await expectRouted(async () => {
      for (const type of ['trends', 'patterns', 'predictions', 'comparisons', 'anomalies']) {
        const url = `/api/usage/analytics?type=${type}&period=3m`;
        const res = await app.inject({ url, headers: alice });
        expect(res.statusCode, url).toBe(200);
      }
      const res = await app.inject({ url: '/api/usage/insights', headers: alice });
      expect(res.statusCode).toBe(200);
    });
  });

  it('exports: CSV and JSON history, raw events, PDF', async () => {
    const alice = await bearer(ctx, 'alice');
    await expectRouted(async () => {
      for (const q of ['format=csv', 'format=json', 'format=csv&raw=true', 'format=pdf']) {
        const url = `/api/usage/export?${q}&period=30d`;
        const res = await app.inject({ url, headers: alice });
        expect(res.statusCode, url).toBe(200);
      }
    });
  });
});
