// Times outside 1970-9999 in a query or a cursor are bad input (400 naming the field), never a 500.
import { describe, expect } from 'vitest';
import { appTest, bearer } from './testing.js';

const cursor = (at: string, id = 'e1') =>
  Buffer.from(JSON.stringify([at, id])).toString('base64url');

const test = appTest('2026-11-28T12:00:00Z');

describe('time bounds', () => {
  let reader: { authorization: string };
  test.beforeAll(async ({ ctx }) => {
    reader = await bearer(ctx, 'bounds-user');
  });

  test('answer 400 with the field for times before 1970 or after 9999', async ({ app }) => {
    const cases: [string, string][] = [
      [`/api/usage/events?cursor=${cursor('99999999999999999999')}`, 'cursor'],
      [`/api/usage/events?cursor=${cursor('-99999999999999999999')}`, 'cursor'],
      [`/api/usage/events?cursor=${cursor('253402300800000000')}`, 'cursor'],
      [`/api/usage/events?cursor=${cursor('-1')}`, 'cursor'],
      ['/api/usage/events?from=0001-01-01', 'from'],
      ['/api/usage/events?from=0001-01-01&to=0001-01-02', 'from'],
      ['/api/usage/events?from=0000-01-01&to=0000-01-02', 'from'],
      ['/api/usage/events?from=1969-12-31T23:00:00Z&to=1970-01-02', 'from'],
      ['/api/usage/events?from=9999-12-31&to=9999-12-31T23:59:59-12:00', 'to'],
      ['/api/usage/history?period=custom&from=0001-01-01&to=0001-01-02', 'from'],
      ['/api/usage/history?period=custom&from=1969-12-01&to=1970-01-02', 'from'],
      ['/api/usage/history?period=custom&from=9999-12-30&to=9999-12-31', 'to'],
      ['/api/usage/analytics?type=trends&period=custom&from=0001-01-01&to=0001-01-02', 'from'],
      ['/api/usage/export?period=custom&from=0001-01-01&to=0001-01-02&raw=true', 'from'],
    ];
    for (const [url, field] of cases) {
      const res = await app.inject({ url, headers: reader });
      expect(res.statusCode, url).toBe(400);
      const issues = res.json().error.issues as { field: string; reason: string }[];
      expect(
        issues.map((i) => i.field),
        url,
      ).toContain(field);
      expect(
        issues.every((i) => i.reason.length > 0),
        url,
      ).toBe(true);
    }
  });

  test('answer the first and last accepted days in every zone', async ({ app }) => {
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Etc/GMT+12']) {
      for (const url of [
        `/api/usage/history?period=custom&from=1970-01-01&to=1970-01-31&tz=${encodeURIComponent(tz)}`,
        `/api/usage/history?period=custom&from=9999-12-01&to=9999-12-30&tz=${encodeURIComponent(tz)}`,
        `/api/usage/history?period=custom&from=9999-12-30&to=9999-12-30&groupBy=hour&tz=${encodeURIComponent(tz)}`,
      ]) {
        const res = await app.inject({ url, headers: reader });
        expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
      }
    }
    for (const url of [
      '/api/usage/events?from=1970-01-01&to=1970-01-02',
      '/api/usage/events?from=9999-12-30&to=9999-12-31T23:59:59Z',
      `/api/usage/events?cursor=${cursor('0')}`,
      `/api/usage/events?from=9999-12-30&to=9999-12-31&cursor=${cursor('253402300799999999')}`,
    ]) {
      const res = await app.inject({ url, headers: reader });
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
    }
  });
});
