// `usage-insights stats [--month YYYY-MM]`: the story's success metrics with their targets,
// through the running server when there is one (the embedded database has one owner).
import type { Command } from 'commander';
import type { SuccessMetricsResponse } from '../../contracts/admin.js';
import { getSuccessMetrics } from '../../services/success-metrics.js';
import { config, runningServer, withLocalDb } from '../context.js';
import { callServer } from '../remote.js';

const UNITS: Record<string, string> = {
  percent: '%',
  minutes: ' min',
  ms: ' ms',
  seconds: ' s',
  users: ' users',
};

/** The metrics as table rows: value and target with units, and whether the target is met. */
export function statsRows(r: SuccessMetricsResponse) {
  return r.metrics.map((m) => ({
    metric: m.label,
    value: m.value === null ? 'no data' : `${m.value}${UNITS[m.unit]}`,
    target: `${m.direction === 'min' ? '>=' : '<='} ${m.target}${UNITS[m.unit]}`,
    met: m.met === null ? '-' : m.met ? 'yes' : 'NO',
    basis: m.basis,
  }));
}

/** Registers `stats`. */
export function registerStats(program: Command) {
  program
    .command('stats')
    .description("the story's success metrics for a month, each with its target")
    .option('--month <YYYY-MM>', 'the UTC month (default: this one, to date)')
    .option('--json', 'print JSON')
    .action(async (opts: { month?: string; json?: boolean }) => {
      if (opts.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(opts.month))
        throw new Error('--month must be YYYY-MM');
      const cfg = config();
      const owner = runningServer(cfg);
      const q = opts.month ? `?month=${opts.month}` : '';
      const r: SuccessMetricsResponse = owner
        ? await callServer(cfg, owner.port!, 'GET', `/api/admin/metrics${q}`)
        : await withLocalDb(cfg, (ctx) =>
            getSuccessMetrics({ ctx, input: { month: opts.month, trendMonths: 1 } }),
          );
      if (opts.json) return console.log(JSON.stringify(r, null, 2));
      console.log(`Success metrics for ${r.month} (UTC)`);
      console.table(statsRows(r));
    });
}
