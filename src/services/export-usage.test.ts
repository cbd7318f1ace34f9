import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { describe, expect } from 'vitest';
import { appTest, bearer } from '../http/testing.js';
import { ingestEvents } from './ingest-events.js';

const HOSTILE = [
  '=HYPERLINK("http://evil","x")',
  '+1+2',
  '-3+4',
  '@SUM(A1)',
  '\tcmd',
  '\rx',
  'a "quoted", text\nwith a newline',
  'plain',
];

const test = appTest('2026-11-28T12:00:00Z');

describe('exports', () => {
  test.beforeAll(async ({ ctx }) => {
    const events = HOSTILE.map((clientId, i) => ({
      id: `evt-${i}`,
      userId: 'exp',
      type: 'audio.processed',
      occurredAt: `2026-11-2${i % 8}T10:00:00Z`,
      value: 1.5 + i,
      clientId: clientId.replace(/[\t\r\n]/g, ' '),
    }));
    await ingestEvents({ ctx, input: { body: { events } } });
    // Ids are free text too: the hostile ones, with control characters removed as ingestion demands.
    await ingestEvents({
      ctx,
      input: {
        body: {
          events: [
            {
              id: '=cmd|calc',
              userId: 'exp',
              type: 'api.call',
              occurredAt: '2026-11-27T10:00:00Z',
            },
          ],
        },
      },
    });
  });

  test('raw CSV parses back to the same values and runs nothing in a spreadsheet', async ({
    ctx,
    app,
  }) => {
    const res = await app.inject({
      url: '/api/usage/export?format=csv&raw=true&period=30d',
      headers: await bearer(ctx, 'exp'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="usage-exp-2026-10-30_2026-11-28-events\.csv"$/,
    );
    const rows = parse(res.body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const r of rows) {
      expect(r.occurred_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+@\t\r]/);
    }
    const clients = rows.map((r) => r.client_id ?? '').filter(Boolean);
    for (const c of clients)
      expect(HOSTILE.map((h) => h.replace(/[\t\r\n]/g, ' '))).toContain(
        c.replace(/^'(?=[=+\-@\t\r])/, ''),
      );
    expect(rows.find((r) => r.type === 'api.call')!.event_id).toBe("'=cmd|calc");
    expect(rows.find((r) => r.event_id === 'evt-1')!.value).toBe('2.5');
  });

  test('history CSV has a header, one column per metric, numbers as numbers; JSON has the same data', async ({
    ctx,
    app,
  }) => {
    const h = await bearer(ctx, 'exp');
    const csv = await app.inject({
      url: '/api/usage/export?format=csv&period=7d&metrics=audio_minutes,api_calls',
      headers: h,
    });
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['start', 'end', 'audio_minutes', 'api_calls']);
    expect(rows).toHaveLength(7);
    const json = await app.inject({
      url: '/api/usage/export?format=json&period=7d&metrics=audio_minutes,api_calls',
      headers: h,
    });
    const data = json.json();
    expect(data.buckets.map((b: { audio_minutes: number }) => String(b.audio_minutes))).toEqual(
      rows.map((r) => r.audio_minutes),
    );
  });

  test('lists raw events with a cursor, never repeating or skipping one', async ({ ctx, app }) => {
    const h = await bearer(ctx, 'exp');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { json(): unknown } = await app.inject({
        url: `/api/usage/events?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        headers: h,
      });
      const page = res.json() as { events: { id: string }[]; nextCursor: string | null };
      seen.push(...page.events.map((e: { id: string }) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(HOSTILE.length + 1);
    expect(new Set(seen).size).toBe(seen.length);
    expect(
      (await app.inject({ url: '/api/usage/events?cursor=bogus', headers: h })).statusCode,
    ).toBe(400);
  });
});

describe('PDF export', () => {
  test('is a PDF named for the user and range, that poppler can read', async ({ ctx, app }) => {
    await ingestEvents({
      ctx,
      input: {
        body: {
          events: [
            {
              id: 'p1',
              userId: 'pdf-user',
              type: 'session.created',
              occurredAt: '2026-11-02T10:00:00Z',
            },
          ],
        },
      },
    });
    const res = await app.inject({
      url: '/api/usage/export?format=pdf&period=last_month',
      headers: await bearer(ctx, 'pdf-user'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="usage-pdf-user-2026-10-01_2026-10-31-report.pdf"',
    );
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // CI installs poppler-utils; a developer machine without it still checks the header above.
    const text = spawnSync('pdftotext', ['-', '-'], { input: res.rawPayload });
    if (!text.error) {
      expect(text.status).toBe(0);
      expect(text.stdout.toString()).toContain('Usage report: October 2026');
      // Numbered pages, the last one saying it is the last.
      const pages = /Page (\d+) of (\d+)/g;
      const numbers = [...text.stdout.toString().matchAll(pages)].map((m) => [m[1], m[2]]);
      expect(numbers.length).toBeGreaterThanOrEqual(2);
      expect(numbers.at(-1)![0]).toBe(numbers.at(-1)![1]);
    }
    const bad = await app.inject({
      url: '/api/usage/export?format=pdf&raw=true',
      headers: await bearer(ctx, 'pdf-user'),
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('raw event paging', () => {
  test('never repeats events whose stored times differ below the millisecond', async ({
    t,
    ctx,
    app,
  }) => {
    // Bulk loads can store microseconds, which a JavaScript Date cannot hold.
    await t.db.query(
      `INSERT INTO usage_events (user_id, event_id, event_type, occurred_at, value)
       SELECT 'micro', 'm' || i, 'api.call', timestamptz '2026-11-27 10:00:00.123' + make_interval(secs => i / 1000000.0), 1
       FROM generate_series(1, 7) AS i`,
    );
    const h = await bearer(ctx, 'micro');
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const res = await app.inject({
        url: `/api/usage/events?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        headers: h,
      });
      const page = res.json() as { events: { id: string }[]; nextCursor: string | null };
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(seen.sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
    const csv = await app.inject({
      url: '/api/usage/export?format=csv&raw=true&period=7d',
      headers: h,
    });
    expect(parse(csv.body, { columns: true })).toHaveLength(7);
  });
});
