// The language of one email or PDF: the recipient's locale (a subscription's `locale`, the PDF
// export's `lang=`), English when none. Text from the shared catalogue, numbers and dates by
// the locale's rules; English output stays exactly what the reports wrote before.
import type { TFunction } from 'i18next';
import { formatDay as englishDay } from '../domain/dates.js';
import {
  createI18n,
  formatTag,
  languageOf,
  wordsFor,
  type Language,
  type Words,
} from '../domain/i18n/index.js';
import type { ReportPeriod } from '../domain/report-periods.js';

export interface ReportLocale {
  /** The locale tag as given ("de-AT"), or "en". */
  tag: string;
  language: Language;
  /** The tag numbers and dates are written with (English: en-GB). */
  format: string;
  t: TFunction;
  /** The pieces of the generated sentences (comparisons, cost lines) in this language. */
  words: Words;
}

const made = new Map<string, ReportLocale>();

/** The report locale for a tag (unknown or absent: English); made once per tag. */
export function reportLocale(tag?: string | null): ReportLocale {
  const key = tag && languageOf(tag) ? tag : 'en';
  let loc = made.get(key);
  if (!loc) {
    loc = {
      tag: key,
      language: languageOf(key)!,
      format: formatTag(key),
      t: createI18n(key).t,
      words: wordsFor(key),
    };
    made.set(key, loc);
  }
  return loc;
}

export const ENGLISH = reportLocale('en');

/** "4 Mar 2026" / "4. März 2026": a date (or the date of an ISO instant) for the locale. */
export function localDay(date: string, loc: ReportLocale = ENGLISH): string {
  if (loc.language === 'en') return englishDay(date);
  return new Intl.DateTimeFormat(loc.format, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** The period as a sentence names it: "November 2026", "the week of 2 November 2026", German alike. */
export function periodLabel(p: ReportPeriod, loc: ReportLocale = ENGLISH): string {
  if (loc.language === 'en') return p.label;
  const start = new Date(`${p.from}T00:00:00Z`);
  const long = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(loc.format, { ...o, timeZone: 'UTC' }).format(start);
  if (p.key.includes('-W'))
    return loc.t('report.weekOf', {
      date: long({ day: 'numeric', month: 'long', year: 'numeric' }),
    });
  // A whole calendar month by its name; any other range (a PDF export's) by its ends.
  const next = new Date(`${p.to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const wholeMonth =
    p.from.endsWith('-01') && p.from.slice(0, 7) === p.to.slice(0, 7) && next.getUTCDate() === 1;
  return wholeMonth
    ? long({ month: 'long', year: 'numeric' })
    : `${localDay(p.from, loc)} – ${localDay(p.to, loc)}`;
}
