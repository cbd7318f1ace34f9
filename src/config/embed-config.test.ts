import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const dir = () => mkdtempSync(join(tmpdir(), 'ui-config-'));

describe('EMBED_ALLOWED_ORIGINS', () => {
  it('is empty by default: nothing may embed the dashboard', () => {
    expect(loadConfig({ DATA_DIR: dir() }).embedAllowedOrigins).toEqual([]);
  });

  it('reads exact origins and names a bad one with the reason', () => {
    const env = {
      DATA_DIR: dir(),
      EMBED_ALLOWED_ORIGINS: 'https://app.example.com, http://localhost:5173',
    };
    expect(loadConfig(env).embedAllowedOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    expect(() =>
      loadConfig({ DATA_DIR: dir(), EMBED_ALLOWED_ORIGINS: 'https://app.example.com/usage' }),
    ).toThrow(/EMBED_ALLOWED_ORIGINS: https:\/\/app.example.com\/usage: must be an origin only/);
    expect(() => loadConfig({ DATA_DIR: dir(), EMBED_ALLOWED_ORIGINS: '*' })).toThrow(
      /EMBED_ALLOWED_ORIGINS: \*: wildcards/,
    );
  });
});
