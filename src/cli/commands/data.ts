import type { Command } from 'commander';
import { listUsers } from '../../services/list-users.js';
import { runPendingRollups } from '../../services/rebuild-rollups.js';
import { seedDemo } from '../../services/seed-demo.js';
import type { UserSummary } from '../../store/queries/list-users.js';
import { config, refuseWhileServing, runningServer, withLocalDb } from '../context.js';
import { progressBar } from '../progress.js';
import { callServer } from '../remote.js';

/** `migrate`, `seed` and `users`. */
export function registerData(program: Command) {
  program
    .command('migrate')
    .description('apply database migrations (the server also applies them on start)')
    .action(async () => {
      const cfg = config();
      refuseWhileServing(cfg, 'migrate');
      await withLocalDb(cfg, async () => console.log('migrations are up to date'));
    });
  program
    .command('seed')
    .description('create the demo users and their usage history (idempotent)')
    .option(
      '--users <n>',
      'number of demo users (the first 25 detailed, the rest light cohort members)',
      '60',
    )
    .option('--months <n>', 'months of history', '13')
    .action(async (opts: { users: string; months: string }) => {
      const cfg = config();
      refuseWhileServing(cfg, 'seed');
      await withLocalDb(cfg, async (ctx) => {
        const bar = progressBar('demo users');
        const r = await seedDemo({
          ctx,
          input: {
            users: Number(opts.users),
            months: Number(opts.months),
            onProgress: (d, t) => bar.update(d, t),
          },
        });
        bar.stop();
        await runPendingRollups({ ctx, input: { retentionDays: cfg.retentionDays } });
        console.log(
          `seeded ${r.users} users: ${r.accepted} events accepted, ${r.duplicates} already there`,
        );
      });
    });
  program
    .command('users')
    .description('list users with plan, zone and activity')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const cfg = config();
      const owner = runningServer(cfg);
      const users = owner
        ? (await callServer<{ users: UserSummary[] }>(cfg, owner.port!, 'GET', '/api/users')).users
        : await withLocalDb(cfg, (ctx) => listUsers({ ctx, input: {} }));
      if (opts.json) return console.log(JSON.stringify(users, null, 2));
      console.table(
        users.map((u) => ({
          id: u.id,
          plan: u.plan,
          zone: u.timeZone,
          events: u.events,
          last: u.lastEventAt,
        })),
      );
    });
}
