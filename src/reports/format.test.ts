import { describe, expect, it } from 'vitest';
import { bandText, forecastLine, formatChange, formatUsd } from './format.js';
import { reportLocale } from './locale.js';
import { quantityProblems } from '../domain/quantity-check.js';

describe('report numbers', () => {
  it('writes an 80% range whose ends differ, or says it once', () => {
    expect(bandText('sessions', 1280.4, 1370.2)).toBe('80%: 1,280 sessions–1,370 sessions');
    // The last day of a month: storage barely moves.
    expect(bandText('storage_mb', 11_680, 11_740)).toBe('80%: 11.68 GB–11.74 GB');
    expect(bandText('storage_mb', 11_700.1, 11_700.4)).toBe('80% range: 11.7 GB');
    expect(bandText('storage_mb', 512.2, 512.4)).toBe('80% range: 512 MB');
    expect(bandText('exports', 3, 3)).toBe('80% range: 3 exports');
  });

  it('forecast lines keep whole counts, units on limits and distinct range ends', () => {
    const lines = [
      forecastLine({
        metric: 'storage_mb',
        kind: 'level',
        projected: { point: 11_700.2, p80: { lower: 11_700.1, upper: 11_700.4 } },
        limit: 20_000,
        limitReach: { status: 'notExpected' },
      }),
      forecastLine({
        metric: 'transcriptions',
        kind: 'total',
        projected: { point: 1166.7, p80: { lower: 1049.3, upper: 1201.6 } },
        limit: 1000,
        limitReach: { status: 'reached', date: '2026-11-26' },
      }),
      forecastLine({
        metric: 'exports',
        kind: 'total',
        projected: { point: 1, p80: { lower: 1, upper: 2 } },
        limit: 1,
        limitReach: { status: 'expected', date: '2026-11-30' },
      }),
    ];
    expect(lines[0]).toBe('Storage: expected at 11.7 GB of 20 GB (80% range: 11.7 GB)');
    expect(lines[1]).toBe(
      'Transcriptions: projected 1,167 transcriptions of 1,000 transcriptions (80%: 1,049 transcriptions–1,202 transcriptions); limit reached on 26 Nov 2026',
    );
    expect(quantityProblems(lines.join('\n'))).toEqual([]);
  });

  it('names the sessions limit that stops usage inside sessions, in the reader language', () => {
    const audio = {
      metric: 'audio_minutes' as const,
      kind: 'total' as const,
      projected: { point: 4507.5, p80: { lower: 3887, upper: 5300.7 } },
      limit: 3000,
      limitReach: {
        status: 'possible',
        earliest: '2026-12-18',
        stoppedBy: { metric: 'sessions' as const, date: '2026-12-21' },
      },
    };
    expect(forecastLine(audio)).toMatch(
      /; limit possible from 18 Dec 2026; stopped by the sessions limit from 21 Dec 2026$/,
    );
    expect(forecastLine(audio, reportLocale('de-DE'))).toMatch(
      /; ab 21\. Dez\. 2026 durch das Limit für Sitzungen gestoppt$/,
    );
  });
});

describe('report dollars', () => {
  it('writes whole dollars without cents and others with two, as the dashboard does', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(19)).toBe('$19');
    expect(formatUsd(413.5)).toBe('$413.50');
    expect(formatUsd(1234.567)).toBe('$1,234.57');
  });
});

describe("report money and changes in the reader's language", () => {
  const de = reportLocale('de-DE');
  it('writes dollars the German way on a German report, English unchanged', () => {
    expect(formatUsd(41.05, de)).toBe('41,05\u00a0$');
    expect(formatUsd(1234, de)).toBe('1.234\u00a0$');
    expect(formatUsd(41.05, reportLocale('en'))).toBe('$41.05');
  });
  it("writes a change with the locale's percent form", () => {
    expect(formatChange(1713.2, 10, 181, de)).toBe('+1.713,2\u00a0%');
    expect(formatChange(-12.5, 8, 7, de)).toBe('\u221212,5\u00a0%');
    expect(formatChange(12.5, 8, 9)).toBe('+12.5%');
    expect(formatChange(-4, 8, 7)).toBe('\u22124%');
  });
});
