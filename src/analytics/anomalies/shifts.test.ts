import { describe, expect, it } from 'vitest';
import { seededNormal } from '../../domain/rng.js';
import { detectAnomalies } from './detect.js';
import { levelShifts } from './shifts.js';

const band = () => 2.81;

describe('levelShifts', () => {
  it('finds a tenfold step at its first point, and a step back down', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const g = seededNormal(seed);
      const y = Array.from({ length: 90 }, (_, i) => (i >= 30 && i < 60 ? 100 : 10) + g());
      expect(levelShifts(y, 9, band)).toEqual([30, 60]);
    }
  });

  it('finds none in noise, a lone spike, a short burst, or a steep smooth climb', () => {
    const g = seededNormal(7);
    const noise = Array.from({ length: 80 }, () => 50 + g());
    expect(levelShifts(noise, 9, band)).toEqual([]);
    const spike = noise.map((v, i) => (i === 40 ? v + 80 : v));
    expect(levelShifts(spike, 9, band)).toEqual([]);
    const burst = noise.map((v, i) => (i >= 40 && i < 43 ? v + 80 : v));
    expect(levelShifts(burst, 9, band)).toEqual([]);
    // 5 a step: 20 over a half window, 7 bands, yet no step between any two neighbours.
    const climb = noise.map((v, i) => v + 5 * i);
    expect(levelShifts(climb, 9, band)).toEqual([]);
  });

  it('finds a step too small for a message on no stretch shorter than a half window', () => {
    const g = seededNormal(3);
    const small = Array.from({ length: 60 }, (_, i) => (i >= 30 ? 56 : 50) + g());
    expect(levelShifts(small, 9, band)).toEqual([]);
    const late = Array.from({ length: 60 }, (_, i) => (i >= 57 ? 150 : 50) + g());
    expect(levelShifts(late, 9, band)).toEqual([]);
  });

  it('finds a step of a few bands whose levels hold on both sides', () => {
    const g = seededNormal(5);
    const y = Array.from({ length: 120 }, (_, i) => (i >= 60 ? 60 : 50) + g());
    expect(levelShifts(y, 17, band)).toEqual([60]);
  });

  it('keeps finding spikes in a weekly series whose level drops by 40%', () => {
    const g = seededNormal(1);
    const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString();
    const y = Array.from(
      { length: 400 },
      (_, i) => (i < 250 ? 300 : 180) * (i % 7 < 5 ? 1.2 : 0.8) + 8 * g(),
    );
    // 5 sd of the noise each (8): before the drop, and after it.
    const spikes = [50, 100, 300, 350];
    for (const i of spikes) y[i]! += i % 100 === 0 ? -40 : 40;
    const found = detectAnomalies(
      y,
      y.map((_, i) => day(i)),
    ).anomalies.map((a) => a.index);
    expect(found).toEqual(expect.arrayContaining(spikes));
    expect(found.length).toBeLessThanOrEqual(spikes.length + 2);
  });
});
