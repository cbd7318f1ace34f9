// The message catalogues and a translator over them: one i18next instance per reader (a page, an
// embedded component, one email), never a shared global whose language another reader changes.
import i18next, { type i18n, type TFunction } from 'i18next';
import { de } from './de.js';
import { en } from './en.js';
import { DEFAULT_LANGUAGE, languageOf, type Language } from './locale.js';

export * from './locale.js';
export { en, de };

/** Every catalogue by language: the one place the web and the server read their text from. */
export const CATALOGUES: Record<Language, typeof en> = { en, de };

/** A ready translator for a locale tag (unsupported tags get English); synchronous, no I/O. */
export function createI18n(tag: string): i18n {
  const lng = languageOf(tag) ?? DEFAULT_LANGUAGE;
  const instance = i18next.createInstance({
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: Object.keys(CATALOGUES),
    resources: Object.fromEntries(
      Object.entries(CATALOGUES).map(([l, c]) => [l, { translation: c }]),
    ),
    // The catalogues are in memory: init completes before it returns, so the first render has text.
    initAsync: false,
    // React and the email templates escape what they render; PDFs are not HTML at all.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  void instance.init();
  return instance;
}

/** The translate function for a locale tag (for the server: one email, one PDF). */
export function translator(tag: string): TFunction {
  return createI18n(tag).t;
}
