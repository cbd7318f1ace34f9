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
});
