// Hostile and malformed input at every route: always a 4xx with a reason (or a 2xx for input that
// happens to be valid), never a 5xx, and nothing written by a refused request.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type { TestDb } from '../store/testing.js';
import { appTest, bearer } from './testing.js';

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    "'; DROP TABLE usage_events; --",
    '${7*7}',
    '{{7*7}}',
    '../../etc/passwd',
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    '9999999999999999999999',
    '2026-02-30',
    '0000-00-00',
    'Etc/GMT+99',
    'UTC+5:30',
    '\u0000',
    'x'.repeat(5000),
    '7d,30d',
    '',
  ),
);
const value = fc.oneof(
  hostile,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

const test = appTest('2026-11-28T12:00:00Z');

interface Schema {
  $ref?: string;
  properties?: Record<string, unknown>;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}
interface Operation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** The names of every query parameter in the OpenAPI document. */
function queryParams(doc: OpenApi): string[] {
  const names = Object.values(doc.paths).flatMap((ops) =>
    Object.values(ops).flatMap((op) =>
      (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    ),
  );
  return [...new Set(names)].sort();
}

/** The property names of every request body in the OpenAPI document. */
function bodyFields(doc: OpenApi): string[] {
  const names = new Set<string>();
  const visit = (s: Schema | undefined): void => {
    if (!s) return;
    if (s.$ref) return visit(doc.components?.schemas?.[s.$ref.split('/').at(-1)!]);
    for (const k of Object.keys(s.properties ?? {})) names.add(k);
    for (const x of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) visit(x);
  };
  for (const ops of Object.values(doc.paths))
    for (const op of Object.values(ops))
      for (const c of Object.values(op.requestBody?.content ?? {})) visit(c.schema);
  return [...names].sort();
}

describe('fuzzing every route', () => {
  const counts = async (t: TestDb) =>
    (
      await t.db.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM usage_events) || '/' || (SELECT count(*) FROM users) || '/' || (SELECT count(*) FROM user_plan_history) || '/' || (SELECT count(*) FROM api_keys) AS n`,
      )
    )[0]!.n;

  test.beforeAll(async ({ app }) => {
    await app.ready();
  });

  test('query strings of every GET route', async ({ ctx, app }) => {
    const routes = app.routeTable.filter((r) => r.method === 'GET' && r.url.startsWith('/api/'));
    // Every query parameter any route declares, and a few a route should ignore.
    const params = queryParams((await app.inject({ url: '/api/openapi.json' })).json());
    expect(params).toContain('client');
    const keys = fc.constantFrom(...params, 'userId', '__proto__', 'constructor');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.dictionary(keys, hostile, { maxKeys: 5 }),
        async (route, query) => {
          const headers = await bearer(
            ctx,
            route.scope === 'ingest' ? 'svc' : 'fuzz-user',
            route.scope === 'ingest' ? 'ingest' : 'read',
          );
          const qs = new URLSearchParams(query).toString();
          const res = await app.inject({
            url: `${route.url.replace(/:[A-Za-z]+/g, 'x')}?${qs}`,
            headers,
          });
          expect(res.statusCode, `${route.url}?${qs}`).toBeLessThan(500);
          if (res.statusCode >= 400) expect(res.json().error.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('every body field of every route, with text PostgreSQL cannot store or a client should not send', async ({
    t,
    ctx,
    app,
  }) => {
    const routes = app.routeTable.filter((r) => r.method !== 'GET' && r.url.startsWith('/api/'));
    const fields = bodyFields((await app.inject({ url: '/api/openapi.json' })).json());
    for (const route of routes) {
      const headers = await bearer(ctx, 'svc', route.scope === 'read' ? 'read' : 'ingest');
      for (const field of fields) {
        for (const text of ['a\u0000b', '\ud800', 'x'.repeat(5000)]) {
          const before = await counts(t);
          const res = await app.inject({
            method: route.method as 'POST',
            url: route.url.replace(/:[A-Za-z]+/g, 'fuzz-target'),
            headers,
            payload: { [field]: text },
          });
          expect(res.statusCode, `${route.method} ${route.url} ${field}`).toBeLessThan(500);
          if (res.statusCode >= 400) expect(await counts(t)).toBe(before);
        }
      }
    }
  });

  test('bodies of every POST, PUT and DELETE route, writing nothing when refused', async ({
    t,
    ctx,
    app,
  }) => {
    const routes = app.routeTable.filter((r) => r.method !== 'GET' && r.url.startsWith('/api/'));
    // Every field any request body declares, so a new field is fuzzed the day it is added.
    const fields = bodyFields((await app.inject({ url: '/api/openapi.json' })).json());
    expect(fields).toContain('name');
    const event = fc.record(
      {
        id: value,
        userId: value,
        type: fc.oneof(value, fc.constant('api.call')),
        occurredAt: fc.oneof(value, fc.constant('2026-11-28T11:00:00Z')),
        value,
        clientId: value,
        plan: value,
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.record(
        { events: fc.oneof(fc.array(event, { maxLength: 4 }), value) },
        { requiredKeys: [] },
      ),
      fc.dictionary(fc.constantFrom(...fields, 'role', 'userId'), value, { maxKeys: 4 }),
      value,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async (route, payload) => {
        const headers = await bearer(ctx, 'svc', route.scope === 'read' ? 'read' : 'ingest');
        const before = await counts(t);
        const res = await app.inject({
          method: route.method as 'POST',
          url: route.url.replace(/:[A-Za-z]+/g, 'fuzz-target'),
          headers,
          payload: payload as object,
        });
        expect(res.statusCode, JSON.stringify(payload)?.slice(0, 300)).toBeLessThan(500);
        if (res.statusCode >= 400) {
          expect(res.json().error.message.length).toBeGreaterThan(0);
          expect(await counts(t)).toBe(before);
        }
      }),
      { numRuns: 200 },
    );
  });
});
