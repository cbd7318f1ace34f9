// Which language a reader gets: a tag asked for explicitly (the URL's `lang=`, a subscription's
// locale) wins over the browser's list, and anything we have no catalogue for falls back to English.

/** The languages with a complete catalogue (src/domain/i18n/<lang>.ts). */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

// A BCP 47 tag as far as we read one: language, optional script/region ("de", "de-AT", "en-GB").
const TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;

/** The catalogue language of a tag ("de-AT" → "de"), or null when we have none for it. */
export function languageOf(tag: string | null | undefined): Language | null {
  if (!tag || !TAG.test(tag)) return null;
  const lang = tag.split('-')[0]!.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : null;
}

/** A supported tag in its canonical case ("DE-at" → "de-AT"), or null. */
export function supportedTag(tag: string | null | undefined): string | null {
  if (!languageOf(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag!)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The reader's locale tag: the explicit choice when we support it, else the first browser language
 * we support, else English. The tag keeps its region ("de-AT") for Intl's number and date formats.
 */
export function resolveLocale(
  explicit: string | null | undefined,
  preferred: readonly string[] = [],
): string {
  for (const tag of [explicit, ...preferred]) {
    const ok = supportedTag(tag);
    if (ok) return ok;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The tag numbers and dates are written with. English keeps the dashboard's and reports' one
 * English format ("1,234", "4 Mar 2026", the en-GB rules) whatever the English region; other
 * languages use their own tag's rules ("1.234", "4. März 2026").
 */
export function formatTag(tag: string): string {
  const lang = languageOf(tag) ?? DEFAULT_LANGUAGE;
  return lang === 'en' ? 'en-GB' : (supportedTag(tag) ?? lang);
}
