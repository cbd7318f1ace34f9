import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { AnalyticsInputError, detectAnomalies, forecastSeries } from '../../analytics/index.js';

/** Reads a CSV whose first column is a time and second a number, with a header row. */
export function readTimeValueCsv(file: string): { times: string[]; values: number[] } {
  const rows = parse(readFileSync(file, 'utf8'), {
    from_line: 2,
    skip_empty_lines: true,
    trim: true,
  }) as string[][];
  const times: string[] = [];
  const values: number[] = [];
  rows.forEach((r, i) => {
    const v = Number(r[1]);
    if (r.length < 2 || r[1] === '' || !Number.isFinite(v)) {
      throw new Error(
        `${file}: line ${i + 2}: the second column must be a number, got "${r[1] ?? ''}"`,
      );
    }
    times.push(r[0] ?? '');
    values.push(v);
  });
  if (values.length === 0) throw new Error(`${file}: no data rows after the header`);
  return { times, values };
}

const seasonsOf = (s: string | undefined) => {
  if (s === undefined) return undefined;
  const list = s.split(',').map((x) => Number(x));
  if (list.some((x) => !Number.isInteger(x) || x < 2))
    throw new Error('--season must be whole numbers of at least 2, e.g. 7 or 24,168');
  return list;
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
    .requiredOption('--horizon <n>', 'how many steps ahead')
    .option('--season <periods>', 'seasonal periods, e.g. 7 or 24,168 (detected when absent)')
    .option('--level <p>', 'prediction interval level', '0.8')
    .action((o: { csv: string; horizon: string; season?: string; level: string }) => {
      const { times, values } = readTimeValueCsv(o.csv);
      const horizon = Number(o.horizon);
      if (!Number.isInteger(horizon) || horizon < 1 || horizon > 10_000)
        throw new Error('--horizon must be a whole number from 1 to 10000');
      const seasons = seasonsOf(o.season);
      try {
        const f = forecastSeries(values, {
          horizon,
          level: Number(o.level),
          times,
          ...(seasons ? { seasons } : {}),
        });
        out({
          method: f.method,
          level: f.level,
          seasons: f.seasons,
          point: f.point,
          lower: f.lower,
          upper: f.upper,
          ...(f.note ? { note: f.note } : {}),
        });
      } catch (err) {
        if (err instanceof AnalyticsInputError) throw new Error(err.message);
        throw err;
      }
    });
  analyze
    .command('anomalies')
    .requiredOption('--csv <file>', 'CSV: time,value with a header row')
    .option('--season <periods>', 'seasonal periods (detected when absent)')
    .action((o: { csv: string; season?: string }) => {
      const { times, values } = readTimeValueCsv(o.csv);
      const seasons = seasonsOf(o.season);
      const r = detectAnomalies(values, times, seasons ? { seasons } : {});
      out({
        method: r.method,
        season: r.season,
        transform: r.transform,
        threshold: r.threshold,
        alarm: r.alarm,
        ...(r.note ? { note: r.note } : {}),
        anomalies: r.anomalies.map((a) => ({
          index: a.index,
          time: a.time,
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
