// The shape every catalogue has: English's keys, with any text as the value.
import type { en } from './en.js';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export type Catalogue = Texts<typeof en>;
