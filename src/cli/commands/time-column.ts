// How the first column of anyone's CSV tells time, decided once for the whole column: 01/02/2024
// must mean the same day on every row (day first when any row has a day above 12), and a column of
// 1, 2, 3 is an index, not three times of today.
import { DateTime } from 'luxon';

export interface TimeCell {
  /** The time as ISO 8601 (as written when it was ISO), or the label itself for an index. */
  iso: string;
  /** The instant in milliseconds, or the index's own number. */
  ms: number;
}

export interface TimeColumn {
  read(raw: string): TimeCell | null;
  /** True when the column numbers the steps (1, 2, 3...) instead of naming instants. */
  labels: boolean;
  /** How the column was read, when it was not ISO 8601, for the output's note. */
  note?: string;
}

const DAY = 86_400_000;
/** Days from a spreadsheet's day 0 (1899-12-30, as Excel and LibreOffice count) to 1970-01-01. */
const SHEET_EPOCH_DAYS = 25_569;
const NUMBER = /^[-+]?\d+(\.\d+)?$/;
const utc = { zone: 'UTC' } as const;

// ISO 8601 itself (kept as written), SQL's space-separated form, or an epoch in seconds or
// milliseconds (13 digits and more read as milliseconds). A time without an offset is UTC.
function isoTime(raw: string): TimeCell | null {
  // Luxon reads "12" as noon today: a bare number is a time only as a year or a basic date.
  if (/^\d+$/.test(raw) && ![4, 6, 8].includes(raw.length) && raw.length < 9) return null;
  const iso = DateTime.fromISO(raw, { ...utc, setZone: true });
  if (iso.isValid) return { iso: raw, ms: iso.toMillis() };
  if (raw.includes(' ')) {
    const sql = DateTime.fromSQL(raw, { ...utc, setZone: true });
    if (sql.isValid) return { iso: sql.toISO()!, ms: sql.toMillis() };
  }
  if (/^\d{9,}(\.\d+)?$/.test(raw)) {
    const n = Number(raw);
    const ms = raw.split('.')[0]!.length >= 13 ? n : n * 1000;
    const t = DateTime.fromMillis(ms, utc);
    if (t.isValid) return { iso: t.toISO()!, ms };
  }
  return null;
}

const ISO: TimeColumn = { read: isoTime, labels: false };

// A date-only instant as "2024-01-31", one with a time of day as full ISO 8601.
const cellOf = (t: DateTime, withTime: boolean): TimeCell | null =>
  t.isValid ? { iso: withTime ? t.toISO()! : t.toISODate()!, ms: t.toMillis() } : null;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

// A column of plain numbers: years, basic dates and epochs are ISO; R's decimal years (1949.083)
// are months or quarters; 20000 to 80000 are a spreadsheet's serial days; anything else counts steps.
function numericColumn(cells: readonly string[]): TimeColumn {
  const xs = cells.map(Number);
  if (cells.every((c) => isoTime(c))) return ISO;
  const gap = median(xs.slice(1).map((x, i) => x - xs[i]!)) ?? 0;
  const perYear = gap > 0 ? Math.round(1 / gap) : 0;
  if (
    xs.every((x) => x >= 1000 && x < 3000) &&
    (perYear === 12 || perYear === 4) &&
    Math.abs(gap * perYear - 1) < 0.01
  ) {
    const read = (raw: string): TimeCell | null => {
      if (!NUMBER.test(raw)) return null;
      const months = Math.round(Number(raw) * 12);
      const t = DateTime.fromObject(
        { year: Math.floor(months / 12), month: (months % 12) + 1 },
        utc,
      );
      return t.isValid ? { iso: t.toFormat('yyyy-MM'), ms: t.toMillis() } : null;
    };
    return { read, labels: false, note: 'decimal years (as R writes time()) were read as months' };
  }
  if (xs.every((x) => x >= 20_000 && x < 80_000)) {
    const whole = xs.every(Number.isInteger);
    const read = (raw: string) =>
      NUMBER.test(raw)
        ? cellOf(DateTime.fromMillis((Number(raw) - SHEET_EPOCH_DAYS) * DAY, utc), !whole)
        : null;
    return { read, labels: false, note: 'the times were read as spreadsheet serial dates' };
  }
  const read = (raw: string): TimeCell | null =>
    NUMBER.test(raw) ? { iso: raw, ms: Number(raw) } : null;
  const note = 'the first column holds numbers, not times, so it was read as the steps’ index';
  return { read, labels: true, note };
}

const DMY =
  /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap]m)?)?$/i;

