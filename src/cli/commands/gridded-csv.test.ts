import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGriddedCsv } from './gridded-csv.js';

const dir = mkdtempSync(join(tmpdir(), 'ui-grid-'));
const file = (name: string, rows: string[]) => {
  const f = join(dir, name);
  writeFileSync(f, ['time,value', ...rows].join('\n'));
  return f;
};
const hours = (n: number, each: number) =>
  Array.from({ length: n * each }, (_, k) => {
    const h = Math.floor(k / each);
    return `2024-03-${String(1 + Math.floor(h / 24)).padStart(2, '0')}T${String(h % 24).padStart(2, '0')}:00:00Z,${k}`;
  });

describe('readGriddedCsv', () => {
  it('reads a calendar from regular times', () => {
    const g = readGriddedCsv(file('regular.csv', hours(48, 1)));
    expect(g.labels).toBe(false);
    expect(g.next?.(1)).toEqual(['2024-03-03T00:00:00.000Z']);
  });

  it('reads no calendar when a time repeats: each row is a step, not an hour', () => {
    const g = readGriddedCsv(file('twice.csv', hours(48, 2)));
    expect(g.values).toHaveLength(96);
    expect(g.labels).toBe(true);
    expect(g.notes.join('; ')).toMatch(/48 times appear twice, so each row is read as one step/);
    expect(g.times[0]).toBe('2024-03-01T00:00:00Z');
  });
});
