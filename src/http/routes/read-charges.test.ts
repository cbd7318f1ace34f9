// Reads that compute are charged what they cost (SECURITY.md "Limits"): one user cannot keep the
// server's event loop busy with three-year comparisons, feature use in foreign zones or PDFs at the
// rate of cached reads. The clock stands still here, so the bucket (burst 120) never refills.
import { describe, expect } from 'vitest';
import { setUser } from '../../services/set-user.js';
import { appTest, bearer } from '../testing.js';

const test = appTest('2026-11-20T12:00:00Z');

const statuses = async (
  app: { inject: (o: object) => Promise<{ statusCode: number }> },
  headers: Record<string, string>,
  url: string,
  n: number,
) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await app.inject({ url, headers })).statusCode);
  return out;
};

describe('charges of computed reads', () => {
  test('three years of comparisons cost 27 reads each', async ({ ctx, app }) => {
    const url =
      '/api/usage/comparisons?period=custom&from=2023-11-21&to=2026-11-19&groupBy=day&metrics=sessions';
    expect(await statuses(app, await bearer(ctx, 'comparer'), url, 5)).toEqual([
      200, 200, 200, 200, 429,
    ]);
  });

  test('a month of comparisons costs 3', async ({ ctx, app }) => {
    const url = '/api/usage/comparisons?period=30d&groupBy=day&metrics=sessions';
    const codes = await statuses(app, await bearer(ctx, 'monthly'), url, 41);
    expect(codes.slice(0, 40).every((c) => c === 200)).toBe(true);
    expect(codes[40]).toBe(429);
  });

  test('feature use costs 3 in the user zone and 30 in another', async ({ ctx, app }) => {
    await setUser({ ctx, input: { userId: 'zoned', patch: { timeZone: 'Europe/Berlin' } } });
    const headers = await bearer(ctx, 'zoned');
    const own = await statuses(app, headers, '/api/usage/features?tz=europe/berlin', 30);
    expect(own.every((c) => c === 200)).toBe(true); // 90 of 120
    expect(await statuses(app, headers, '/api/usage/features?tz=Asia/Tokyo', 2)).toEqual([
      200, 429,
    ]);
  });

  test('a PDF export costs 20, a CSV export 1', async ({ ctx, app }) => {
    const headers = await bearer(ctx, 'printer');
    const pdf = '/api/usage/export?format=pdf&period=7d&groupBy=day';
    expect(await statuses(app, headers, pdf, 7)).toEqual([200, 200, 200, 200, 200, 200, 429]);
    expect(await statuses(app, headers, '/api/usage/export?format=csv&period=7d', 1)).toEqual([
      429,
    ]);
  });
});
