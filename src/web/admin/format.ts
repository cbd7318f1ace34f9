// How the console writes values with their units, in the page's language.
import { pageFormatTag, pageT } from '../lib/locale.js';

const UNITS = new Set(['percent', 'minutes', 'ms', 'seconds', 'users']);

export function withUnit(value: number | null, unit: string): string {
  const t = pageT();
  if (value === null) return t('admin.noData');
  const suffix = UNITS.has(unit) ? t(`admin.units.${unit}`) : '';
  return `${value.toLocaleString(pageFormatTag())}${suffix}`;
}

export function targetText(target: number, direction: 'min' | 'max', unit: string): string {
  return `${direction === 'min' ? '≥' : '≤'} ${withUnit(target, unit)}`;
}
