// Money in the plan catalogue's currency, written for a locale by Intl.NumberFormat (never by hand).

/** The catalogue's currency when a plan names none. */
export const DEFAULT_CURRENCY = 'USD';

const formats = new Map<string, Intl.NumberFormat>();

function format(locale: string, currency: string, cents: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${cents}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(cents ? {} : { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
    });
    formats.set(key, f);
  }
  return f;
}

/** Writes an amount in the currency for the locale ("$1,234.50", "1.234,50 $"); whole amounts without cents unless asked. */
export function formatMoney(
  amount: number,
  currency: string = DEFAULT_CURRENCY,
  locale = 'en-US',
  opts: { cents?: boolean } = {},
): string {
  const cents = opts.cents ?? !Number.isInteger(Math.round(amount * 100) / 100);
  try {
    return format(locale, currency, cents).format(amount);
  } catch {
    // An unknown locale tag falls back to English rather than failing a report.
    return format('en-US', currency, cents).format(amount);
  }
}

/** Rounds to cents (money is computed in floating point and shown and compared in cents). */
export const toCents = (x: number): number => Math.round(x * 100) / 100;
