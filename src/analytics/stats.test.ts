import { describe, expect, it } from 'vitest';
import {
  linearFit,
  mad,
  median,
  normalQuantile,
  pctChange,
  quantile,
  resolution,
  welchT,
  zForLevel,
} from './stats.js';
import { seededNormal } from '../domain/rng.js';

describe('stats', () => {
  it('gives textbook normal quantiles', () => {
    expect(zForLevel(0.8)).toBeCloseTo(1.281552, 5);
    expect(zForLevel(0.95)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });

  it('computes robust centre and spread', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
  });

  it('fits a line exactly and reports no change for zero bases', () => {
    const f = linearFit([0, 1, 2, 3], [1, 3, 5, 7]);
    expect(f.slope).toBeCloseTo(2);
    expect(f.intercept).toBeCloseTo(1);
    expect(pctChange(0, 5)).toBeNull();
    expect(pctChange(10, 15)).toBe(50);
    expect(welchT([1, 2, 3], [1, 2, 3])).toBe(0);
  });

  it('draws reproducible standard normals', () => {
    const a = seededNormal(42);
    const b = seededNormal(42);
    const xs = Array.from({ length: 20000 }, () => a());
    expect(b()).toBe(xs[0]);
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length;
    expect(Math.abs(m)).toBeLessThan(0.03);
    expect(v).toBeGreaterThan(0.95);
    expect(v).toBeLessThan(1.05);
  });

  it('reads the step values are written in, relative to their size', () => {
    expect(resolution([3, 7, 0, 12])).toBe(1);
    expect(resolution([0.1, 0.25, 12.34])).toBe(0.01);
    expect(resolution([0.1 + 0.2, 1.5])).toBe(0.1);
    // Tiny measurements are not whole numbers because they are close to 0.
    expect(resolution([1.5e-9, 1.2e-9, 1.9e-9])).toBe(0);
    expect(resolution([0.000012, 0.000034])).toBe(0.000001);
    expect(resolution([Math.PI, Math.E])).toBe(0);
  });
});
