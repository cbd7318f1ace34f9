// The translator over the catalogues that are loaded: one i18next instance per reader (a page, an
// embedded component, one email), never a shared global whose language another reader changes.
// English is always here; another language's catalogue is registered by whoever loads it: the
// server all at once (./index.ts), the dashboard only its page's, when that page needs it
// (src/web/lib/catalogues.ts), so a browser never downloads a language it does not show.
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { DEFAULT_LANGUAGE, languageOf, type Language } from './locale.js';

const registered = new Map<Language, Catalogue>([['en', en]]);

/** Makes a language's catalogue available to `createI18n` (again: no change). */
export function registerCatalogue(lang: Language, catalogue: Catalogue): void {
  registered.set(lang, catalogue);
}

/** Whether a language's catalogue is loaded (English always is). */
export function hasCatalogue(lang: Language): boolean {
  return registered.has(lang);
}

/**
 * A sentence that ends on an abbreviation ends with one period: "3.724,3 Min." closing a German
 * sentence read "Min..". Only two periods before a space or the end (an ellipsis, "../" stay).
 */
const SENTENCE_END = {
  type: 'postProcessor' as const,
  name: 'sentenceEnd',
  process: (value: string) => value.replace(/(?<!\.)\.\.(?=\s|$)/g, '.'),
};

/**
 * A ready translator for a locale tag (unsupported tags get English); synchronous, no I/O. A
 * supported language whose catalogue is not loaded throws: silently writing English on a German
 * page is the bug this guards against.
 */
export function createI18n(tag: string): i18n {
  const lng = languageOf(tag) ?? DEFAULT_LANGUAGE;
  if (!registered.has(lng)) throw new Error(`the ${lng} catalogue is not loaded`);
  const instance = i18next.createInstance({
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...registered.keys()],
    resources: Object.fromEntries([...registered].map(([l, c]) => [l, { translation: c }])),
    // The catalogues are in memory: init completes before it returns, so the first render has text.
    initAsync: false,
    // React and the email templates escape what they render; PDFs are not HTML at all.
    interpolation: { escapeValue: false },
    returnNull: false,
    postProcess: [SENTENCE_END.name],
  });
  instance.use(SENTENCE_END);
  void instance.init();
  return instance;
}

/** The translate function for a locale tag (for the server: one email, one PDF). */
export function translator(tag: string): TFunction {
  return createI18n(tag).t;
}
