import { describe, expect, it } from 'vitest';
import {
  dotsFor,
  dottedIn,
  keepPins,
  peaksOf,
  pinLabel,
  pinSize,
  pinsOverlap,
} from './pin-layout.js';
import type { ChartOption } from './option-parts.js';

describe('keepPins', () => {
  it('keeps the higher of two colliding pins and every pin that collides with none', () => {
    const pins = [
      { id: 'transcriptions', x: 100, y: 80 },
      { id: 'sessions', x: 104, y: 60 }, // same day, higher on the chart
      { id: 'exports', x: 300, y: 70 }, // far away
      { id: 'api_calls', x: 130, y: 150 }, // beside, well below: no overlap
    ];
    expect([...keepPins(pins, 42)].sort()).toEqual(['api_calls', 'exports', 'sessions']);
  });

  it('never keeps two pins that overlap, however many are close', () => {
    const pins = Array.from({ length: 8 }, (_, i) => ({
      id: `m${i}`,
      x: 100 + i * 9,
      y: 50 + i * 7,
    }));
    const kept = pins.filter((p) => keepPins(pins, 42).has(p.id));
    for (const a of kept)
      for (const b of kept) if (a !== b) expect(pinsOverlap(a, b, 42)).toBe(false);
    expect(kept[0]!.id).toBe('m0');
  });
});

describe('peaks and dots', () => {
  const option = {
    series: [
      {
        id: 'sessions',
        color: '#FFB800',
        markPoint: {
          symbolSize: 42,
          data: [
            { name: 'Peak', coord: [3, 57], value: 57 },
            { name: 'spike', coord: [5, 40], value: 40 },
          ],
        },
      },
      { id: 'exports', color: '#9B7BFF' },
    ],
  } as unknown as ChartOption;

  it('finds each series’ peak and its pin size', () => {
    expect(peaksOf(option)).toEqual([{ id: 'sessions', coord: [3, 57], size: 42 }]);
  });

  it('turns a dropped pin into a dot without a label, leaving the other marks', () => {
    const dotted = dotsFor(option, new Set(['sessions']));
    const [s] = dotted;
    expect(dottedIn({ series: dotted } as ChartOption)).toEqual(new Set(['sessions']));
    expect(dottedIn(option)).toEqual(new Set());
    expect(s!.markPoint.data[0]).toMatchObject({ symbol: 'circle', label: { show: false } });
    expect(s!.markPoint.data[1]).toEqual({ name: 'spike', coord: [5, 40], value: 40 });
    expect(dotsFor(option, new Set())[0]!.markPoint.data[0]).toEqual({
      name: 'Peak',
      coord: [3, 57],
      value: 57,
    });
  });
});

describe('pin labels', () => {
  it('fit a phone-sized pin: at most four characters, storage in its unit rule', () => {
    expect(pinLabel('audio_minutes', 193.4)).toBe('193');
    expect(pinLabel('audio_minutes', 19.36)).toBe('19.4');
    expect(pinLabel('sessions', 63)).toBe('63');
    expect(pinLabel('sessions', 1234)).toBe('1.2k');
    expect(pinLabel('storage_mb', 17_400)).toBe('17.4');
    expect(pinLabel('storage_mb', 812)).toBe('812');
    // German keeps the short form with its decimal comma, never the English point.
    expect(pinLabel('sessions', 2869, 'de')).toBe('2,9k');
    expect(pinLabel('storage_mb', 17_400, 'de-AT')).toBe('17,4');
    expect(pinLabel('sessions', 12_345, 'de')).toBe('12k');
    for (const v of [0.4, 9.96, 99.9, 193.4, 999.6, 12_345, 987_654])
      expect(pinLabel('audio_minutes', v).length, String(v)).toBeLessThanOrEqual(4);
  });

  it('grow the pin for a label that would not fit', () => {
    expect(pinSize('63', true)).toBe(34);
    expect(pinSize('63', false)).toBe(42);
    expect(pinSize('12345', true)).toBeGreaterThan(34);
  });
});
