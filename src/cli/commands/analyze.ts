import type { Command } from 'commander';
import { AnalyticsInputError, detectAnomalies, forecastSeries } from '../../analytics/index.js';
import { readGriddedCsv } from './gridded-csv.js';

// The analysis's own note after what reading the file did to its rows.
const noteOf = (read: readonly string[], note?: string) => {
  const text = [...read, note ?? ''].filter(Boolean).join('; ');
  return text ? { note: text } : {};
};

const seasonsOf = (s: string | undefined) => {
  if (s === undefined) return undefined;
  const list = s.split(',').map((x) => Number(x));
  if (list.some((x) => !Number.isInteger(x) || x < 2))
    throw new Error('--season must be whole numbers of at least 2, e.g. 7 or 24,168');
  return list;
};

// The interval's level as a share (0.8) or, as people often write it, a percentage (80, 80%).
const levelOf = (s: string) => {
  const n = Number(s.trim().replace(/%$/, ''));
  const p = s.trim().endsWith('%') || (n > 1 && n < 100) ? n / 100 : n;
  if (!(p > 0 && p < 1))
    throw new Error(
      `--level must be a share between 0 and 1 (0.8) or a percentage (80), got "${s}"`,
    );
  return p;
};

const out = (v: unknown) => process.stdout.write(JSON.stringify(v) + '\n');

/** `analyze forecast` and `analyze anomalies`: the analytics core on anyone's CSV. */
export function registerAnalyze(program: Command) {
  const analyze = program
    .command('analyze')
    .description('forecast or find anomalies in a time series CSV (time,value with a header)');
  analyze
    .command('forecast')
    .requiredOption('--csv <file>', 'CSV: time,value with a header row')
    .option('--value <column>', 'the value column by header name or number (default: the second)')
    .requiredOption('--horizon <n>', 'how many steps ahead')
    .option('--season <periods>', 'seasonal periods, e.g. 7 or 24,168 (detected when absent)')
    .option('--level <p>', 'prediction interval level: 0.8 or 80', '0.8')
    .action(
      (o: { csv: string; value?: string; horizon: string; season?: string; level: string }) => {
        const { times, values, notes, next, labels } = readGriddedCsv(o.csv, o.value);
        const horizon = Number(o.horizon);
        if (!Number.isInteger(horizon) || horizon < 1 || horizon > 10_000)
          throw new Error('--horizon must be a whole number from 1 to 10000');
        const seasons = seasonsOf(o.season);
        try {
          const f = forecastSeries(values, {
            horizon,
            level: levelOf(o.level),
            // Step numbers name no instants: the calendar is not read from them.
            ...(labels ? {} : { times }),
            ...(seasons ? { seasons } : {}),
          });
          out({
            method: f.method,
            level: f.level,
            seasons: f.seasons,
            point: f.point,
            lower: f.lower,
            upper: f.upper,
            ...(next ? { times: next(horizon) } : {}),
            ...noteOf(notes, f.note),
          });
        } catch (err) {
          if (err instanceof AnalyticsInputError) throw new Error(err.message);
          throw err;
        }
      },
    );
  analyze
    .command('anomalies')
    .requiredOption('--csv <file>', 'CSV: time,value with a header row')
    .option('--value <column>', 'the value column by header name or number (default: the second)')
    .option('--season <periods>', 'seasonal periods (detected when absent)')
    .action((o: { csv: string; value?: string; season?: string }) => {
      const { times, values, notes, rows, labels } = readGriddedCsv(o.csv, o.value);
      const seasons = seasonsOf(o.season);
      const r = detectAnomalies(values, labels ? null : times, seasons ? { seasons } : {});
      // A filled slot is the line between its neighbours, never a finding of its own.
      const found = r.anomalies.filter((a) => rows[a.index] !== null);
      out({
        method: r.method,
        season: r.season,
        transform: r.transform,
        threshold: r.threshold,
        alarm: r.alarm,
        // An anomaly's index counts the file's rows in time order, as `time` says.
        ...noteOf(notes, r.note),
        anomalies: found.map((a) => ({
          index: rows[a.index]!,
          time: times[a.index],
          value: a.value,
          expected: a.expected,
          lower: a.lower,
          upper: a.upper,
          direction: a.direction,
          severity: a.severity,
          score: a.score,
        })),
      });
    });
}
