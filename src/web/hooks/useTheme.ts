// Dark and light themes: the system's by default, the viewer's choice remembered on this device.
import { useCallback, useEffect, useState } from 'react';
import { useMedia } from './useMedia.js';

export type Theme = 'light' | 'dark';
const KEY = 'usage-insights.theme';

function stored(): Theme | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

export function useTheme(): [Theme, () => void] {
  const systemLight = useMedia('(prefers-color-scheme: light)');
  const [chosen, setChosen] = useState<Theme | null>(stored);
  const theme: Theme = chosen ?? (systemLight ? 'light' : 'dark');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const toggle = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setChosen(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, [theme]);
  return [theme, toggle];
}
