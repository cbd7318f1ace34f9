// Every language at once, for the server (emails, PDFs, the APIs' sentences): importing this
// module registers each catalogue. The dashboard imports ./instance.ts instead and loads only its
// page's language (src/web/lib/catalogues.ts), so German never weighs on an English page.
import type { Catalogue } from './catalogue.js';
import { de } from './de.js';
import { en } from './en.js';
import { registerCatalogue } from './instance.js';
import type { Language } from './locale.js';

export * from './locale.js';
export { createI18n, translator } from './instance.js';
export { wordsFor, EN_WORDS, type Words } from './words.js';
export { en, de };

/** Every catalogue by language: the one place the server reads its text from. */
export const CATALOGUES: Record<Language, Catalogue> = { en, de };

for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
  registerCatalogue(lang as Language, catalogue);
}
