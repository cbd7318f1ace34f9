// How the console writes values with their units, in the page's language.
import { pageFormatTag, pageT } from '../lib/locale.js';

import type { en } from '../../domain/i18n/en.js';

type Unit = keyof typeof en.admin.units;
const UNITS = new Set<string>(['percent', 'minutes', 'ms', 'seconds', 'users'] satisfies Unit[]);
const isUnit = (u: string): u is Unit => UNITS.has(u);

export function withUnit(value: number | null, unit: string): string {
  const t = pageT();
  if (value === null) return t('admin.noData');
  const suffix = isUnit(unit) ? t(`admin.units.${unit}`) : '';
  return `${value.toLocaleString(pageFormatTag())}${suffix}`;
}

export function targetText(target: number, direction: 'min' | 'max', unit: string): string {
  return `${direction === 'min' ? '≥' : '≤'} ${withUnit(target, unit)}`;
}
