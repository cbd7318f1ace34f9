import { describe, expect, it } from 'vitest';
import { timeColumnOf } from './time-column.js';

// Each cell of a column as its ISO text, and the column's labels flag and note.
const read = (cells: string[]) => {
  const c = timeColumnOf(cells);
  return { iso: cells.map((x) => c.read(x)?.iso ?? null), labels: c.labels, note: c.note };
};

describe('timeColumnOf', () => {
  it('reads the day first when a row has a day above 12, and the month first when the second field does', () => {
    expect(read(['01.02.2024', '13.02.2024']).iso).toEqual(['2024-02-01', '2024-02-13']);
    expect(read(['01/02/2024', '01/13/2024']).iso).toEqual(['2024-01-02', '2024-01-13']);
    expect(read(['02/01/2024', '13/01/2024'])).toMatchObject({
      iso: ['2024-01-02', '2024-01-13'],
      note: 'the times were read as day, month, year',
    });
  });

  it('reads an undecided column with slashes month first, with dots or dashes day first', () => {
    expect(read(['01/02/2024', '02/02/2024']).iso).toEqual(['2024-01-02', '2024-02-02']);
    expect(read(['01.02.2024', '02.02.2024']).iso).toEqual(['2024-02-01', '2024-02-02']);
    expect(read(['01-02-2024', '02-02-2024']).iso).toEqual(['2024-02-01', '2024-02-02']);
  });

  it('reads year first with slashes, two-digit years, times of day and AM/PM', () => {
    expect(read(['2024/1/31', '2024/2/1']).iso).toEqual(['2024-01-31', '2024-02-01']);
    expect(read(['31.12.99', '1.1.00']).iso).toEqual(['1999-12-31', '2000-01-01']);
    expect(read(['1/31/2024 12:00 AM', '1/31/2024 1:30 PM', '1/31/2024 12:15 PM']).iso).toEqual([
      '2024-01-31T00:00:00.000Z',
      '2024-01-31T13:30:00.000Z',
      '2024-01-31T12:15:00.000Z',
    ]);
    expect(read(['31.01.2024 23:45:10']).iso).toEqual(['2024-01-31T23:45:10.000Z']);
  });

  it('refuses the row that disagrees with the first telling row, and an impossible day', () => {
    expect(read(['13/01/2024', '01/13/2024']).iso).toEqual(['2024-01-13', null]);
    expect(read(['31.02.2024', '01.03.2024']).iso).toEqual([null, '2024-03-01']);
  });

  it('reads plain numbers as step numbers, never as a time of today', () => {
    const r = read(['1', '2', '12', '24']);
    expect(r).toMatchObject({ iso: ['1', '2', '12', '24'], labels: true });
    expect(timeColumnOf(['10', '11']).read('12')?.ms).toBe(12);
  });

  it('reads years, basic dates and epochs as ISO, and spreadsheet serial days as dates', () => {
    expect(read(['1871', '1872'])).toMatchObject({ iso: ['1871', '1872'], labels: false });
    expect(read(['20240131', '20240201']).iso).toEqual(['20240131', '20240201']);
    expect(read(['45322', '45323'])).toMatchObject({
      iso: ['2024-01-31', '2024-02-01'],
      note: 'the times were read as spreadsheet serial dates',
    });
    expect(read(['45322.5']).iso).toEqual(['2024-01-31T12:00:00.000Z']);
  });

  it("reads R's decimal years as months or quarters, and quarters by name", () => {
    expect(read(['1949', '1949.083333', '1949.166667', '1949.916667']).iso).toEqual([
      '1949-01',
      '1949-02',
      '1949-03',
      '1949-12',
    ]);
    expect(read(['1990', '1990.25', '1990.5']).iso).toEqual(['1990-01', '1990-04', '1990-07']);
    expect(read(['1990 Q1', '1990 Q2', '2024Q4', 'Q3 2025', '2026-q2']).iso).toEqual([
      '1990-01',
      '1990-04',
      '2024-10',
      '2025-07',
      '2026-04',
    ]);
  });

  it('reads month names as months, and dates with month names as days', () => {
    expect(read(['Jan 1949', 'Feb 1949', 'DEC 1949']).iso).toEqual([
      '1949-01',
      '1949-02',
      '1949-12',
    ]);
    expect(read(['Jan-24', 'Feb-24']).iso).toEqual(['2024-01', '2024-02']);
    expect(read(['31-Jan-2024', '1-Feb-2024']).iso).toEqual(['2024-01-31', '2024-02-01']);
    expect(read(['January 5, 2024', 'March 1, 2024']).iso).toEqual(['2024-01-05', '2024-03-01']);
  });
});
