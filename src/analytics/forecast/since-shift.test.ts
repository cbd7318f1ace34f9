import { describe, expect, it } from 'vitest';
import { seededNormal } from '../../domain/rng.js';
import { forecastSeries } from './series-forecast.js';
import { sinceLastShift } from './since-shift.js';

// 60 days near 20, then a team joins: 30 days near 100 (noise proportional to the square root).
function jump(seed: number, after = 30): number[] {
  const g = seededNormal(seed);
  return Array.from({ length: 60 + after }, (_, i) => {
    const level = i < 60 ? 20 : 100;
    return Math.max(0, Math.round(level + Math.sqrt(level) * g()));
  });
}

describe('forecasts after a level shift', () => {
  it('fit the new level only, so its interval is the new noise, not the jump', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const y = jump(seed);
      expect(sinceLastShift(y, [], 14)).toBe(60);
      const f = forecastSeries(y, { horizon: 7 });
      expect(f.note).toMatch(/fitted on the 30 points since the level shifted \(point 61\)/);
      // Before: 42 to 149 the next day, 17 to 180 a week out; noise alone is about 87 to 113.
      for (let h = 0; h < 7; h++) {
        expect(f.upper[h]! - f.lower[h]!).toBeLessThan(45);
        expect(f.lower[h]!).toBeGreaterThan(70);
      }
    }
  });

  it('keeps the whole history when the new level is too short, or there is no step', () => {
    expect(sinceLastShift(jump(1, 8), [], 14)).toBe(0);
    const g = seededNormal(9);
    const climb = Array.from({ length: 90 }, (_, i) => 20 + 3 * i + 2 * g());
    expect(sinceLastShift(climb, [], 14)).toBe(0);
    const flat = Array.from({ length: 90 }, () => 50 + 3 * g());
    expect(sinceLastShift(flat, [], 14)).toBe(0);
    // An outage of a week that ended: back at the old level, the whole history is its.
    const outage = flat.map((v, i) => (i >= 50 && i < 57 ? 2 + g() : v));
    expect(sinceLastShift(outage, [], 14)).toBe(0);
  });
});
