import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const dir = () => mkdtempSync(join(tmpdir(), 'ui-config-'));

describe('loadConfig', () => {
  it('applies defaults and keeps one generated secret in DATA_DIR', () => {
    const d = dir();
    const a = loadConfig({ DATA_DIR: d });
    const b = loadConfig({ DATA_DIR: d });
    expect(a.port).toBe(8080);
    expect(a.retentionDays).toBe(400);
    expect(a.historyCacheEntries).toBe(5000);
    expect(a.jwtSecret).toHaveLength(64);
    expect(b.jwtSecret).toBe(a.jwtSecret);
  });

  it('names every bad variable with a reason', () => {
    expect(() =>
      loadConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
        HISTORY_CACHE_ENTRIES: '-1',
        DATA_DIR: dir(),
      }),
    ).toThrow(
      /PORT: .*\n.*DATABASE_URL: must be a postgres.*\n.*LOG_LEVEL.*\n.*HISTORY_CACHE_ENTRIES/s,
    );
  });

  it('keeps hourly rollup rows for good, or at least as long as raw events', () => {
    expect(loadConfig({ DATA_DIR: dir() }).hourlyRetentionDays).toBe(0);
    const c = loadConfig({ DATA_DIR: dir(), HOURLY_RETENTION_DAYS: '730' });
    expect(c.hourlyRetentionDays).toBe(730);
    expect(() => loadConfig({ DATA_DIR: dir(), HOURLY_RETENTION_DAYS: '100' })).toThrow(
      /HOURLY_RETENTION_DAYS: must be 0 \(kept for good\) or at least RETENTION_DAYS \(400\)/,
    );
    expect(() => loadConfig({ DATA_DIR: dir(), HOURLY_RETENTION_DAYS: '-1' })).toThrow(
      /HOURLY_RETENTION_DAYS/,
    );
  });

  it('requires a secret with a PostgreSQL server', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/x', DATA_DIR: dir() })).toThrow(
      /AUTH_JWT_SECRET/,
    );
  });

  it('requires an https: JWKS URL, except on a loopback address', () => {
    for (const bad of ['http://idp.example.com/jwks.json', 'http://10.0.0.5/jwks', 'ftp://x/y']) {
      expect(() => loadConfig({ AUTH_JWKS_URL: bad, DATA_DIR: dir() }), bad).toThrow(
        /AUTH_JWKS_URL: must be an https: URL/,
      );
    }
    for (const good of [
      'https://idp.example.com/.well-known/jwks.json',
      'http://127.0.0.1:9000/jwks.json',
      'http://localhost:9000/jwks.json',
    ]) {
      expect(loadConfig({ AUTH_JWKS_URL: good, DATA_DIR: dir() }).jwksUrl).toBe(good);
    }
  });

  it('reads the ingestion stream: NATS URLs and a stream name, or none', () => {
    expect(loadConfig({ DATA_DIR: dir() }).ingestStream).toBeUndefined();
    expect(
      loadConfig({ DATA_DIR: dir(), INGEST_STREAM_URL: 'nats://a:4222,tls://b:4222' }).ingestStream,
    ).toEqual({ url: 'nats://a:4222,tls://b:4222', name: 'usage-insights-events' });
    expect(() =>
      loadConfig({ DATA_DIR: dir(), INGEST_STREAM_URL: 'http://a', INGEST_STREAM_NAME: 'a.b' }),
    ).toThrow(
      /INGEST_STREAM_URL: must be nats:\/\/ or tls:\/\/ URLs.*\n.*INGEST_STREAM_NAME: must be/s,
    );
  });

  it('reads TRUST_PROXY as off, on, or a list of proxy addresses', () => {
    expect(loadConfig({ DATA_DIR: dir() }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dir(), TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(
      loadConfig({ DATA_DIR: dir(), TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy,
    ).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => loadConfig({ DATA_DIR: dir(), TRUST_PROXY: 'proxy.example' })).toThrow(
      /TRUST_PROXY: must be true, false, or addresses/,
    );
    expect(loadConfig({ DATA_DIR: dir() }).anonymousLimit).toEqual({ perMinute: 60, burst: 30 });
  });
});
