// What the open tail of one read costs the database for a busy UTC user with one stale hour today
// (hour 06 UTC): the whole UTC day from raw events (stale markers per day, before migration 010)
// against the stale hour from raw events plus the day's hourly rows (per hour), alternately.
//
//   npx tsx bench/tail-cost.ts [--database-url URL] [--hour 6]
import { cliOptions, numberOption } from './lib/args.js';
import { DEFAULT_HISTORY_URL, openServer } from './lib/bench-db.js';
import { tailDays } from '../src/store/queries/tail-days.js';
import { readHoursAndDaysIn } from '../src/store/queries/month-days/read-hours-and-days-in.js';
import { loadLine, summarize } from './lib/stats.js';
const opts = cliOptions(
  { 'database-url': { type: 'string' }, hour: { type: 'string' }, help: { type: 'boolean' } },
  'usage: npx tsx bench/tail-cost.ts [--database-url URL] [--hour 6]',
);
const staleHour = numberOption(opts.hour, 6, 'hour');
const t = await openServer(opts['database-url'] ?? DEFAULT_HISTORY_URL, 2);
const users = (
  await t.db.query<{ user_id: string }>(
    `SELECT user_id FROM users WHERE time_zone = 'UTC' ORDER BY user_id`,
  )
).map((r) => r.user_id);
const day = Date.parse(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
const H = 3_600_000;
const whole = [{ start: day, end: day + 24 * H }];
const hour = [{ start: day + staleHour * H, end: day + (staleHour + 1) * H }];
const a: number[] = [],
  b: number[] = [];
console.log(loadLine(), users.length, 'UTC users');
for (let r = 0; r < 5; r++)
  for (const u of users) {
    let s = performance.now();
    await tailDays(t.db, u, whole);
    a.push(performance.now() - s);
    s = performance.now();
    await Promise.all([tailDays(t.db, u, hour), readHoursAndDaysIn(t.db, u, whole)]);
    b.push(performance.now() - s);
  }
const f = (x: number[]) => {
  const s = summarize(x);
  return `p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms (n=${s.count})`;
};
console.log('whole UTC day from raw (per-day markers):', f(a));
console.log('stale hour from raw + the day hourly rows (per-hour markers):', f(b));
console.log(loadLine());
await t.close();
