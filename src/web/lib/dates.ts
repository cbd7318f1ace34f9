// Calendar arithmetic on local dates (YYYY-MM-DD) and on ISO strings that carry the user's offset.
// Wall-clock parts are read from the string itself, so the browser's own zone never leaks in.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDate(s: string | null | undefined): s is string {
  const m = s ? DATE.exec(s) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return (
    d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!
  );
}

function utc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(date: string, n: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** Inclusive number of days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000) + 1;
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function endOfMonth(date: string): string {
  const d = utc(startOfMonth(date));
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return iso(d);
}

/** The local date and time written in an ISO string with offset ("2026-03-29T03:00:00+02:00"). */
export function wallClock(isoString: string): { date: string; hour: number; minute: number } {
  return {
    date: isoString.slice(0, 10),
    hour: Number(isoString.slice(11, 13)) || 0,
    minute: Number(isoString.slice(14, 16)) || 0,
  };
}

/** A Date whose UTC fields are the wall-clock fields of the string: format it with timeZone UTC. */
export function wallClockDate(isoString: string): Date {
  const { date, hour, minute } = wallClock(isoString);
  const d = utc(date);
  d.setUTCHours(hour, minute);
  return d;
}

/** Parses a local date into a Date at local midnight of the browser (what date pickers use). */
export function toPickerDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The browser-local calendar date of a picker Date. */
export function fromPickerDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Today's date in a zone, from the browser's clock. */
export function todayIn(tz: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(now);
  } catch {
    return new Intl.DateTimeFormat('en-CA').format(now);
  }
}

/** The first day of the month `n` months before the month of `date`. */
export function monthsBefore(date: string, n: number): string {
  const d = utc(startOfMonth(date));
  d.setUTCMonth(d.getUTCMonth() - n);
  return iso(d);
}
