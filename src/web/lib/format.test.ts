import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalogue } from './catalogues.js';
import {
  formatAxisTick,
  formatBucket,
  formatChange,
  formatDollarTick,
  formatPercent,
  formatValue,
  monthOfYearName,
} from './format.js';

afterEach(() => vi.unstubAllGlobals());

describe('month names and dollar ticks by the page language', () => {
  it('keeps English as the API writes it and writes German as German does', async () => {
    expect(monthOfYearName(3, 'March')).toBe('March');
    expect(monthOfYearName(3, 'March', true)).toBe('Mar');
    expect(formatDollarTick(210)).toBe('$210');
    vi.stubGlobal('document', { documentElement: { lang: 'de' } });
    await loadCatalogue('de');
    expect(monthOfYearName(3, 'March')).toBe('März');
    expect(monthOfYearName(12, 'December', true)).toBe('Dez');
    expect(formatDollarTick(210)).toBe('210\u00a0$');
  });
});

describe('formatting', () => {
  it('writes values in their unit', () => {
    expect(formatValue('sessions', 1204)).toBe('1,204 sessions');
    expect(formatValue('audio_minutes', 312.54)).toBe('312.5 min');
    expect(formatValue('audio_minutes', 312.54, { exact: true })).toBe('312.54 min');
    expect(formatValue('storage_mb', 812)).toBe('812 MB');
    expect(formatValue('storage_mb', 17411.34)).toBe('17.4 GB');
    expect(formatValue('storage_mb', 17411.34, { exact: true })).toBe('17.4 GB');
    expect(formatValue('transcriptions', 1049.3)).toBe('1,049 transcriptions');
    expect(formatValue('sessions', 1)).toBe('1 session');
    expect(formatValue('exports', 1)).toBe('1 export');
    expect(formatAxisTick('storage_mb', 18000)).toBe('18 GB');
    expect(formatAxisTick('sessions', 18000)).toBe('18k');
    expect(formatValue('api_calls', 32788, { compact: true })).toBe('32.8k calls');
    expect(formatValue('sessions', 5, { unit: false })).toBe('5');
    expect(formatValue('sessions', null)).toBe('–');
  });

  it('signs changes and says "new" when there was nothing before', () => {
    expect(formatChange(12.34)).toBe('+12.3%');
    expect(formatChange(-4)).toBe('−4%');
    expect(formatChange(0.01)).toBe('0%');
    expect(formatChange(null)).toBe('new');
    expect(formatPercent(107.5)).toBe('108%');
    expect(formatPercent(7.25)).toBe('7.3%');
  });

  it('names buckets by their wall-clock time in the user zone, whatever the browser zone', () => {
    expect(formatBucket('2026-03-29T03:00:00+02:00', 'hour')).toBe('Sun 29 Mar, 03:00');
    expect(formatBucket('2026-03-29T03:00:00+02:00', 'hour', true)).toBe('03:00');
    expect(formatBucket('2026-11-01T00:00:00+11:00', 'day')).toBe('Sun, 1 Nov 2026');
    expect(formatBucket('2026-11-02T00:00:00+01:00', 'week')).toBe('Week of 2 Nov 2026');
    expect(formatBucket('2025-12-01T00:00:00+01:00', 'month')).toBe('December 2025');
    expect(formatBucket('2025-12-01T00:00:00+01:00', 'month', true)).toBe('Dec ’25');
  });
});
