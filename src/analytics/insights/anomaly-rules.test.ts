import { describe, expect, it } from 'vitest';
import { refusedNote } from '../anomalies/usage.js';
import type { MetricAnomalies } from '../types.js';
import { anomalyInsights } from './anomaly-rules.js';

const clock = { now: '2026-12-02T09:00:00Z', zone: 'UTC' };
const spike = (metric: MetricAnomalies['metric'], extra: Partial<MetricAnomalies>) =>
  ({
    metric,
    granularity: 'day',
    method: 'test',
    season: 7,
    threshold: 3.29,
    alarm: 3.29,
    scale: 1,
    transform: 'none',
    anomalies: [
      {
        index: 0,
        time: '2026-11-22',
        value: 90,
        expected: 20,
        lower: 10,
        upper: 30,
        direction: 'spike',
        severity: 'high',
        score: 9,
      },
    ],
    ...extra,
  }) as MetricAnomalies;

describe('anomaly insights', () => {
  it('keeps a spike of a metric whose only caveat is the days a hard limit refused', () => {
    const out = anomalyInsights(
      [spike('sessions', { refusedDays: 5, note: refusedNote(5) })],
      clock,
    );
    expect(out.map((i) => i.id)).toEqual(['anomaly:sessions:2026-11-22']);
  });

  it('leaves out answers with a caveat: too little history, a gauge judged by its change', () => {
    const out = anomalyInsights(
      [
        spike('audio_minutes', { note: 'too little history for the seasons 7' }),
        spike('storage_mb', { note: 'a gauge is judged by its change from the day before' }),
        spike('exports', {
          refusedDays: 3,
          note: `too little history for the seasons 7; ${refusedNote(3)}`,
        }),
      ],
      clock,
    );
    expect(out).toEqual([]);
  });
});
