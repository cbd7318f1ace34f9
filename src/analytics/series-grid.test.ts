import { describe, expect, it } from 'vitest';
import { gridInstant, regularGrid } from './series-grid.js';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('regularGrid', () => {
  it('fills missing days and empty values by straight lines, and says which slots are rows', () => {
    const dates = ['01', '02', '05', '06', '07', '08', '09', '10'].map((d) => day(`2024-01-${d}`));
    const g = regularGrid(dates, [1, 2, 5, null, 7, 8, 9, 10]);
    expect(g.step).toEqual({ ms: DAY });
    expect(g.ms).toEqual(Array.from({ length: 10 }, (_, k) => day('2024-01-01') + k * DAY));
    expect(g.values).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(g.rows).toEqual([0, 1, null, null, 2, null, 4, 5, 6, 7]);
    expect(g.filled).toBe(3);
  });

  it('steps by calendar months, quarters and years, month ends staying month ends', () => {
    const ends = ['2024-01-31', '2024-02-29', '2024-04-30'].map(day);
    const g = regularGrid(ends, [1, 2, 4]);
    expect(g.step).toEqual({ months: 1 });
    expect(g.ms[2]).toBe(day('2024-03-31'));
    expect(g.values).toEqual([1, 2, 3, 4]);
    expect(gridInstant(day('2024-01-31'), { months: 1 }, 13)).toBe(day('2025-02-28'));
    const quarters = ['2020-01-01', '2020-04-01', '2020-07-01', '2021-01-01'].map(day);
    expect(regularGrid(quarters, [1, 2, 3, 5]).values).toEqual([1, 2, 3, 4, 5]);
    const years = ['2019-01-01', '2020-01-01', '2022-01-01'].map(day);
    expect(regularGrid(years, [1, 2, 4])).toMatchObject({ step: { months: 12 }, filled: 1 });
  });

  it('keeps fixed 28-day periods as a fixed step, and decades on the calendar', () => {
    const fourWeeks = Array.from({ length: 40 }, (_, k) => day('2000-01-03') + k * 28 * DAY);
    expect(regularGrid(fourWeeks, fourWeeks.map(Number)).step).toEqual({ ms: 28 * DAY });
    const decades = Array.from({ length: 19 }, (_, k) => Date.UTC(1790 + 10 * k, 0, 1));
    const g = regularGrid(decades, decades.map(Number));
    expect(g.step).toEqual({ months: 120 });
    expect(gridInstant(decades[0]!, g.step!, 20)).toBe(day('1990-01-01'));
  });

  it('keeps a market calendar as it is: weekends and holidays are not missing data', () => {
    const weekdays = Array.from({ length: 30 }, (_, k) => day('2024-01-01') + k * DAY).filter(
      (t) => new Date(t).getUTCDay() % 6 !== 0,
    );
    const g = regularGrid(
      weekdays,
      weekdays.map((_, i) => i),
    );
    expect(g.step).toBeNull();
    expect(g.ms).toEqual(weekdays);
    expect(g.filled).toBe(0);
  });

  it('keeps rows as they are when a time repeats, the times are irregular, or most slots are empty', () => {
    const hour = 3_600_000;
    const repeated = [0, hour, hour, 2 * hour, 3 * hour];
    expect(regularGrid(repeated, [1, 2, 3, 4, 5])).toMatchObject({
      step: null,
      values: [1, 2, 3, 4, 5],
    });
    const irregular = [0, 55, 115, 180, 300, 355].map((m) => m * 60_000);
    expect(regularGrid(irregular, [1, 2, 3, 4, 5, 6]).step).toBeNull();
    const sparse = [0, 1, 5, 9, 10].map((k) => k * hour);
    expect(regularGrid(sparse, [1, 2, 3, 4, 5]).ms).toEqual(sparse);
  });

  it('drops leading empty values and carries the last value over trailing ones', () => {
    const ms = [0, 1, 2, 3, 4].map((k) => k * DAY);
    const g = regularGrid(ms, [null, 3, 5, null, null]);
    expect(g).toMatchObject({ dropped: 1, values: [3, 5, 5, 5], rows: [1, 2, null, null] });
    expect(regularGrid(ms, [null, null, null, null, null]).values).toEqual([]);
  });
});
