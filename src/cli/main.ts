// The usage-insights command line.
import { Command } from 'commander';
import { DataLockedError } from '../app/data-lock.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerData } from './commands/data.js';
import { registerReports } from './commands/reports.js';
import { registerRollup } from './commands/rollup.js';
import { registerServe } from './commands/serve.js';
import { registerToken } from './commands/token.js';
import { registerStats } from './commands/stats.js';

const program = new Command('usage-insights')
  .description('Usage history, analytics and forecasts for a subscription platform')
  .showHelpAfterError();
registerServe(program);
registerData(program);
registerRollup(program);
registerToken(program);
registerAnalyze(program);
registerReports(program);
registerStats(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(err instanceof DataLockedError ? err.message : `error: ${(err as Error).message}`);
  process.exit(1);
}
