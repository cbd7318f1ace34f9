// Money on the dashboard: the plan catalogue's currency, in the browser's locale (Intl, via domain/money).
import { formatMoney } from '../../domain/money.js';
import { pageLanguage, pageLocale } from './locale.js';

/** The reader's locale: the page's (`lang=` or the browser's); in English, the browser's own English. */
export const userLocale = (): string =>
  pageLanguage() !== 'en'
    ? pageLocale()
    : (typeof navigator !== 'undefined' && (navigator.languages?.[0] ?? navigator.language)) ||
      'en-US';

/** An amount in the currency for the reader ("$1,234.50", "1.234,50 $"). */
export const money = (
  x: number | null | undefined,
  currency: string,
  opts?: { cents?: boolean },
) => (x === null || x === undefined ? '–' : formatMoney(x, currency, userLocale(), opts));

/** A small unit cost with up to 4 decimals ("$0.0313"): cost per session or per audio minute. */
export const unitMoney = (x: number | null | undefined, currency: string) => {
  if (x === null || x === undefined) return '–';
  try {
    return new Intl.NumberFormat(userLocale(), {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 4,
    }).format(x);
  } catch {
    return formatMoney(x, currency, 'en-US', { cents: true });
  }
};
