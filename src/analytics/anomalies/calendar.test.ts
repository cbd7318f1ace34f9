import { describe, expect, it } from 'vitest';
import { calendarPeriods, medianStep } from './calendar.js';

const minutes = (n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString());

describe('the step of the times', () => {
  it('is the median gap, also when read from a sample of a long series', () => {
    const short = minutes(100);
    short.splice(50, 1); // one missing minute does not move the median
    expect(medianStep(short)).toBe(60_000);
    const long = minutes(200_000);
    expect(medianStep(long)).toBe(60_000);
    expect(calendarPeriods(long)).toEqual([1440, 10_080]);
  });

  it('is unknown when a time it reads is not one, or the times do not advance', () => {
    expect(medianStep(['2024-01-01', 'soon', '2024-01-03'])).toBeNull();
    expect(medianStep(['2024-01-01', '2024-01-01', '2024-01-01'])).toBeNull();
  });
});
