// Usage by client through the API: top clients with shares and other, a metric by client and
// hour, and the client filter of history and exports, equal before and after the rollup (stale
// days come from raw events) and in a zone whose hours do not meet the stored ones.
import { describe, expect } from 'vitest';
import { rollupUser } from '../../services/rollup-user.js';
import { serviceTest } from '../../services/testing.js';
import { bearer, testApp } from '../testing.js';

const test = serviceTest('2026-11-20T12:00:00Z');

const CLIENTS = { web: 6, ios: 3, android: 1 };

async function seed(ctx: Parameters<typeof bearer>[0], app: ReturnType<typeof testApp>) {
  const events = Object.entries(CLIENTS).flatMap(([client, n]) =>
    Array.from({ length: n * 4 }, (_, i) => ({
      id: `${client}-${i}`,
      userId: 'cl',
      type: 'api.call',
      occurredAt: new Date(Date.parse('2026-11-10T00:30:00Z') + i * 7_200_000).toISOString(),
      value: 5,
      clientId: client,
    })),
  );
  events.push({
    id: 'anon',
    userId: 'cl',
    type: 'api.call',
    occurredAt: '2026-11-12T10:00:00Z',
    value: 10,
    clientId: undefined as unknown as string,
  });
  events.push({
    id: 'web-audio',
    userId: 'cl',
    type: 'audio.processed',
    occurredAt: '2026-11-12T10:00:00Z',
    value: 2.5,
    clientId: 'web',
  });
  const res = await app.inject({
    method: 'POST',
    url: '/api/usage/events',
    headers: await bearer(ctx, 'svc', 'ingest'),
    payload: { events },
  });
  expect(res.statusCode).toBe(200);
}

describe('usage by client', () => {
  test('top clients, hourly series and the client filter agree, rolled up or not', async ({
    ctx,
  }) => {
    const app = testApp(ctx);
    await seed(ctx, app);
    const h = await bearer(ctx, 'cl');
    const get = async (url: string) => {
      const res = await app.inject({ url, headers: h });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      return res.json();
    };
    const views = async () => ({
      top: await get('/api/usage/clients?period=30d&metric=api_calls&limit=2'),
      kolkata: await get('/api/usage/clients?period=30d&limit=2&tz=Asia/Kolkata'),
      hours: await get(
        '/api/usage/clients/hourly?period=custom&from=2026-11-10&to=2026-11-13&limit=1',
      ),
      history: await get('/api/usage/history?period=30d&client=ios&metrics=api_calls,storage_mb'),
      csv: (
        await app.inject({
          url: '/api/usage/export?format=csv&period=30d&client=ios&metrics=api_calls',
          headers: h,
        })
      ).body,
      raw: (
        await app.inject({
          url: '/api/usage/export?format=csv&raw=true&period=30d&client=android',
          headers: h,
        })
      ).body,
    });
    const before = await views();
    expect(before.top).toMatchObject({
      metric: 'api_calls',
      total: 210,
      clientCount: 4,
      clients: [
        { client: 'web', value: 120, share: 0.5714 },
        { client: 'ios', value: 60, share: 0.2857 },
      ],
      other: { clients: 2, value: 30, share: 0.1429 },
    });
    expect(before.kolkata).toMatchObject({ total: 210, clients: before.top.clients });
    const series = before.hours.series;
    expect(series).toHaveLength(1);
    expect(series[0].client).toBe('web');
    expect(series[0].values.reduce((a: number, b: number) => a + b, 0)).toBe(120);
    expect(before.hours.other.values.reduce((a: number, b: number) => a + b, 0)).toBe(90);
    expect(before.hours.hours).toHaveLength(96);
    expect(before.history.totals).toEqual({
      api_calls: 60,
      storage_mb: null,
      storage_mb_peak: null,
    });
    expect(before.csv).toMatch(/^start,end,api_calls\r?\n/);
    expect(before.csv).toMatch(/,60\r?\n/);
    expect(before.raw.match(/android/g)).toHaveLength(8); // 4 events: id and client
    expect(before.raw).not.toMatch(/web|ios/);

    await rollupUser({ ctx, input: { userId: 'cl' } });
    const [rows] = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM usage_client_history WHERE user_id = 'cl' AND period_type = 'monthly'`,
    );
    expect(rows!.n).toBeGreaterThan(0);
    expect(await views()).toEqual(before);
    // The top list over a whole month reads the monthly rows.
    const month = await get(
      '/api/usage/clients?period=custom&from=2026-11-01&to=2026-11-30&limit=50',
    );
    expect(month.clients.map((c: { client: string | null }) => c.client)).toEqual([
      'web',
      'ios',
      'android',
      null,
    ]);
    // A late event after the rollup: the month's monthly row less that day's daily row, plus the
    // day's raw events, still equals the raw truth.
    await app.inject({
      method: 'POST',
      url: '/api/usage/events',
      headers: await bearer(ctx, 'svc', 'ingest'),
      payload: {
        events: [
          {
            id: 'late',
            userId: 'cl',
            type: 'api.call',
            occurredAt: '2026-11-10T05:00:00Z',
            value: 1000,
            clientId: 'android',
          },
        ],
      },
    });
    const late = await get(
      '/api/usage/clients?period=custom&from=2026-11-01&to=2026-11-30&limit=1',
    );
    expect(late).toMatchObject({
      total: 1210,
      clients: [{ client: 'android', value: 1020 }],
      other: { clients: 3, value: 190 },
    });
    await app.close();
  }, 300_000); // rollups, two zones and six views, on a shared 2-core machine

  test('refuses a gauge as a client metric and a PDF for one client', async ({ ctx }) => {
    const app = testApp(ctx);
    const h = await bearer(ctx, 'cl');
    for (const url of [
      '/api/usage/clients?metric=storage_mb',
      '/api/usage/clients?limit=51',
      '/api/usage/clients/hourly?period=3m',
      '/api/usage/export?format=pdf&client=web',
    ]) {
      const res = await app.inject({ url, headers: h });
      expect(res.statusCode, url).toBe(400);
    }
    await app.close();
  });
});
