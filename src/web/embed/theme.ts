// The host's theme on the embedded dashboard: its colours become the dashboard's CSS variables
// (cards, buttons, focus rings) and the charts' palette (ECharts draws with values, not CSS).
import { PALETTES, type ChartPalette } from '../charts/theme.js';
import type { Theme } from '../hooks/useTheme.js';

/** Colours of the host app; any left out keep the dashboard's own for the mode. */
export interface UsageHistoryTheme {
  /** Light or dark base (default: the viewer's system setting). */
  mode?: Theme;
  /** Selected buttons, focus rings, the chart zoom band. */
  accent?: string;
  /** Text on the accent colour. */
  onAccent?: string;
  /** Behind the whole dashboard. */
  background?: string;
  /** Cards, panels and the charts' background. */
  surface?: string;
  /** Raised parts inside panels (table headers, inputs). */
  surfaceRaised?: string;
  text?: string;
  /** Secondary text and axis labels. */
  muted?: string;
  /** Borders, grid lines and axes. */
  border?: string;
  /** Over a limit, errors. */
  danger?: string;
  fontFamily?: string;
  /** Corner radius of cards and panels, e.g. "4px". */
  radius?: string;
}

const VARIABLES: [keyof UsageHistoryTheme, string[]][] = [
  ['accent', ['--accent', '--focus']],
  ['onAccent', ['--on-accent']],
  ['background', ['--bg']],
  ['surface', ['--surface']],
  ['surfaceRaised', ['--surface-2']],
  ['text', ['--text']],
  ['muted', ['--muted']],
  ['border', ['--border']],
  ['danger', ['--danger']],
  ['fontFamily', ['--font']],
  ['radius', ['--radius']],
];

/** The CSS variables a theme sets on the dashboard's root (only the ones it gives). */
export function themeVariables(theme: UsageHistoryTheme = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, names] of VARIABLES) {
    const v = theme[key];
    if (typeof v === 'string' && v.trim()) for (const n of names) out[n] = v.trim();
  }
  return out;
}

/** `#rgb` or `#rrggbb` with an alpha, as rgba(); anything else as it is. */
function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return color;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The charts' palettes for both modes with the theme's colours over the dashboard's own. */
export function themePalettes(theme: UsageHistoryTheme = {}): Record<Theme, ChartPalette> {
  const over = (base: ChartPalette): ChartPalette => ({
    background: theme.surface ?? base.background,
    text: theme.text ?? base.text,
    muted: theme.muted ?? base.muted,
    grid: theme.border ?? base.grid,
    axis: theme.border ?? base.axis,
    tooltipBg: theme.background ?? base.tooltipBg,
    tooltipBorder: theme.border ?? base.tooltipBorder,
    limit: theme.danger ?? base.limit,
    zoomFill: theme.accent ? withAlpha(theme.accent, 0.18) : base.zoomFill,
  });
  return { light: over(PALETTES.light), dark: over(PALETTES.dark) };
}
