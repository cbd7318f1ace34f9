// The shared parts of the analytics charts' options: look, tooltip rows. Pure, no DOM.
import { pageLanguage } from '../lib/locale.js';
import { formatDayShort } from '../lib/format.js';
import { esc, type ChartOption, type Look } from './option-parts.js';

export function common(look: Look): ChartOption {
  const p = look.palette;
  return {
    animation: look.animation,
    animationDuration: 300,
    backgroundColor: 'transparent',
    textStyle: {
      color: p.text,
      fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
    },
    aria: { enabled: true, label: { description: look.description } },
    tooltip: {
      confine: true,
      className: 'chart-tooltip',
      backgroundColor: p.tooltipBg,
      borderColor: p.tooltipBorder,
      textStyle: { color: p.text },
    },
  };
}

export const row = (name: string, value: string, dot?: string) =>
  `<div class="tt-row">${dot ? `<span class="tt-dot ${esc(dot)}"></span>` : ''}<span class="tt-name">${esc(
    name,
  )}</span><b class="tt-value">${esc(value)}</b></div>`;
export const box = (title: string, rows: string) =>
  `<div class="tt"><div class="tt-title">${esc(title)}</div>${rows}</div>`;

export const dayLabel = (d: string) => {
  // English keeps its own short names ("4 Sep"); other languages write the day as Intl does.
  if (pageLanguage() !== 'en') return formatDayShort(d);
  const [, m, day] = d.split('-');
  return `${Number(day)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]}`;
};
