// The calendar heatmap's month and weekday names in the page's language.
import { pageFormatTag, pageLanguage } from '../lib/locale.js';

/** The calendar's month names: ECharts' own English ones, else the page language's short ones. */
export function calendarMonths(): 'en' | string[] {
  if (pageLanguage() === 'en') return 'en';
  const f = new Intl.DateTimeFormat(pageFormatTag(), { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2024, i, 1))));
}

/** One letter per weekday from Sunday, in the page's language ("S M T W T F S", "S M D M D F S"). */
export function calendarDays(): string[] {
  const f = new Intl.DateTimeFormat(pageFormatTag(), { weekday: 'narrow', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2024, 0, 7 + i))));
}
