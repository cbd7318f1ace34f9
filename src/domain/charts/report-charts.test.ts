import { describe, expect, it } from 'vitest';
import { wordsFor } from '../i18n/index.js';
import {
  reportSeasonalOption,
  reportWeeklyOption,
  reportYearOverYearOption,
} from './comparison-charts.js';
import { axisDay, reportForecastOption, reportUsageOption } from './report-charts.js';

const buckets = [
  { start: '2026-11-03', values: { sessions: 60, audio_minutes: 190, transcriptions: 57 } },
  { start: '2026-11-04', values: { sessions: 40, audio_minutes: 120, transcriptions: 30 } },
];

describe('report usage chart', () => {
  it('plots every count against the count axis and minutes against their own', () => {
    const o = reportUsageOption(buckets, ['sessions', 'audio_minutes', 'transcriptions'], 'Daily');
    const axisOf = (name: string) => o.series.find((s) => s.name === name)!.yAxisIndex;
    expect(o.yAxis.map((a) => a.name)).toEqual(['count', 'minutes']);
    // The bug: transcriptions (57 on 3 Nov) were read against the minutes axis.
    expect(axisOf('Transcriptions')).toBe(axisOf('Sessions'));
    expect(axisOf('Transcriptions')).toBe(0);
    expect(axisOf('Audio minutes')).toBe(1);
  });

  it('gives storage its own axis in the shared storage unit', () => {
    const o = reportUsageOption(
      [{ start: '2026-11-03', values: { sessions: 3, storage_mb: 17400.5 } }],
      ['sessions', 'storage_mb'],
      'Daily',
    );
    expect(o.yAxis.map((a) => a.name)).toEqual(['count', 'storage']);
    const f = (o.yAxis[1]!.axisLabel as { formatter: (v: number) => string }).formatter;
    expect(f(17400.5)).toBe('17.4 GB');
  });
});

describe('report chart axes', () => {
  it('write days as the dashboard does', () => {
    expect(axisDay('2026-11-03')).toBe('3 Nov');
    expect(axisDay('2026-09-30T00:00:00+02:00')).toBe('30 Sept');
    const o = reportUsageOption(buckets, ['sessions'], 't') as unknown as {
      xAxis: { data: string[] };
    };
    expect(o.xAxis.data.slice(0, 2)).toEqual(['3 Nov', '4 Nov']);
  });
});

describe('report charts in German', () => {
  const de = wordsFor('de');
  it('name the legend, the axes and the days in German, with German numbers', () => {
    const o = reportUsageOption(buckets, ['sessions', 'audio_minutes'], 'Täglich', de);
    expect(o.series.map((s) => s.name)).toEqual(['Sitzungen', 'Audiominuten']);
    expect(o.yAxis.map((a) => a.name)).toEqual(['Anzahl', 'Minuten']);
    expect(o.xAxis.data).toEqual(['3. Nov.', '4. Nov.']);
    expect(axisDay('2026-03-04', de)).toBe('4. März');
    const f = (o.yAxis[0]!.axisLabel as { formatter: (v: number) => string }).formatter;
    expect(f(12500)).toBe('12.500');
    const st = reportUsageOption(buckets, ['storage_mb'], 't', de).yAxis[0]!;
    expect((st.axisLabel as { formatter: (v: number) => string }).formatter(17400.5)).toBe(
      '17,4 GB',
    );
  });

  it('write the forecast and the comparisons in German', () => {
    const f = reportForecastOption(
      'sessions',
      [{ date: '2026-11-01', value: 3 }],
      [{ date: '2026-11-02', point: 5, lower80: 4, upper80: 6 }],
      100,
      de,
    );
    expect(f.title.text).toBe('Sitzungen: kumuliert in diesem Monat und Prognose');
    expect(f.series.map((s) => s.name)).toEqual([
      'bisher',
      'untere Grenze',
      '80-%-Bereich',
      'Prognose',
      'Limit',
    ]);
    const y = reportYearOverYearOption(
      'sessions',
      [{ from: '2026-12-01', value: 2, previous: 1 }],
      de,
    );
    expect(y.series.map((s) => s.name)).toEqual(['ein Jahr früher', 'dieser Zeitraum']);
    expect(y.xAxis.data).toEqual(['1. Dez.']);
    const w = reportWeeklyOption(
      'sessions',
      [{ start: '2026-11-02', value: 1, complete: true }],
      de,
    );
    expect(w.title.text).toBe('Sitzungen pro Woche (Montag bis Sonntag)');
    const s = reportSeasonalOption('sessions', [{ month: 3, label: 'March', index: 1.125 }], de);
    expect(s.xAxis.data).toEqual(['Mär']);
    const pct = (s.yAxis.axisLabel as { formatter: (v: number) => string }).formatter;
    expect(pct(12.5)).toBe('+12,5 %');
    // English as before.
    const e = reportSeasonalOption('sessions', [{ month: 3, label: 'March', index: 1.125 }]);
    expect(e.xAxis.data).toEqual(['Mar']);
    expect(reportForecastOption('sessions', [], [], null).title.text).toBe(
      'Sessions: cumulative this month and forecast',
    );
  });
});

describe('report forecast chart', () => {
  it('marks the day the sessions limit stops the usage inside sessions', () => {
    const f = reportForecastOption(
      'audio_minutes',
      [{ date: '2026-12-01', value: 263 }],
      ['2026-12-02', '2026-12-21', '2026-12-22'].map((date, i) => ({
        date,
        point: 400 + 100 * i,
        lower80: 350,
        upper80: 450 + 100 * i,
      })),
      3000,
      undefined,
      { metric: 'sessions', date: '2026-12-21' },
    );
    const forecast = f.series.find((s) => s.name === 'forecast') as {
      markLine?: { data: { xAxis: number }[]; label: { formatter: string } };
    };
    expect(forecast.markLine?.data).toEqual([{ xAxis: 2 }]);
    expect(forecast.markLine?.label.formatter).toBe('Sessions limit\nstops usage 21 Dec');
    const without = reportForecastOption('audio_minutes', [], [], 3000);
    expect(without.series.some((s) => 'markLine' in s)).toBe(false);
  });
});
