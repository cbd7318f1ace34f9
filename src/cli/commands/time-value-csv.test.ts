import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTimeValueCsv } from './time-value-csv.js';

const dir = mkdtempSync(join(tmpdir(), 'ui-csv-'));
let n = 0;
const file = (text: string) => {
  const f = join(dir, `${n++}.csv`);
  writeFileSync(f, text);
  return f;
};

describe('readTimeValueCsv', () => {
  it('puts rows in time order and says so; rows of the same time keep their order', () => {
    const r = readTimeValueCsv(
      file('time,value\n2024-01-03,3\n2024-01-01,1\n2024-01-02,2\n2024-01-02,5\n'),
    );
    expect(r).toMatchObject({
      times: ['2024-01-01', '2024-01-02', '2024-01-02', '2024-01-03'],
      values: [1, 2, 5, 3],
      sorted: true,
    });
    expect(readTimeValueCsv(file('t,v\n2024-01-01,1\n2024-01-02,2\n')).sorted).toBe(false);
  });

  it('reads semicolons with decimal commas, tabs, a byte-order mark and CRLF', () => {
    expect(readTimeValueCsv(file('Zeit;Wert\n2024-01-01;1,5\n2024-01-02;-2,25\n')).values).toEqual([
      1.5, -2.25,
    ]);
    const tabs = readTimeValueCsv(file('\uFEFFtime\tvalue\r\n2024-01-01\t7\r\n2024-01-02\t8\r\n'));
    expect(tabs).toMatchObject({ times: ['2024-01-01', '2024-01-02'], values: [7, 8] });
  });

  it('reads ISO as written, SQL times and epochs in seconds or milliseconds as ISO in UTC', () => {
    const r = readTimeValueCsv(
      file(
        'time,value\n1871,1\n2024-01-31 13:00,2\n2024-01-31 14:00:00+01:00,3\n1706709600,4\n1706713200000,5\n',
      ),
    );
    expect(r.times).toEqual([
      '1871',
      '2024-01-31T13:00:00.000Z',
      '2024-01-31T14:00:00.000+01:00',
      '2024-01-31T14:00:00.000Z',
      '2024-01-31T15:00:00.000Z',
    ]);
    expect(r.sorted).toBe(false);
  });

  it('refuses a row with the line, the column and what it got', () => {
    expect(() => readTimeValueCsv(file('time,value\n2024-01-01,1\nyesterday,2\n'))).toThrow(
      /line 3: the first column must be a time: ISO 8601 .*, got "yesterday"/,
    );
    // The column's format is one for all rows: a month-first row among day-first ones is refused.
    expect(() =>
      readTimeValueCsv(file('date,value\n31.01.2024,1\n01.02.2024,2\n02.13.2024,3\n')),
    ).toThrow(/line 4: the first column must be a time/);
    expect(() => readTimeValueCsv(file('time,value\n2024-01-01,1\n2024-01-02,12abc\n'))).toThrow(
      /line 3: the second column must be a number .*, got "12abc"/,
    );
    expect(() => readTimeValueCsv(file('time,value\n2024-01-01,NA\n'))).toThrow(
      /every value is missing/,
    );
    expect(() => readTimeValueCsv(file('time,value\n2024-01-01\n'))).toThrow(/line 2/);
    expect(() => readTimeValueCsv(file('time,value\n'))).toThrow(/no data rows/);
  });

  it('reads empty cells and the usual words for a missing value as missing', () => {
    const r = readTimeValueCsv(
      file(
        't,v\n2024-01-01,1\n2024-01-02,\n2024-01-03,NA\n2024-01-04,.\n2024-01-05,NaN\n2024-01-06,6\n',
      ),
    );
    expect(r.values).toEqual([1, null, null, null, null, 6]);
    expect(r.ms[1]).toBe(Date.UTC(2024, 0, 2));
  });

  it('reads day-first dates with decimal commas, and a column of step numbers as labels', () => {
    const de = readTimeValueCsv(file('Datum;Wert\n30.01.2024;1,5\n31.01.2024;2\n01.02.2024;3\n'));
    expect(de).toMatchObject({
      times: ['2024-01-30', '2024-01-31', '2024-02-01'],
      values: [1.5, 2, 3],
      labels: false,
      note: 'the times were read as day, month, year',
    });
    const steps = readTimeValueCsv(file('1,5\n2,6\n12,7\n'));
    expect(steps).toMatchObject({ times: ['1', '2', '12'], ms: [1, 2, 12], labels: true });
  });

  it('reads the value column a name or number picks, and names the columns when none matches', () => {
    const f = file('Date,Open,Close\n2024-01-01,1,2\n2024-01-02,3,\n2024-01-03,5,6\n');
    expect(readTimeValueCsv(f, 'close').values).toEqual([2, null, 6]);
    expect(readTimeValueCsv(f, '2').values).toEqual([1, 3, 5]);
    expect(readTimeValueCsv(f).values).toEqual([1, 3, 5]);
    expect(() => readTimeValueCsv(f, 'volume')).toThrow(
      /no value column "volume": the columns are 1 "Date", 2 "Open", 3 "Close" \(1 is the time\)/,
    );
    expect(() => readTimeValueCsv(f, '1')).toThrow(/no value column "1"/);
    const short = file('t,a,b\n2024-01-01,1,2\n2024-01-02,3\n');
    expect(() => readTimeValueCsv(short, 'b')).toThrow(
      /line 3: the value column \(3\) must be a number/,
    );
  });

  it('reads a file without a header from its first row', () => {
    const r = readTimeValueCsv(file('2024-01-01,1\n2024-01-02,2\n'));
    expect(r.values).toEqual([1, 2]);
    expect(readTimeValueCsv(file('2024-01-01;1,5\n2024-01-02;2\n')).values).toEqual([1.5, 2]);
    const thousands = file('t,v\n2024-01-01,"1,234.5"\n2024-01-02,"12,000"\n2024-01-03,"1,2"\n');
    expect(() => readTimeValueCsv(thousands)).toThrow(/line 4: .*got "1,2"/);
    const ok = file('t,v\n2024-01-01,"1,234.5"\n2024-01-02,"-12,000"\n');
    expect(readTimeValueCsv(ok).values).toEqual([1234.5, -12000]);
    expect(() => readTimeValueCsv(file('2024-01-01,1\nyesterday,2\n'))).toThrow(/line 2:/);
  });

  it('leaves out the row numbers pandas and R write as an unnamed first column, and says so', () => {
    for (const text of [
      ',ds,y\n0,2024-01-01,3\n1,2024-01-02,5\n2,2024-01-03,4\n',
      '"","date","value"\n"1","2024-01-01",3\n"2","2024-01-02",5\n"3","2024-01-03",4\n',
    ]) {
      const s = readTimeValueCsv(file(text));
      expect(s.times).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
      expect(s.values).toEqual([3, 5, 4]);
      expect(s.note).toBe('the first column, unnamed, numbers the rows and was left out');
    }
    // An unnamed first column of times is the time column, as always.
    const times = readTimeValueCsv(file(',a,b\n2024-01-01,1,2\n2024-01-02,3,4\n'));
    expect(times).toMatchObject({ values: [1, 3], times: ['2024-01-01', '2024-01-02'] });
    expect(times.note).toBeUndefined();
  });

  it('reads a file of one column as values in order, numbered as steps', () => {
    for (const text of ['value\n3\n5\nNA\n4\n', '3\n5\nNA\n4\n']) {
      const s = readTimeValueCsv(file(text));
      expect(s).toMatchObject({ labels: true, times: ['1', '2', '3', '4'] });
      expect(s.values).toEqual([3, 5, null, 4]);
    }
  });
});
