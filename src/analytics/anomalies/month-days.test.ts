import { describe, expect, it } from 'vitest';
import { seededNormal } from '../../domain/rng.js';
import { detectAnomalies } from './detect.js';
import { monthDayEffect } from './month-days.js';

const day = (i: number) =>
  new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

/** 400 days around 100 with noise of 8, and `extra` on the days `on` picks. */
function daily(seed: number, on: (date: string) => boolean, extra = 200): number[] {
  const g = seededNormal(seed);
  return Array.from({ length: 400 }, (_, i) => 100 + 8 * g() + (on(day(i)) ? extra : 0));
}

describe('recurring days of the month', () => {
  it('expects a run on the 1st of every month, and still finds a spike elsewhere', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const y = daily(seed, (d) => d.endsWith('-01'));
      y[200] = y[200]! + 48; // 6 sd, on 19 July
      const r = detectAnomalies(
        y,
        y.map((_, i) => day(i)),
      );
      const flagged = r.anomalies.map((a) => a.time);
      expect(flagged).toContain(day(200));
      expect(flagged.filter((t) => String(t).endsWith('-01'))).toEqual([]);
      expect(r.threshold).toBeLessThan(4);
    }
  });

  it('reads month ends as one day, whatever the length of the month', () => {
    const last = (d: string) => {
      const t = new Date(`${d}T00:00:00Z`);
      return new Date(t.getTime() + 86_400_000).getUTCDate() === 1;
    };
    const y = daily(2, last);
    const e = monthDayEffect(
      y.map((v) => v - 100),
      8,
      y.map((_, i) => day(i)),
    );
    expect(e?.filter((v, i) => v !== 0 && !last(day(i)))).toEqual([]);
    expect(e?.[59]).toBeGreaterThan(150); // 29 Feb 2024
  });

  it('leaves a day that stood out once or twice as news, and needs daily times', () => {
    const y = daily(3, (d) => d === '2024-03-01' || d === '2024-09-01');
    const times = y.map((_, i) => day(i));
    expect(
      monthDayEffect(
        y.map((v) => v - 100),
        8,
        times,
      ),
    ).toBeNull();
    const flagged = detectAnomalies(y, times).anomalies.map((a) => a.time);
    expect(flagged).toEqual(expect.arrayContaining(['2024-03-01', '2024-09-01']));
    expect(monthDayEffect(y, 8, null)).toBeNull();
  });
});
