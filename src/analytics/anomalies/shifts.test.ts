import { describe, expect, it } from 'vitest';
import { seededNormal } from '../../domain/rng.js';
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
    const small = Array.from({ length: 60 }, (_, i) => (i >= 30 ? 58 : 50) + g());
    expect(levelShifts(small, 9, band)).toEqual([]);
    const late = Array.from({ length: 60 }, (_, i) => (i >= 57 ? 150 : 50) + g());
    expect(levelShifts(late, 9, band)).toEqual([]);
  });
});
