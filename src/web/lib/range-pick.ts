// The custom range picker's rules: which range a click on a day makes, and the dates people type.
import { isIsoDate } from '../../domain/dates.js';

export interface Picking {
  from: string;
  to: string;
  /** True once a click has started a range and waits for its end. */
  started: boolean;
}

/**
 * The range after a click on `day`: a click while no new range is started begins one (the range
 * the dialog opened with is replaced, never extended); the next click ends it, in either order.
 */
export function pickDay(p: Picking, day: string): Picking {
  if (!p.started || !p.from) return { from: day, to: '', started: true };
  return day < p.from
    ? { from: day, to: p.from, started: false }
    : { from: p.from, to: day, started: false };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// German month names too: a German page writes its dates with them ("1. Sept. 2026", "4. März 2026").
const MONATE = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date typed as the app writes it ("1 Sept 2026", "1 September 2026", "1. Sept. 2026"), as day/month/year
 * ("1/9/2026") or as ISO ("2026-09-01"); null when it is none of these or no such day.
 */
export function parseDateText(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/,/g, ' ');
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\.?\s*([a-zäöü]{3,9})\.?\s+(\d{4})$/.exec(t))) {
    const word = match[2]!;
    // Any abbreviation of at least three letters: "Sep", "Sept", "September", "Okt".
    const inEnglish = MONTHS.findIndex((name) => name.startsWith(word));
    const month = inEnglish >= 0 ? inEnglish : MONATE.findIndex((name) => name.startsWith(word));
    if (month < 0) return null;
    [d, m, y] = [Number(match[1]), month + 1, Number(match[3])];
  } else return null;
  if (m < 1 || m > 12) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(iso) ? iso : null;
}
