// At most 2 exports per user at a time, counted until the response is over: a raw export that is
// streamed to a client that does not read holds its slot; a client that hangs up frees it.
import { request, type ClientRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect } from 'vitest';
import { ExportSlots } from '../services/export-slots.js';
import { appTest, bearer } from './testing.js';

const RAW = '/api/usage/export?format=json&raw=true&period=30d';

const test = appTest('2026-11-28T12:00:00Z');

describe('concurrent exports', () => {
  let port: number;
  test.beforeAll(async ({ t, app }) => {
    // About 15 MB of JSON: more than the socket buffers take, so an unread export cannot finish.
    await t.db.query(`INSERT INTO users (user_id) VALUES ('exporter')`);
    await t.db.query(
      `INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value, client_id)
       SELECT 'exporter', 'event-' || g, 'audio.processed',
         timestamptz '2026-11-20 00:00:00Z' + g * interval '1 second', 1.5, 'client-' || (g % 9)
       FROM generate_series(1, 150000) AS g`,
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });
  // An unread export keeps its socket open: end them all so that the app can close after the file.
  test.afterAll(({ app }) => {
    app.server.closeAllConnections();
  });

  // Starts an export and stops reading it as soon as the status arrives.
  const unread = (headers: Record<string, string>) =>
    new Promise<{ status: number; req: ClientRequest }>((resolve, reject) => {
      const req = request({ port, host: '127.0.0.1', path: RAW, headers }, (res) => {
        res.pause();
        resolve({ status: res.statusCode!, req });
      });
      req.on('error', reject);
      req.end();
    });
  const until = async (cond: () => boolean) => {
    for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 25));
    return cond();
  };

  test('hold a slot while a raw export is unread, and free it when the client hangs up', async ({
    ctx,
    app,
  }) => {
    const h = await bearer(ctx, 'exporter');
    const first = await unread(h);
    const second = await unread(h);
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await app.inject({ url: RAW, headers: h });
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBe('5');
    // Other users are not affected.
    const other = await app.inject({ url: RAW, headers: await bearer(ctx, 'someone-else') });
    expect(other.statusCode).toBe(200);
    first.req.destroy();
    expect(await until(() => ctx.exportSlots!.inFlight('exporter') === 1)).toBe(true);
    const history = await app.inject({
      url: '/api/usage/export?format=csv&period=7d',
      headers: h,
    });
    expect(history.statusCode).toBe(200);
    second.req.destroy();
    expect(await until(() => ctx.exportSlots!.inFlight('exporter') === 0)).toBe(true);
    // A refused export gives its slot back too.
    const bad = await app.inject({ url: '/api/usage/export?format=pdf&raw=true', headers: h });
    expect(bad.statusCode).toBe(400);
    expect(ctx.exportSlots!.inFlight('exporter')).toBe(0);
  });

  test('are counted per user, and a slot is freed once however often it is released', () => {
    const slots = new ExportSlots(2);
    const a = slots.take('u');
    slots.take('u');
    expect(() => slots.take('u')).toThrow(/at most 2 exports/);
    expect(() => slots.take('v')).not.toThrow();
    a();
    a();
    expect(slots.inFlight('u')).toBe(1);
  });
});
