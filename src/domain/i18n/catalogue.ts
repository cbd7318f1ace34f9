// The shape every catalogue has: English's keys, with any text as the value.
import type { en } from './en.js';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export type Catalogue = Texts<typeof en>;

// i18next's keys are typed from English: a key English lacks fails tsc wherever it is asked for,
// whatever form it takes (a literal, a variable, a template over a union), in every translator
// (useTranslation, pageT, Words, reports); keys.test.ts shows each form rejected.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
