import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WeekdayHourHeatmap } from './analytics-types.js';
import { loadCatalogue } from './catalogues.js';
import { heatmapSummary } from './pattern-data.js';

afterEach(() => vi.unstubAllGlobals());

describe('heatmapSummary', () => {
  it('reads the busiest hour as a rate, never "0 sessions on average"', async () => {
    const weekdays = ['Monday', 'Tuesday'];
    const h = {
      metric: 'sessions',
      weekdays,
      hours: [9, 10],
      cells: [
        [0.1, 0.3],
        [0.05, 0.2],
      ],
    } as unknown as WeekdayHourHeatmap;
    expect(heatmapSummary(h)).toBe(
      'Sessions, mean per hour by weekday: busiest hour Monday 10:00 (about 0.3 an hour); busiest day Monday.',
    );
    // A German page writes the rate in its own words too, not "about 0.3 an hour".
    vi.stubGlobal('document', { documentElement: { lang: 'de' } });
    await loadCatalogue('de');
    expect(heatmapSummary(h)).toBe(
      'Sitzungen, Mittel pro Stunde nach Wochentag: aktivste Stunde Montag 10:00 (etwa 0,3 pro Stunde); aktivster Tag Montag.',
    );
  });
});
