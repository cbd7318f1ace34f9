// Reading anyone's time,value CSV for `analyze`: the separators and time formats spreadsheets and
// databases write, rows put in time order, and a line number with every refusal.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { TIME_FORMATS, timeColumnOf } from './time-column.js';

export interface TimeValueSeries {
  /** Each row's time as an ISO 8601 string (as written when it was one), in time order. */
  times: string[];
  /** Each row's instant in milliseconds. */
  ms: number[];
  /** Each row's value; null where the cell is empty or says it is missing (NA, NaN, "."). */
  values: (number | null)[];
  /** Whether the file's rows were out of time order and were sorted. */
  sorted: boolean;
  /** True when the first column numbers the steps instead of naming instants (no calendar). */
  labels: boolean;
  /** How the time column was read, when it was not ISO 8601. */
  note?: string;
}

// How spreadsheets, R, pandas and FRED write a missing value.
const MISSING = /^(|na|n\/a|nan|null|none|-|\.)$/i;

// The separator the header uses: a tab or semicolon (spreadsheets in many locales), else a comma.
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  if (header.includes('\t')) return '\t';
  // Commas between digits are decimal commas (a file without a header starts with data).
  return header.includes(';') && !/(?<!\d),|,(?!\d)/.test(header) ? ';' : ',';
}

// Which column holds the values: the second unless `value` names another by its header or its
// number (1 is the time column), as with `date,open,high,low,close,volume`.
function valueIndex(file: string, header: readonly string[], value?: string): number {
  if (value === undefined) return 1;
  const n = /^\d+$/.test(value)
    ? Number(value) - 1
    : header.findIndex((h) => h.toLowerCase() === value.trim().toLowerCase());
  if (n >= 1 && n < header.length) return n;
  throw new Error(
    `${file}: no value column "${value}": the columns are ${header.map((h, i) => `${i + 1} "${h}"`).join(', ')} (1 is the time)`,
  );
}

// A file of one column is its values in order (what a spreadsheet column pasted alone gives):
// each row gets its step number as the time, as a first column of step numbers would.
function numbered(rows: string[][]): string[][] {
  if (rows.length === 0 || rows.some((r) => r.length !== 1)) return rows;
  const v0 = rows[0]![0] ?? '';
  const headed = !MISSING.test(v0) && !Number.isFinite(Number(v0.replace(',', '.')));
  return rows.map((r, i) => [headed && i === 0 ? 'step' : String(headed ? i : i + 1), r[0]!]);
}

// pandas writes its row numbers as an unnamed first column (`to_csv()` without index=False), R
// as a column headed "" or "X": ",ds,y" then "0,2024-01-01,3". Such a column of 0, 1, 2... (or
// 1, 2, 3...) under an empty or index-like header is left out, so the time is the column after it.
const INDEX_HEADER = /^(|x|index|unnamed: ?0)$/i;
function withoutRowIndex(rows: string[][]): string[][] {
  const [head, ...data] = rows;
  if (!head || head.length < 3 || !INDEX_HEADER.test(head[0] ?? 'x?') || data.length === 0)
    return rows;
  const start = Number(data[0]![0]);
  const counts = (start === 0 || start === 1) && data.every((r, i) => r[0] === String(start + i));
  return counts ? rows.map((r) => r.slice(1)) : rows;
}

const noteOf = (notes: (string | false | undefined)[]) => {
  const said = notes.filter((x): x is string => typeof x === 'string' && x !== '');
  return said.length > 0 ? { note: said.join('; ') } : {};
};

/**
 * Reads a CSV whose first column is a time and second (or `value`) column a number, in time
 * order; its first row is a header unless it already holds a time and a number.
 */
export function readTimeValueCsv(file: string, value?: string): TimeValueSeries {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(text);
  const parsed = parse(text, {
    skip_empty_lines: true,
    trim: true,
    delimiter,
    relax_column_count: true,
  }) as string[][];
  const indexed = withoutRowIndex(parsed);
  const all = numbered(indexed);
  const oneColumn = all !== indexed;
  const first = all[0] ?? [];
  const k = valueIndex(file, first, value);
  // With ";" or tabs between columns, a decimal comma is the locale's decimal point.
  // A quoted "1,234.5" (thousands separated, as spreadsheets export) is 1234.5.
  const valueCell = (r: string[]) =>
    delimiter !== ','
      ? (r[k] ?? '').replace(/^([-+]?\d*),(\d+)$/, '$1.$2')
      : (r[k] ?? '').replace(/^([-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?)$/, (m) => m.replaceAll(',', ''));
  // A file without a header must not lose its first point to one.
  const v0 = valueCell(first);
  // The column's format is read from the rows after the first, which may be a header.
  const column = timeColumnOf((all.length > 1 ? all.slice(1) : all).map((r) => r[0] ?? ''));
  const headed = !(
    column.read(first[0] ?? '') &&
    first.length > k &&
    (MISSING.test(v0) || Number.isFinite(Number(v0)))
  );
  const rows = headed ? all.slice(1) : all;
  const points = rows.map((r, i) => {
    const line = i + (headed ? 2 : 1);
    const cell = valueCell(r);
    const missing = r.length > k && MISSING.test(cell);
    const v = missing ? null : Number(cell);
    if (r.length <= k || (v !== null && (cell === '' || !Number.isFinite(v))))
      throw new Error(
        `${file}: line ${line}: the ${k === 1 ? 'second column' : `value column (${k + 1})`} must be a number (or empty, NA for a missing value), got "${r[k] ?? ''}"`,
      );
    const t = column.read(r[0] ?? '');
    if (!t)
      throw new Error(
        `${file}: line ${line}: the first column must be ${TIME_FORMATS}, got "${r[0] ?? ''}"`,
      );
    return { ...t, v, i };
  });
  if (points.length === 0) throw new Error(`${file}: no data rows`);
  const sorted = points.some((p, i) => i > 0 && p.ms < points[i - 1]!.ms);
  // Stable: rows of the same time (a repeated hour when clocks go back) keep the file's order.
  if (sorted) points.sort((a, b) => a.ms - b.ms || a.i - b.i);
  if (points.every((p) => p.v === null)) throw new Error(`${file}: every value is missing`);
  return {
    times: points.map((p) => p.iso),
    ms: points.map((p) => p.ms),
    values: points.map((p) => p.v),
    sorted,
    labels: column.labels,
    ...noteOf([
      indexed !== parsed && 'the first column, unnamed, numbers the rows and was left out',
      oneColumn && 'the file has one column: its values were read in order, numbered as steps',
      !oneColumn && column.note,
    ]),
  };
}
