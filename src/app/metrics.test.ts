// /metrics through the running server: protected on the main port, open on its own port, and
// counting what the requests before the scrape did. Request ids reach the log and error bodies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../services/tokens.js';
import { createTestDatabaseUrl } from '../store/testing.js';
import { freePort, startServer, tokenConfig, type RunningServer } from './spawn-server.js';

const TOKEN = 'metrics-token-0123456789';

/** The value of one series in Prometheus text (labels exactly as printed), or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics and request ids on the running server', () => {
  let server: RunningServer;
  let metricsPort: number;
  let database: Awaited<ReturnType<typeof createTestDatabaseUrl>>;
  let log = '';
  beforeAll(async () => {
    database = await createTestDatabaseUrl();
    metricsPort = await freePort();
    server = await startServer({
      databaseUrl: database?.url,
      env: { METRICS_TOKEN: TOKEN, METRICS_PORT: String(metricsPort), LOG_LEVEL: 'info' },
      onOutput: (t) => (log += t),
    });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('counts events, requests and cache hits, behind the token or on its own port', async () => {
    const cfg = tokenConfig(server.secret);
    const ingest = await mintToken(cfg, 'svc', 'ingest', 3600, Date.now());
    const read = await mintToken(cfg, 'm-user', 'read', 3600, Date.now());
    const now = Date.now();
    const events = Array.from({ length: 10 }, (_, i) => ({
      id: `m-${i}`,
      userId: 'm-user',
      type: 'api.call',
      occurredAt: new Date(now - i * 60_000).toISOString(),
    }));
    const post = (body: unknown) =>
      fetch(`${server.url}/api/usage/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ingest}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ events })).status).toBe(200);
    expect((await post({ events })).status).toBe(200); // 10 duplicates
    const bad = [{ id: 'x', userId: 'm-user', type: 'api.call', occurredAt: 'yesterday' }];
    expect((await post({ events: [...bad, ...bad, ...bad] })).status).toBe(400);
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${server.url}/api/usage/history?period=7d`, {
        headers: { authorization: `Bearer ${read}` },
      });
      expect(res.status).toBe(200);
    }

    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, {
      headers: { authorization: 'Bearer not-the-token-at-all' },
    });
    expect(wrong.status).toBe(401);
    const res = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(sample(text, 'usage_insights_events_total{outcome="accepted"}')).toBe(10);
    expect(sample(text, 'usage_insights_events_total{outcome="duplicate"}')).toBe(10);
    expect(sample(text, 'usage_insights_events_total{outcome="rejected"}')).toBe(3);
    expect(
      sample(
        text,
        'http_request_duration_seconds_count{method="GET",route="/api/usage/history",status="200"}',
      ),
    ).toBe(3);
    expect(
      sample(
        text,
        'http_request_duration_seconds_count{method="POST",route="/api/usage/events",status="400"}',
      ),
    ).toBe(1);
    // Three identical reads of unchanged data: computed once, served twice from memory.
    expect(
      sample(text, 'usage_insights_cache_requests_total{cache="history",result="hit"}'),
    ).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'usage_insights_rollup_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/^# TYPE usage_insights_job_failures_total counter/m);
    expect(text).toMatch(/^# TYPE usage_insights_jobs gauge/m);
    expect(text).toMatch(/^# TYPE usage_insights_alert_deliveries gauge/m);
    expect(text).toMatch(/^process_resident_memory_bytes /m);
    if (database) expect(text).toMatch(/^usage_insights_db_pool_connections\{state="max"\} 20/m);

    // Its own port needs no token.
    const own = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(own.status).toBe(200);
    expect(await own.text()).toMatch(/^usage_insights_events_total\{outcome="accepted"\} 10/m);
  });

  it('puts the request id in the response, the error body and the log', async () => {
    const res = await fetch(`${server.url}/api/usage/history`, {
      headers: { 'x-request-id': 'lb-req-42' },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('x-request-id')).toBe('lb-req-42');
    expect(((await res.json()) as { error: { requestId: string } }).error.requestId).toBe(
      'lb-req-42',
    );
    const own = await fetch(`${server.url}/api/nope`);
    const id = own.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await own.json()) as { error: { requestId: string } }).error.requestId).toBe(id);
    await new Promise((r) => setTimeout(r, 200));
    expect(log).toContain('"reqId":"lb-req-42"');
  });
});
