// Where each language's catalogue chunk comes from, apart from the registry (./catalogues.ts) so the
// entry (main.tsx) can start fetching the page's language beside the app without English in it.
import type { Catalogue } from '../../domain/i18n/catalogue.js';
import { DEFAULT_LANGUAGE, languageOf, type Language } from '../../domain/i18n/locale.js';

export const CATALOGUE_CHUNKS: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  de: () => import('../../domain/i18n/de.js').then((m) => m.de),
};

/** Starts fetching a locale tag's catalogue chunk (English: nothing to fetch); the promise, or null. */
export function fetchCatalogue(tag: string): Promise<Catalogue> | null {
  const lang = languageOf(tag) ?? DEFAULT_LANGUAGE;
  return lang === 'en' ? null : CATALOGUE_CHUNKS[lang]();
}
