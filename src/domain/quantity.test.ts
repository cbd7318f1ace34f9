import { describe, expect, it } from 'vitest';
import {
  describeChange,
  formatCount,
  formatQuantity,
  formatRate,
  formatStorage,
  storageScale,
} from './quantity.js';

describe('quantities', () => {
  it('writes counts as whole numbers with the right plural', () => {
    expect(formatQuantity('transcriptions', 1049.3)).toBe('1,049 transcriptions');
    expect(formatQuantity('sessions', 1166.7)).toBe('1,167 sessions');
    expect(formatQuantity('sessions', 1)).toBe('1 session');
    expect(formatQuantity('exports', 1.2)).toBe('1 export');
    expect(formatQuantity('exports', 0)).toBe('0 exports');
    expect(formatQuantity('audio_minutes', 312.54)).toBe('312.5 minutes');
    expect(formatQuantity('audio_minutes', 1)).toBe('1 minute');
    expect(formatQuantity('audio_minutes', 3.04, { abbreviate: true })).toBe('3 min');
    expect(formatCount(49.6)).toBe('50');
  });

  it('writes storage with one rule everywhere, always with a unit', () => {
    expect(formatStorage(812)).toBe('812 MB');
    expect(formatStorage(17400.5)).toBe('17.4 GB');
    expect(formatStorage(14918.44)).toBe('14.9 GB');
    expect(formatStorage(200000)).toBe('200 GB');
    expect(formatQuantity('storage_mb', 25000)).toBe('25 GB');
    expect(storageScale(18000)).toEqual({ unit: 'GB', divisor: 1000 });
    expect(storageScale(800)).toEqual({ unit: 'MB', divisor: 1 });
  });

  it('reads small averages as rates, never as zero', () => {
    expect(formatRate(0.31, 'hour')).toBe('about 0.3 an hour');
    expect(formatRate(12.4, 'day')).toBe('about 12 a day');
    expect(formatRate(0.01, 'hour')).toBe('less than 0.1 an hour');
    expect(formatRate(0, 'day')).toBe('none in a day');
  });

  it('gives a percentage only against a meaningful, fully covered base', () => {
    expect(describeChange(6, 2)).toEqual({ kind: 'absolute', delta: 4, reason: 'small base' });
    expect(describeChange(0, 0)).toEqual({ kind: 'none' });
    expect(describeChange(5, 0)).toEqual({
      kind: 'absolute',
      delta: 5,
      reason: 'no earlier usage',
    });
    expect(describeChange(14862, 1000, 1 / 12)).toEqual({
      kind: 'absolute',
      delta: 13862,
      reason: 'short history',
    });
    expect(describeChange(120, 100)).toEqual({ kind: 'percent', pct: 20, delta: 20 });
    expect(describeChange(null, 100)).toEqual({ kind: 'none' });
  });
});
