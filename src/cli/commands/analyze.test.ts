import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../../bin/usage-insights.js');
const run = (...args: string[]) =>
  JSON.parse(execFileSync(process.execPath, [bin, 'analyze', ...args], { encoding: 'utf8' }));

describe('usage-insights analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ui-analyze-'));
  const csv = join(dir, 'daily.csv');
  // Eight weeks with a weekly rhythm and a spike on day 40.
  const rows = Array.from({ length: 56 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    const v = (i % 7 < 5 ? 100 : 30) + (i % 3) + (i === 40 ? 400 : 0);
    return `${day},${v}`;
  });
  writeFileSync(csv, ['date,value', ...rows].join('\n'));

  it('forecasts N steps with bounds around the point, detecting the weekly season', () => {
    const r = run('forecast', '--csv', csv, '--horizon', '14');
    // A validated combination of the candidates, or one of them alone.
    expect(r.method).toMatch(/^(combination|mstl-ets|ets|theta|seasonal-naive|run-rate)/);
    expect(r.level).toBe(0.8);
    for (const k of ['point', 'lower', 'upper']) expect(r[k]).toHaveLength(14);
    r.point.forEach((p: number, i: number) => {
      expect(r.lower[i]).toBeLessThanOrEqual(p);
      expect(r.upper[i]).toBeGreaterThanOrEqual(p);
    });
    // Weekends stay low in the forecast: the weekly season was found.
    expect(Math.min(...r.point)).toBeLessThan(0.6 * Math.max(...r.point));
  });

  it('reads the level as a share or a percentage, the same interval', () => {
    const share = run('forecast', '--csv', csv, '--horizon', '3', '--level', '0.95');
    const percent = run('forecast', '--csv', csv, '--horizon', '3', '--level', '95');
    expect(percent).toEqual(share);
    expect(share.level).toBe(0.95);
    expect(() =>
      execFileSync(
        process.execPath,
        [bin, 'analyze', 'forecast', '--csv', csv, '--horizon', '3', '--level', '100'],
        {
          stdio: 'pipe',
        },
      ),
    ).toThrow(/--level must be a share between 0 and 1 \(0.8\) or a percentage \(80\), got "100"/);
  });

  it('finds the spike and not the weekends', () => {
    const r = run('anomalies', '--csv', csv, '--season', '7');
    expect(r.anomalies.map((a: { index: number }) => a.index)).toEqual([40]);
    expect(r.anomalies[0]).toMatchObject({
      direction: 'spike',
      time: '2026-02-10',
      severity: 'high',
    });
    // The score ranks: it is in robust sd, and the spike is far beyond the flag line.
    expect(r.anomalies[0].score).toBeGreaterThan(2 * r.threshold);
  });

  it('finds the same spike without --season, from the dates alone', () => {
    const r = run('anomalies', '--csv', csv);
    expect(r.season).toBe(7);
    expect(r.anomalies.map((a: { index: number }) => a.index)).toEqual([40]);
  });

  it('forecasts a file whose rows are out of time order as the ordered one, and says it sorted them', () => {
    const shuffled = join(dir, 'shuffled.csv');
    // A fixed shuffle: every 5th row first, then the rest backwards.
    const order = [
      ...rows.filter((_, i) => i % 5 === 0),
      ...rows.filter((_, i) => i % 5).reverse(),
    ];
    writeFileSync(shuffled, ['date,value', ...order].join('\n'));
    const a = run('forecast', '--csv', csv, '--horizon', '7');
    const b = run('forecast', '--csv', shuffled, '--horizon', '7');
    expect(b.point).toEqual(a.point);
    expect(b.note).toMatch(/^the rows were not in time order and were sorted by time/);
    const spikes = run('anomalies', '--csv', shuffled, '--season', '7');
    expect(spikes.anomalies.map((x: { time: string }) => x.time)).toEqual(['2026-02-10']);
  });

  it('puts days missing from the file back in their place: the season holds and indices are rows', () => {
    // The same eight weeks without a few days, one value left empty: rows after a gap would
    // otherwise sit one weekday out of phase.
    const gone = new Set([9, 10, 23, 31]);
    const holed = join(dir, 'holed.csv');
    const kept = rows
      .filter((_, i) => !gone.has(i))
      .map((r) => (r.startsWith('2026-01-20') ? '2026-01-20,' : r));
    writeFileSync(holed, ['date,value', ...kept].join('\n'));
    const f = run('forecast', '--csv', holed, '--horizon', '3');
    expect(f.seasons).toEqual([7]);
    expect(f.times).toEqual(['2026-02-26', '2026-02-27', '2026-02-28']);
    expect(f.note).toMatch(/5 steps without a value were filled/);
    const a = run('anomalies', '--csv', holed);
    // Day 40 is the file's row 36 in time order (four days before it are missing).
    expect(a.anomalies.map((x: { index: number; time: string }) => [x.index, x.time])).toEqual([
      [36, '2026-02-10'],
    ]);
  });

  it('reads US dates and step numbers as they come: the same forecast, times in ISO or as the next steps', () => {
    const us = join(dir, 'us.csv');
    const usRows = rows.map((r) => {
      const [y, m, d] = r.slice(0, 10).split('-');
      return `${Number(m)}/${Number(d)}/${y}${r.slice(10)}`;
    });
    writeFileSync(us, ['Date,Sessions', ...usRows].join('\n'));
    const a = run('forecast', '--csv', csv, '--horizon', '3');
    const b = run('forecast', '--csv', us, '--horizon', '3');
    expect(b.point).toEqual(a.point);
    expect(b.times).toEqual(['2026-02-26', '2026-02-27', '2026-02-28']);
    // The spike at row 40 is a one-off: not fitted (forecast/outliers.ts).
    expect(b.note).toBe(
      'the times were read as month, day, year; 1 isolated outlier was replaced by its expected value before fitting',
    );
    // Numbers that are not times count the steps: no calendar, the spike at step 41 (row 40).
    const steps = join(dir, 'steps.csv');
    writeFileSync(steps, ['t,value', ...rows.map((r, i) => `${i + 1}${r.slice(10)}`)].join('\n'));
    const s = run('anomalies', '--csv', steps, '--season', '7');
    expect(s.anomalies.map((x: { index: number; time: string }) => [x.index, x.time])).toEqual([
      [40, '41'],
    ]);
    expect(run('forecast', '--csv', steps, '--horizon', '2').times).toEqual(['57', '58']);
  });
});
