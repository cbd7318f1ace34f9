import type { Command } from 'commander';
import {
  pendingRollups,
  requestRebuild,
  runPendingRollups,
} from '../../services/rebuild-rollups.js';
import { config, runningServer, withLocalDb } from '../context.js';
import { progressBar } from '../progress.js';
import { callServer } from '../remote.js';

const instant = (s: string | undefined, flag: string) => {
  if (s === undefined) return undefined;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(s) ? s + 'T00:00:00Z' : s);
  if (Number.isNaN(t)) throw new Error(`${flag} must be a date (YYYY-MM-DD) or an ISO time`);
  return t;
};

/** `rollup` runs pending rollups now; with --rebuild it recomputes everything (or --from/--to). */
export function registerRollup(program: Command) {
  program
    .command('rollup')
    .description('run pending rollups now; --rebuild recomputes every rollup from raw events')
    .option('--rebuild', 'recompute all rollups backed by raw events')
    .option('--from <date>', 'only from this date (UTC)')
    .option('--to <date>', 'only before this date (UTC)')
    .action(async (opts: { rebuild?: boolean; from?: string; to?: string }) => {
      const cfg = config();
      const from = instant(opts.from, '--from');
      const to = instant(opts.to, '--to');
      const bar = progressBar('rollups');
      const owner = runningServer(cfg);
      if (owner) {
        // The server owns the database: ask it to rebuild and follow its progress.
        const body = {
          from: from && new Date(from).toISOString(),
          to: to && new Date(to).toISOString(),
        };
        const total = opts.rebuild
          ? (
              await callServer<{ users: number }>(
                cfg,
                owner.port!,
                'POST',
                '/api/admin/rollups/rebuild',
                body,
              )
            ).users
          : (await callServer<{ users: number }>(cfg, owner.port!, 'GET', '/api/admin/rollups'))
              .users;
        for (;;) {
          const left = (
            await callServer<{ users: number }>(cfg, owner.port!, 'GET', '/api/admin/rollups')
          ).users;
          bar.update(Math.max(0, total - left), total);
          if (left === 0) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        bar.stop();
        return console.log('rollups are up to date (done by the running server)');
      }
      await withLocalDb(cfg, async (ctx) => {
        if (opts.rebuild) await requestRebuild({ ctx, input: { from, to } });
        const n = await runPendingRollups({
          ctx,
          input: { retentionDays: cfg.retentionDays, onProgress: (d, t) => bar.update(d, t) },
        });
        bar.stop();
        const left = await pendingRollups({ ctx, input: {} });
        console.log(`rolled up ${n} user(s); ${left.users} pending`);
      });
    });
}
