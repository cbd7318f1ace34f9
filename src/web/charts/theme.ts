// Chart colours per theme (the page's CSS variables hold the same values).
import type { Theme } from '../hooks/useTheme.js';

export interface ChartPalette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  tooltipBg: string;
  tooltipBorder: string;
  limit: string;
  zoomFill: string;
}

export const PALETTES: Record<Theme, ChartPalette> = {
  dark: {
    background: '#181b24',
    text: '#e7e9ee',
    muted: '#a3a9b7',
    grid: '#2a2f3a',
    axis: '#3a404d',
    tooltipBg: '#0f1117',
    tooltipBorder: '#3a404d',
    limit: '#ff8a8a',
    zoomFill: 'rgba(255, 184, 0, 0.15)',
  },
  light: {
    background: '#ffffff',
    text: '#14171f',
    muted: '#596170',
    grid: '#e6e8ec',
    axis: '#c9cdd4',
    tooltipBg: '#ffffff',
    tooltipBorder: '#d5d9e0',
    limit: '#c62828',
    zoomFill: 'rgba(255, 184, 0, 0.2)',
  },
};
