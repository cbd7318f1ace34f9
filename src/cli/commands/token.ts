import type { Command } from 'commander';
import { userIdSchema } from '../../domain/events.js';
import { mintToken } from '../../services/tokens.js';
import { config } from '../context.js';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

function ttlSeconds(ttl: string): number {
  const m = /^(\d+)([smhd])$/.exec(ttl);
  if (!m) throw new Error(`--ttl must look like 30m, 24h or 7d, not "${ttl}"`);
  return Number(m[1]) * UNITS[m[2]!]!;
}

/** `token` prints a read token for a user, or a service token with --scope ingest; nothing else. */
export function registerToken(program: Command) {
  program
    .command('token')
    .description(
      'print a signed token: a read token for --user, or a service token with --scope ingest',
    )
    .option('--user <id>', 'the user the read token is for')
    .option('--scope <scope>', 'read or ingest', 'read')
    .option('--ttl <ttl>', 'lifetime, e.g. 1h, 24h, 30d', '24h')
    .action(async (opts: { user?: string; scope: string; ttl: string }) => {
      const cfg = config();
      if (opts.scope !== 'read' && opts.scope !== 'ingest')
        throw new Error('--scope must be read or ingest');
      if (opts.scope === 'read' && !opts.user) throw new Error('a read token needs --user <id>');
      const sub = opts.scope === 'ingest' ? 'service' : userIdSchema.parse(opts.user);
      const tokenCfg = { secret: cfg.jwtSecret, issuer: cfg.issuer, audience: cfg.audience };
      process.stdout.write(
        (await mintToken(tokenCfg, sub, opts.scope, ttlSeconds(opts.ttl), Date.now())) + '\n',
      );
    });
}
