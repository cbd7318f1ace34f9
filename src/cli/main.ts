// The usage-insights command line.
import { Command } from 'commander';
import { DataLockedError } from '../app/data-lock.js';

type Register = (program: Command) => void;

// Each command's module loads what it runs (the server, the database, the PDF renderer), and
// that takes seconds: a command loads only its own module, so `analyze` or `token` start in a
// fraction of the time `serve` needs. Help and unknown commands load them all, in this order.
const MODULES: [names: string[], load: () => Promise<Register>][] = [
  [['serve', 'start'], async () => (await import('./commands/serve.js')).registerServe],
  [['migrate', 'seed', 'users'], async () => (await import('./commands/data.js')).registerData],
  [['rollup'], async () => (await import('./commands/rollup.js')).registerRollup],
  [['token'], async () => (await import('./commands/token.js')).registerToken],
  [['analyze'], async () => (await import('./commands/analyze.js')).registerAnalyze],
  [['reports'], async () => (await import('./commands/reports.js')).registerReports],
  [['stats'], async () => (await import('./commands/stats.js')).registerStats],
];

const program = new Command('usage-insights')
  .description('Usage history, analytics and forecasts for a subscription platform')
  .showHelpAfterError();
const named = MODULES.find(([names]) => names.includes(process.argv[2] ?? ''));
for (const [, load] of named ? [named] : MODULES) (await load())(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(err instanceof DataLockedError ? err.message : `error: ${(err as Error).message}`);
  process.exit(1);
}
