import { describe, expect, it } from 'vitest';
import { axisDay, reportUsageOption } from './report-charts.js';

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
