import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarHeatmap, Peers, WeekdayHourHeatmap } from './analytics-types.js';
import { loadCatalogue } from './catalogues.js';
import { formatMonth } from './format.js';
import { calendarTable, heatmapSummary, peersSummary } from './pattern-data.js';

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

describe('calendarTable', () => {
  const c = {
    metric: 'sessions',
    range: { from: '2026-10-30', to: '2026-11-02' },
    days: [
      { date: '2026-10-30', value: 2 },
      { date: '2026-10-31', value: 4 },
      { date: '2026-11-01', value: null },
      { date: '2026-11-02', value: 6 },
    ],
    max: 6,
  } as unknown as CalendarHeatmap;

  it('names each month as the page language does, never "2026-11"', async () => {
    expect(calendarTable(c).rows.map((r) => r[0])).toEqual(['October 2026', 'November 2026']);
    vi.stubGlobal('document', { documentElement: { lang: 'de' } });
    await loadCatalogue('de');
    const t = calendarTable(c);
    expect(t.rows.map((r) => r[0])).toEqual(['Oktober 2026', 'November 2026']);
    expect(t.columns[0]).toBe('Monat');
    expect(formatMonth('2026-11', true)).toBe('Nov. 2026');
    expect(JSON.stringify(t)).not.toMatch(/\d{4}-\d{2}/);
  });
});

describe('peersSummary', () => {
  const p = {
    type: 'peers',
    month: '2026-10',
    plan: 'pro',
    planName: 'Pro',
    metrics: [
      {
        metric: 'sessions',
        value: 5,
        cohort: null,
        comparison: { available: false, reason: 'fewer than 10 users share the plan' },
      },
    ],
  } as unknown as Peers;

  it('names the plan by its display name, in English and German', async () => {
    expect(peersSummary(p)).toContain('Pro');
    expect(peersSummary(p)).not.toMatch(/\bpro\b/);
    vi.stubGlobal('document', { documentElement: { lang: 'de' } });
    await loadCatalogue('de');
    expect(peersSummary(p)).toContain('von Pro für Oktober 2026');
    expect(peersSummary(p)).not.toMatch(/\bpro\b/);
  });
});