// 31.01.2024, 01/31/2024, 31-01-24, 2024/01/31, with an optional time (13:00, 1:00 PM). Which of
// the two small fields is the day is read from the column; where no row tells, a slash is
// month first (as US spreadsheets write it) and a dot or a dash day first.
function numericDateColumn(cells: readonly string[]): TimeColumn | null {
  const parts = cells.map((c) => DMY.exec(c));
  if (parts.some((p) => !p)) return null;
  const yearFirst = parts.every((p) => p![1]!.length === 4);
  let dayFirst = parts[0]![2] !== '/';
  // The first row that tells decides; a row that then disagrees is refused with its line.
  const telling = parts.find((p) => Number(p![1]) > 12 || Number(p![3]) > 12);
  if (!yearFirst && telling) dayFirst = Number(telling[1]) > 12;
  const read = (raw: string): TimeCell | null => {
    const p = DMY.exec(raw);
    if (!p) return null;
    const [, a, , b, c, hh, mm, ss, ampm] = p;
    const y = Number(yearFirst ? a : c);
    const year = (yearFirst ? a : c)!.length <= 2 ? y + (y < 69 ? 2000 : 1900) : y;
    let hour = Number(hh ?? 0);
    if (ampm) hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
    const [month, day] = yearFirst ? [b, c] : dayFirst ? [b, a] : [a, b];
    const t = DateTime.fromObject(
      { year, month: Number(month), day: Number(day), hour, minute: Number(mm ?? 0) },
      utc,
    ).set({ second: Number(ss ?? 0) });
    return cellOf(t, hh !== undefined);
  };
  const order = yearFirst ? 'year, month, day' : dayFirst ? 'day, month, year' : 'month, day, year';
  return { read, labels: false, note: `the times were read as ${order}` };
}

// Month names (English, as most exports write them), coarsest first: months stay months.
const NAMED: readonly [string, boolean][] = [
  ['MMM yyyy', true],
  ['MMMM yyyy', true],
  ['MMM-yyyy', true],
  ['MMM-yy', true],
  ['yyyy-MMM', true],
  ['yyyy MMM', true],
  ['d-MMM-yyyy', false],
  ['d-MMM-yy', false],
  ['d MMM yyyy', false],
  ['d MMMM yyyy', false],
  ['MMM d, yyyy', false],
  ['MMMM d, yyyy', false],
  ['d-MMM-yyyy HH:mm', false],
  ['d MMM yyyy HH:mm', false],
];

function namedColumn(cells: readonly string[]): TimeColumn | null {
  for (const [format, monthly] of NAMED) {
    const at = (raw: string) => DateTime.fromFormat(raw, format, { ...utc, locale: 'en' });
    if (!cells.every((c) => at(c).isValid)) continue;
    const read = (raw: string): TimeCell | null => {
      const t = at(raw);
      if (!t.isValid) return null;
      if (monthly) return { iso: t.toFormat('yyyy-MM'), ms: t.toMillis() };
      return cellOf(t, format.includes('HH'));
    };
    return { read, labels: false, note: `the times were read as "${format}"` };
  }
  return null;
}

const QUARTER = /^(?:(\d{4})\s*[-/ ]?\s*Q([1-4])|Q([1-4])\s*[-/ ]?\s*(\d{4}))$/i;

// 2024Q1, 2024-Q1, 1990 Q1 (R's ts), Q1 2024: the quarter's first month.
function quarterColumn(cells: readonly string[]): TimeColumn | null {
  if (!cells.every((c) => QUARTER.test(c))) return null;
  const read = (raw: string): TimeCell | null => {
    const p = QUARTER.exec(raw);
    if (!p) return null;
    const year = Number(p[1] ?? p[4]);
    const t = DateTime.fromObject({ year, month: 3 * Number(p[2] ?? p[3]) - 2 }, utc);
    return t.isValid ? { iso: t.toFormat('yyyy-MM'), ms: t.toMillis() } : null;
  };
  return { read, labels: false, note: 'quarters were read as their first months' };
}

/** Decides how a column of times is read, from all its (non-empty) cells. */
export function timeColumnOf(column: readonly string[]): TimeColumn {
  const cells = column.filter((c) => c !== '');
  if (cells.length === 0) return ISO;
  if (cells.every((c) => NUMBER.test(c))) return numericColumn(cells);
  if (cells.every((c) => isoTime(c))) return ISO;
  return numericDateColumn(cells) ?? namedColumn(cells) ?? quarterColumn(cells) ?? ISO;
}

export const TIME_FORMATS =
  'a time: ISO 8601 (2024-01-31, 2024-01, 2024-01-31T13:00:00Z), "2024-01-31 13:00", 31.01.2024, 01/31/2024, "Jan 2024", 2024Q1, epoch seconds, or a step number';
