// On a Citus coordinator (DATABASE_URL), every statement that one user's ingestion, history,
// analytics and exports send must be a router query: Citus's EXPLAIN shows "Task Count: 1" for
// each distributed scan, so the work lands on the one shard holding that user's rows (ADR 13).
// The statements are the real ones the routes send, recorded on their way to the database.
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, testApp } from '../http/testing.js';
import { dueAlerts } from '../services/check-alerts.js';
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

  // The statement with its parameters written in as literals: Citus cannot EXPLAIN an
  // INSERT ... SELECT whose parameters are still unbound ("could not create distributed plan").
  const literal = (v: unknown): string =>
    v === null || v === undefined
      ? 'NULL'
      : Array.isArray(v)
        ? v.length === 0
          ? `'{}'`
          : v.every((x) => typeof x === 'number')
            ? // Written as an untyped literal, so it takes the column's type (int[] or numeric[]).
              pg.escapeLiteral(`{${v.join(',')}}`)
            : `ARRAY[${v.map(literal).join(', ')}]`
        : v instanceof Date
          ? pg.escapeLiteral(v.toISOString())
          : typeof v === 'object'
            ? pg.escapeLiteral(JSON.stringify(v))
            : pg.escapeLiteral(String(v));
  const inlined = (s: Sent) =>
    s.text.replace(/\$(\d+)/g, (_, n: string) => literal(s.params[Number(n) - 1]));

  // How Citus runs a statement: 'router' (every distributed scan has one task), 'local' (no
  // distributed table), 'insert from coordinator' (an INSERT ... SELECT whose rows come from
  // parameters, not from shards: Citus computes them on the coordinator and writes each row to
  // the shard of its user_id, so one user's batch writes one shard), or the plan when none fits.
  async function routing(s: Sent): Promise<string> {
    const plan = await t.db
      .query<{ 'QUERY PLAN': string }>(`EXPLAIN ${inlined(s)}`)
      .catch((err: Error) => {
        throw new Error(`EXPLAIN failed (${err.message}) for: ${s.text}`);
      });
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    const counts = [...text.matchAll(/Task Count: (\d+)/g)].map((m) => Number(m[1]));
    if (counts.length > 0) return counts.every((n) => n === 1) ? 'router' : text;
    if (!text.includes('Custom Scan (Citus')) return 'local';
    return /Citus INSERT \.\.\. SELECT[\s\S]*pull to coordinator/.test(text)
      ? 'insert from coordinator'
      : text;
  }

  async function expectRouted(steps: () => Promise<void>) {
    sent.length = 0;
    await steps();
    const kinds = [];
    for (const s of [...sent]) {
      const kind = await routing(s);
      expect(['router', 'local', 'insert from coordinator'], `${s.text}\n${kind}`).toContain(kind);
      kinds.push(kind);
    }
    // The scenario reached the sharded tables: a test that explained nothing proves nothing.
    expect(kinds).toContain('router');
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

  it('usage by client: top clients, hourly by client, the client filter', async () => {
    const alice = await bearer(ctx, 'alice');
    await expectRouted(async () => {
      for (const url of [
        '/api/usage/clients?period=30d',
        '/api/usage/clients?period=12m&metric=audio_minutes',
        '/api/usage/clients/hourly?period=7d',
        '/api/usage/history?period=30d&client=c1',
        '/api/usage/history?period=7d&groupBy=hour&client=c1',
        '/api/usage/export?format=csv&period=30d&client=c1',
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

  it('cost, the spend budget and feature use', async () => {
    const alice = await bearer(ctx, 'alice');
    await expectRouted(async () => {
      const put = await app.inject({
        method: 'PUT',
        url: '/api/usage/budget',
        headers: alice,
        payload: { amount: 40, thresholds: [50, 100] },
      });
      expect(put.statusCode, put.body).toBe(200);
      for (const url of ['/api/usage/cost', '/api/usage/features']) {
        const res = await app.inject({ url, headers: alice });
        expect(res.statusCode, url).toBe(200);
      }
      // The alert check reads the budget beside the limits.
      await dueAlerts({ ctx, input: { userId: 'alice', scope: 'limits' } });
      const off = await app.inject({
        method: 'PUT',
        url: '/api/usage/budget',
        headers: alice,
        payload: { amount: null },
      });
      expect(off.statusCode, off.body).toBe(200);
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
