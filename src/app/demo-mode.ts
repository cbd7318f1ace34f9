// Demo mode is explicit: only `start` on the embedded database seeds demo users, serves the demo
// sign-in and prints a sign-in link. `serve`, and any PostgreSQL server, never do.
import type { Config } from '../config/config.js';
import { mintToken } from '../services/tokens.js';

/** How long the printed sign-in link works: enough to click it; the demo signs in again by itself. */
export const DEMO_LINK_TTL_SECONDS = 15 * 60;

/** True only for `start` on the embedded database with a local signing secret. */
export function demoMode(config: Config, command: 'start' | 'serve'): boolean {
  return command === 'start' && !config.databaseUrl && !config.jwksUrl && !!config.jwtSecret;
}

/** Why `start` runs without the demo on this configuration, or null when the demo is on. */
export function demoRefusal(config: Config): string | null {
  if (config.databaseUrl)
    return 'DATABASE_URL is set: no demo data is seeded and no demo sign-in is offered';
  if (config.jwksUrl || !config.jwtSecret)
    return 'tokens come from AUTH_JWKS_URL: the demo cannot sign anyone in';
  return null;
}

/** A sign-in link for demo-01 at baseUrl, valid DEMO_LINK_TTL_SECONDS from now. */
export async function demoLink(config: Config, baseUrl: string, now: number): Promise<string> {
  const token = await mintToken(
    { secret: config.jwtSecret, issuer: config.issuer, audience: config.audience },
    'demo-01',
    'read',
    DEMO_LINK_TTL_SECONDS,
    now,
  );
  return `${baseUrl}/?token=${token}`;
}
