// The pieces a generated sentence is made of, for one language: the catalogue's texts and the
// numbers, dates, quantities and rates written the way that language writes them. The pure
// layers (src/analytics, src/domain) take a `Words` and default to English, whose pieces are
// exactly the English helpers they always used, so English output stays byte-identical.
import type { TFunction } from 'i18next';
import { formatDay } from '../dates.js';
import { METRIC_DEFS, type Metric } from '../metrics.js';
import { formatMoney } from '../money.js';
import {
  formatAmount,
  formatCount,
  formatQuantity,
  formatRate,
  formatStorage,
  numberFormats,
} from '../quantity.js';
import { createI18n } from './instance.js';
import { DEFAULT_LANGUAGE, formatTag, languageOf, type Language } from './locale.js';

export interface Words {
  lang: Language;
  /** The tag numbers and dates are written with (English: en-GB). */
  tag: string;
  t: TFunction;
  /** A number in a sentence: grouped, at most one decimal. */
  num(x: number): string;
  /** "25 March 2025" / "25. März 2025". */
  day(date: string): string;
  /** "4 Mar 2026" / "4. März 2026". */
  shortDay(date: string): string;
  /** "October 2026" from "2026-10". */
  month(month: string): string;
  /** "12 sessions", "17.4 GB" / "12 Sitzungen". */
  qty(x: number, metric: Metric, abbreviate?: boolean): string;
  /** The same after "of" ("von"), whose case some languages mark: "250 exports" / "250 Exporten". */
  qtyOf(x: number, metric: Metric, abbreviate?: boolean): string;
  /** The number alone as the metric counts it. */
  amount(x: number, metric: Metric): string;
  /** "about 12 a day" / "etwa 12 pro Tag". */
  rate(x: number, per: 'hour' | 'day' | 'week'): string;
  /** A metric's name at the start of a sentence ("Audio minutes"). */
  Label(metric: Metric): string;
  /** A metric's name inside a sentence ("audio minutes"; German nouns keep their capital). */
  label(metric: Metric): string;
  /** Dollars in a sentence, grouped, at most one decimal: "$1,234.5" (English), "1.234,50 $". */
  usd(x: number): string;
  /** Dollars exactly as given, or with `fixed` decimals: "$0.05", "$12.40". */
  dollars(x: number, fixed?: number): string;
  /** An ISO weekday (1 = Monday) by name: "Monday" / "Montag". */
  weekday(n: number): string;
  /** A month of the year (1 = January) by name: "December" / "Dezember". */
  monthName(n: number): string;
}

const long = (tag: string, o: Intl.DateTimeFormatOptions) => {
  const f = new Intl.DateTimeFormat(tag, { ...o, timeZone: 'UTC' });
  return (date: string) => f.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
};

// 2024-01-01 was a Monday: ISO weekday n is that date plus n - 1 days.
const weekdayIn = (tag: string) => {
  const f = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
  return (n: number) => f.format(new Date(Date.UTC(2024, 0, n)));
};

const monthIn = (tag: string) => {
  const f = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
  return (n: number) => f.format(new Date(Date.UTC(2024, n - 1, 1)));
};

function english(): Words {
  const t = createI18n('en').t;
  const num = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
  const day = long('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const month = long('en-GB', { month: 'long', year: 'numeric' });
  return {
    lang: 'en',
    tag: 'en-GB',
    t,
    num: (x) => num.format(x),
    day,
    shortDay: formatDay,
    month: (m) => month(`${m}-01`),
    qty: (x, m, abbreviate) => formatQuantity(m, x, abbreviate ? { abbreviate } : {}),
    qtyOf: (x, m, abbreviate) => formatQuantity(m, x, abbreviate ? { abbreviate } : {}),
    amount: (x, m) => formatAmount(m, x),
    rate: formatRate,
    Label: (m) => METRIC_DEFS[m].label,
    label: (m) => METRIC_DEFS[m].label.toLowerCase(),
    usd: (x) => `$${num.format(x)}`,
    dollars: (x, fixed) => `$${fixed === undefined ? String(x) : x.toFixed(fixed)}`,
    weekday: weekdayIn('en-GB'),
    monthName: monthIn('en-GB'),
  };
}

function other(lang: Language, tag: string): Words {
  const t = createI18n(tag).t;
  const { dec1 } = numberFormats(tag);
  const day = long(tag, { day: 'numeric', month: 'long', year: 'numeric' });
  const shortDay = long(tag, { day: 'numeric', month: 'short', year: 'numeric' });
  const month = long(tag, { month: 'long', year: 'numeric' });
  const qty = (x: number, m: Metric, abbreviate: boolean | undefined, afterOf: boolean) => {
    if (m === 'storage_mb') return formatStorage(x, true, tag);
    if (m === 'audio_minutes' && abbreviate) return `${formatAmount(m, x, tag)} ${t('units.min')}`;
    const shown = METRIC_DEFS[m].whole ? Math.round(x) : Math.round(x * 10) / 10;
    const count = Math.abs(shown) === 1 ? 1 : 2;
    const unit = afterOf ? t(`unitsOf.${m}`, { count }) : t(`units.${m}`, { count });
    return `${formatAmount(m, x, tag)} ${unit}`;
  };
  const amount = (x: number, m: Metric) =>
    m === 'storage_mb' ? formatStorage(x, true, tag) : formatAmount(m, x, tag);
  return {
    lang,
    tag,
    t,
    num: (x) => dec1.format(x),
    day,
    shortDay,
    month: (m) => month(`${m}-01`),
    qty: (x, m, abbreviate) => qty(x, m, abbreviate, false),
    qtyOf: (x, m, abbreviate) => qty(x, m, abbreviate, true),
    amount: (x, m) => (m === 'storage_mb' ? amount(x, m) : formatAmount(m, x, tag)),
    rate: (x, per) => {
      if (x <= 0) return t(`words.rateNone.${per}`);
      if (x < 0.05) return t(`words.rateLess.${per}`, { value: dec1.format(0.1) });
      const value = x >= 10 ? formatCount(x, tag) : dec1.format(x);
      return t(`words.rate.${per}`, { value });
    },
    Label: (m) => t(`metrics.${m}`),
    label: (m) => t(`metrics.${m}`),
    usd: (x) => formatMoney(x, 'USD', tag),
    dollars: (x, fixed) =>
      fixed === undefined
        ? formatMoney(x, 'USD', tag)
        : formatMoney(x, 'USD', tag, { cents: true }),
    weekday: weekdayIn(tag),
    monthName: monthIn(tag),
  };
}

const made = new Map<string, Words>();

/** The sentence pieces for a locale tag (unsupported or absent: English); made once per tag. */
export function wordsFor(tag?: string | null): Words {
  const lang = languageOf(tag) ?? DEFAULT_LANGUAGE;
  const key = lang === 'en' ? 'en' : formatTag(tag!);
  let w = made.get(key);
  if (!w) {
    w = lang === 'en' ? english() : other(lang, key);
    made.set(key, w);
  }
  return w;
}

/** English: the default of every function that writes sentences. */
export const EN_WORDS: Words = wordsFor('en');
