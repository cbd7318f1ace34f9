import type { Command } from 'commander';
import { demoLink, demoMode, demoRefusal } from '../../app/demo-mode.js';
import { serve } from '../../app/serve.js';
import { superviseWorkers } from '../../app/cluster.js';
import type { ServiceContext } from '../../services/context.js';
import { seedDemo } from '../../services/seed-demo.js';
import { runPendingRollups } from '../../services/rebuild-rollups.js';
import { config } from '../context.js';
import { progressBar } from '../progress.js';

async function run(command: 'start' | 'serve') {
  const cfg = config();
  const t0 = Date.now();
  const demo = demoMode(cfg, command);
  if (command === 'start' && !demo) console.error(`Demo mode is off: ${demoRefusal(cfg)}.`);
  let topUp: ((ctx: ServiceContext) => Promise<unknown>) | undefined;
  const running = await serve(cfg, {
    demo,
    beforeListen: async (ctx) => {
      if (!demo) return;
      const [{ n }] = (await ctx.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM users',
      )) as [{ n: number }];
      if (n > 0) {
        // Keep the demo current: the hours since the last start arrive once the server listens,
        // as live traffic would (same ids, so nothing twice); a later start does not wait for them.
        topUp = (ctx) =>
          seedDemo({ ctx, input: {} }).then(
            (r) => r.accepted && console.error(`Demo topped up with ${r.accepted} new events.`),
            (err) => console.error('Topping up the demo failed:', err),
          );
        return;
      }
      console.error(
        'First start: creating 60 demo users and 13 months of usage (a minute or two)...',
      );
      const bar = progressBar('demo users');
      // Thirteen months arriving at once are not news: the alert sweep after start checks them.
      await seedDemo({
        ctx: { ...ctx, changes: undefined },
        input: { onProgress: (d, total) => bar.update(d, total) },
      });
      bar.stop();
      const rollups = progressBar('rollups');
      await runPendingRollups({
        ctx,
        input: { retentionDays: cfg.retentionDays, onProgress: (d, t) => rollups.update(d, t) },
      });
      rollups.stop();
    },
  });
  const background: { topUp?: Promise<unknown> } = {};
  const stop = (signal: string) => {
    console.error(`${signal}: finishing in-flight requests and stopping...`);
    // A top-up still running commits its batch first; the database closes after it.
    Promise.resolve(background.topUp)
      .then(() => running.stop())
      .then(
        () => process.exit(0),
        (err) => {
          console.error(err);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  console.log(
    `Usage Insights is ready in ${((Date.now() - t0) / 1000).toFixed(1)} s at ${running.url}`,
  );
  if (running.demo) {
    // Short-lived: the link only has to survive the click; the demo signs in again by itself.
    const link = await demoLink(cfg, running.url, Date.now());
    console.log(`Open the dashboard as demo user demo-01 (link valid 15 minutes):\n  ${link}`);
  }
  // After the link: the embedded database runs on this thread, so the top-up would delay it.
  background.topUp = topUp?.(running.ctx);
}

/** `serve` runs the service; `start` also seeds the demo on an empty database and prints a sign-in link. */
export function registerServe(program: Command) {
  program
    .command('serve')
    .description('run the HTTP API, dashboard and job worker')
    .option(
      '--workers <n>',
      'server processes on this port (node:cluster; needs DATABASE_URL when more than 1)',
      '1',
    )
    .action((opts: { workers: string }) => {
      const n = Number(opts.workers);
      if (!Number.isInteger(n) || n < 1 || n > 64)
        throw new Error('--workers must be a whole number from 1 to 64');
      // The embedded database belongs to one process; several need a PostgreSQL server.
      if (n > 1 && !config().databaseUrl)
        throw new Error(
          '--workers above 1 needs DATABASE_URL (the embedded database has one owner)',
        );
      if (n > 1 && superviseWorkers(n)) return;
      return run('serve');
    });
  program
    .command('start')
    .description(
      'serve with demo data on the embedded database: seeds the demo users on first start and prints a link to open (no demo with DATABASE_URL)',
    )
    .action(() => run('start'));
}
