import { describe, expect, it } from 'vitest';
import {
  CHARTED_METRICS,
  FLOW_METRICS,
  HEADLINE_METRICS,
  LIMITED_METRICS,
  METRIC_COLORS,
  METRIC_DEFS,
  METRICS,
  REPORT_METRICS,
  STACKED_METRICS,
} from './metrics.js';

describe('the metric catalogue', () => {
  it('gives the subsets the lists the product has always shown, in catalogue order', () => {
    expect(REPORT_METRICS.join()).toBe(
      'sessions,audio_minutes,transcriptions,exports,storage_mb,api_calls',
    );
    expect(CHARTED_METRICS).toEqual(REPORT_METRICS.filter((m) => m !== 'api_calls'));
    expect(HEADLINE_METRICS).toEqual(['sessions', 'audio_minutes', 'transcriptions']);
    expect(STACKED_METRICS).toEqual(['sessions', 'transcriptions', 'exports']);
    expect(FLOW_METRICS.join()).toBe('sessions,audio_minutes,transcriptions,exports,api_calls');
    expect(LIMITED_METRICS).toEqual(REPORT_METRICS.filter((m) => m !== 'api_calls'));
  });

  it('keys every definition by its own name and gives each metric its own colour', () => {
    for (const m of METRICS) expect(METRIC_DEFS[m].name).toBe(m);
    const colours = METRICS.map((m) => METRIC_COLORS[m]);
    expect(new Set(colours).size).toBe(METRICS.length);
    for (const c of colours) expect(c).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('stacks only counted flows, so the stack adds up to countable work', () => {
    for (const m of STACKED_METRICS) {
      expect(FLOW_METRICS).toContain(m);
      expect(METRIC_DEFS[m].whole).toBe(true);
    }
  });
});
