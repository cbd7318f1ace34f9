// Demo mode only where it was meant: `start` on the embedded database; a short-lived link.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { DEMO_LINK_TTL_SECONDS, demoLink, demoMode } from './demo-mode.js';

const dir = () => mkdtempSync(join(tmpdir(), 'ui-demo-'));
const SECRET = 'demo-mode-secret-demo-mode-secret-0123';

describe('demo mode', () => {
  it('is on only for start on the embedded database', () => {
    const embedded = loadConfig({ DATA_DIR: dir() });
    expect(demoMode(embedded, 'start')).toBe(true);
    expect(demoMode(embedded, 'serve')).toBe(false);
    const server = loadConfig({
      DATA_DIR: dir(),
      DATABASE_URL: 'postgres://db.example/usage',
      AUTH_JWT_SECRET: SECRET,
    });
    expect(demoMode(server, 'start')).toBe(false);
    expect(demoMode(server, 'serve')).toBe(false);
    const jwks = loadConfig({ DATA_DIR: dir(), AUTH_JWKS_URL: 'https://idp.example/jwks.json' });
    expect(demoMode(jwks, 'start')).toBe(false);
  });

  it('prints a link for demo-01 that works for 15 minutes, not days', async () => {
    const cfg = loadConfig({ DATA_DIR: dir(), AUTH_JWT_SECRET: SECRET });
    const now = Date.parse('2026-11-29T10:00:00Z');
    const link = await demoLink(cfg, 'http://localhost:8080', now);
    const token = new URL(link).searchParams.get('token')!;
    const claims = decodeJwt(token);
    expect(claims.sub).toBe('demo-01');
    expect(claims.scope).toBe('read');
    expect(claims.exp! - claims.iat!).toBe(DEMO_LINK_TTL_SECONDS);
    expect(DEMO_LINK_TTL_SECONDS).toBeLessThanOrEqual(15 * 60);
  });

  it('is refused by `start` on a PostgreSQL server before anything is seeded or minted', () => {
    const bin = join(import.meta.dirname, '../../bin/usage-insights.js');
    // An unreachable server: the command must decide about the demo before it connects.
    const r = spawnSync(process.execPath, [bin, 'start'], {
      env: {
        ...process.env,
        DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
        AUTH_JWT_SECRET: SECRET,
        DATA_DIR: dir(),
        PORT: '18999',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.stderr).toContain('Demo mode is off: DATABASE_URL is set');
    expect(r.stdout + r.stderr).not.toContain('token=');
  });
});
