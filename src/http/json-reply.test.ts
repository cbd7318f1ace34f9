import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tagMatches } from './json-reply.js';
import { appTest, bearer } from './testing.js';

describe('tagMatches', () => {
  it('compares weakly against each listed tag and honours *', () => {
    expect(tagMatches('"abc"', '"abc"')).toBe(true);
    expect(tagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(tagMatches('"x", W/"abc" ', '"abc"')).toBe(true);
    expect(tagMatches('*', '"abc"')).toBe(true);
    expect(tagMatches('"abcd"', '"abc"')).toBe(false);
    expect(tagMatches('abc', '"abc"')).toBe(false);
    expect(tagMatches(undefined, '"abc"')).toBe(false);
  });
});

// One app over one database for the file; ingest and history are the two requests these tests make.
const test = appTest('2026-11-28T12:00:00Z')
  .extend(
    'ingest',
    async ({ app, ctx }) =>
      async (id: string) =>
        app.inject({
          method: 'POST',
          url: '/api/usage/events',
          headers: await bearer(ctx, 'service', 'ingest'),
          payload: {
            events: [
              { id, userId: 'etag-user', type: 'api.call', occurredAt: '2026-11-28T10:00:00Z' },
            ],
          },
        }),
  )
  .extend(
    'history',
    async ({ app, ctx }) =>
      async (etag?: string, encoding?: string) =>
        app.inject({
          url: '/api/usage/history?period=7d&metrics=api_calls',
          headers: {
            ...(await bearer(ctx, 'etag-user')),
            ...(etag ? { 'if-none-match': etag } : {}),
            ...(encoding ? { 'accept-encoding': encoding } : {}),
          },
        }),
  );

describe('conditional history requests', () => {
  test('answers 304 while the data is unchanged and 200 with a new tag once an event lands', async ({
    ingest,
    history,
  }) => {
    expect((await ingest('a')).statusCode).toBe(200);
    const first = await history();
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await history(etag);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);

    expect((await ingest('b')).statusCode).toBe(200);
    const changed = await history(etag);
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.json().totals).toEqual({ api_calls: 2 });
  });

  test('never answers 304 to a different user holding the first user’s tag', async ({
    app,
    ctx,
    history,
  }) => {
    const mine = await history();
    const other = await app.inject({
      url: '/api/usage/history?period=7d&metrics=api_calls',
      headers: {
        ...(await bearer(ctx, 'someone-else')),
        'if-none-match': String(mine.headers.etag),
      },
    });
    expect(other.statusCode).toBe(200);
    expect(other.json().totals).toEqual({ api_calls: 0 });
  });

  test('sends gzip to a client that accepts it, with its own tag that also revalidates', async ({
    history,
  }) => {
    const plain = await history();
    const zipped = await history(undefined, 'br, gzip;q=0.8');
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    const tag = String(zipped.headers.etag);
    expect(tag).toBe(String(plain.headers.etag).slice(0, -1) + '-gzip"');
    expect((await history(tag, 'gzip')).statusCode).toBe(304);
    expect((await history(String(plain.headers.etag), 'gzip')).statusCode).toBe(304);
    const refused = await history(undefined, 'gzip;q=0');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });
});
