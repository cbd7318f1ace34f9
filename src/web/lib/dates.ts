// Dashboard-only date helpers: wall-clock parts of ISO strings that carry the user's offset, the
// date picker's browser-local Dates and today's date from the browser clock. The day arithmetic
// itself is the domain's (src/domain/dates.ts), shared with the server.

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
  const d = new Date(`${date}T00:00:00Z`);
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
