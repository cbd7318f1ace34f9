import { describe, expect, it } from 'vitest';
import type { WeekdayHourHeatmap } from './analytics-types.js';
import { heatmapSummary } from './pattern-data.js';

describe('heatmapSummary', () => {
  it('reads the busiest hour as a rate, never "0 sessions on average"', () => {
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
  });
});
