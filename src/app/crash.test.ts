// The embedded database after SIGKILL: every acknowledged event is there exactly once, and the
// rollups, once caught up, agree with the raw events.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mintToken } from '../services/tokens.js';
import { openPglite } from '../store/pglite-db.js';

const SECRET = 'crash-test-secret-crash-test-secret-0123';
const cfg = { secret: SECRET, issuer: 'usage-insights', audience: 'usage-insights' };
const bin = join(import.meta.dirname, '../../bin/usage-insights.js');

function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      AUTH_JWT_SECRET: SECRET,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes('is ready')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b) => (out += b.toString()));
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

const kill = (c: ChildProcess) => new Promise((r) => (c.once('exit', r), c.kill('SIGKILL')));

describe.skipIf(!!process.env.DATABASE_URL)('embedded database crash recovery', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ui-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged event exactly once after SIGKILL during ingestion', async () => {
    const port = 18000 + Math.floor(Math.random() * 1000);
    let server = await startServer(dir, port);
    const auth = {
      authorization: `Bearer ${await mintToken(cfg, 'service', 'ingest', 3600, Date.now())}`,
    };
    const acked = new Set<string>();
    const ackedBatches: unknown[][] = [];
    let batch = 0;
    const now = Date.now();
    const send = async () => {
      const b = batch++;
      const events = Array.from({ length: 200 }, (_, i) => ({
        id: `b${b}-${i}`,
        userId: 'crash-user',
        type: 'api.call',
        occurredAt: new Date(now - ((b * 200 + i) % 5000) * 60_000).toISOString(),
      }));
      const res = await fetch(`http://127.0.0.1:${port}/api/usage/events`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      });
      if (res.ok) {
        for (const e of events) acked.add(e.id);
        ackedBatches.push(events);
      }
    };
    // Two clients ingest; the server is killed mid-stream.
    const loops = [0, 1].map(async () => {
      for (let i = 0; i < 200; i++) await send().catch(() => undefined);
    });
    await new Promise((r) => setTimeout(r, 1500));
    await kill(server);
    await Promise.all(loops);
    expect(acked.size).toBeGreaterThan(0);

    server = await startServer(dir, port);
    const read = {
      authorization: `Bearer ${await mintToken(cfg, 'crash-user', 'read', 3600, Date.now())}`,
    };
    const history = async () =>
      (await (
        await fetch(`http://127.0.0.1:${port}/api/usage/history?period=7d&metrics=api_calls`, {
          headers: read,
        })
      ).json()) as {
        totals: { api_calls: number };
      };
    // Unacknowledged batches may or may not have committed; acknowledged ones must all be there.
    const total = (await history()).totals.api_calls;
    expect(total).toBeGreaterThanOrEqual(acked.size);
    expect(total % 200).toBe(0);
    // Resend an acknowledged batch: all duplicates, nothing counted twice.
    const resend = await fetch(`http://127.0.0.1:${port}/api/usage/events`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ events: ackedBatches[0] }),
    });
    expect(await resend.json()).toEqual({ accepted: 0, duplicates: 200, conflicts: [] });
    expect((await history()).totals.api_calls).toBe(total);
    // Once the worker has caught up, the hourly rows add up to the daily ones.
    await new Promise((r) => setTimeout(r, 4000));
    const byHour = (await (
      await fetch(
        `http://127.0.0.1:${port}/api/usage/history?period=7d&groupBy=hour&metrics=api_calls`,
        { headers: read },
      )
    ).json()) as { totals: { api_calls: number } };
    expect(byHour.totals.api_calls).toBe(total);
    await kill(server);
  }, 120_000);

  it('finishes in-flight requests on SIGTERM and loses no acknowledged event', async () => {
    const port = 19000 + Math.floor(Math.random() * 1000);
    const server = await startServer(dir, port);
    const auth = {
      authorization: `Bearer ${await mintToken(cfg, 'service', 'ingest', 3600, Date.now())}`,
    };
    const now = Date.now();
    const batches = Array.from({ length: 8 }, (_, b) =>
      Array.from({ length: 500 }, (_, i) => ({
        id: `term-${b}-${i}`,
        userId: 'term-user',
        type: 'api.call',
        occurredAt: new Date(now - i * 1000).toISOString(),
      })),
    );
    const sent = batches.map((events) =>
      fetch(`http://127.0.0.1:${port}/api/usage/events`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      }).then(
        (r) => r.status,
        () => 0,
      ),
    );
    // SIGTERM once the server answers the first batch: the other seven are then in flight (the
    // embedded database writes one at a time). A fixed 30 ms wait sometimes ended before any
    // request had reached a busy server, and the test then proved nothing.
    await Promise.race(sent);
    const exited = new Promise<number | null>((r) => server.once('exit', r));
    server.kill('SIGTERM');
    const statuses = await Promise.all(sent);
    expect(await exited).toBe(0);
    const acked = statuses.filter((s) => s === 200).length;
    expect(acked).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 0 || s === 503)).toBe(true);

    const again = await startServer(dir, port);
    const read = {
      authorization: `Bearer ${await mintToken(cfg, 'term-user', 'read', 3600, Date.now())}`,
    };
    const res = await fetch(
      `http://127.0.0.1:${port}/api/usage/history?period=7d&metrics=api_calls`,
      { headers: read },
    );
    const total = ((await res.json()) as { totals: { api_calls: number } }).totals.api_calls;
    expect(total).toBeGreaterThanOrEqual(acked * 500);
    await kill(again);
  }, 240_000);

  it('keeps hourly, daily and monthly rows equal to raw events after SIGKILL during rollups', async () => {
    const rdir = mkdtempSync(join(tmpdir(), 'ui-crash-rollup-'));
    const port = 20000 + Math.floor(Math.random() * 1000);
    let server = await startServer(rdir, port);
    const auth = {
      authorization: `Bearer ${await mintToken(cfg, 'service', 'ingest', 3600, Date.now())}`,
      'content-type': 'application/json',
    };
    const now = Date.now();
    let acked = 0;
    for (let round = 0; round < 2; round++) {
      // Spread over 30 days so each rollup recomputes many days; kill while the worker is busy.
      for (let b = 0; b < 8; b++) {
        const events = Array.from({ length: 1000 }, (_, i) => ({
          id: `r${round}-${b}-${i}`,
          userId: 'rollup-user',
          type: 'api.call',
          occurredAt: new Date(now - ((b * 1000 + i) % 30) * 86_400_000 - i * 1000).toISOString(),
        }));
        const res = await fetch(`http://127.0.0.1:${port}/api/usage/events`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ events }),
        });
        if (res.ok) acked += 1000;
      }
      await new Promise((r) => setTimeout(r, 1500 + round * 700));
      await kill(server);
      server = await startServer(rdir, port);
    }
    // Let the restarted worker catch up, then stop it and look at the rows directly.
    await new Promise((r) => setTimeout(r, 6000));
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
    const db = await openPglite(join(rdir, 'pgdata'));
    const rows = await db.query<{ period_type: string; n: number }>(
      `SELECT period_type::text, sum(api_calls_made)::int AS n FROM usage_history WHERE user_id = 'rollup-user' GROUP BY 1
       UNION ALL SELECT 'raw', count(*)::int FROM usage_events WHERE user_id = 'rollup-user'
       UNION ALL SELECT 'dirty', count(*)::int FROM rollup_dirty`,
    );
    await db.close();
    rmSync(rdir, { recursive: true, force: true });
    expect(Object.fromEntries(rows.map((r) => [r.period_type, r.n]))).toEqual({
      daily: acked,
      hourly: acked,
      monthly: acked,
      raw: acked,
      dirty: 0,
    });
  }, 180_000);
});
