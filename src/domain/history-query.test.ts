import { describe, expect, it } from 'vitest';
import { historyQuerySchema } from './history-query.js';
import { METRIC_ALIASES, METRICS, resolveMetric } from './metrics.js';

describe('the metrics a history query asks for', () => {
  it("accepts the product story's names and answers under the API's", () => {
    const q = historyQuerySchema.parse({ metrics: 'sessions,minutes,transcriptions' });
    expect(q.metrics).toEqual(['sessions', 'audio_minutes', 'transcriptions']);
    // An alias and its metric together ask for it once.
    expect(historyQuerySchema.parse({ metrics: 'minutes,audio_minutes' }).metrics).toEqual([
      'audio_minutes',
    ]);
    expect(
      historyQuerySchema.parse({ metrics: 'storage_used_mb, api_calls_made' }).metrics,
    ).toEqual(['storage_mb', 'api_calls']);
  });

  it('refuses an unknown name, listing the known ones', () => {
    const r = historyQuerySchema.safeParse({ metrics: 'sessions,seconds,toString' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(
      /unknown metric\(s\): seconds, toString; known: sessions/,
    );
  });

  it('maps every alias to a metric and no alias hides a metric name', () => {
    for (const [alias, m] of Object.entries(METRIC_ALIASES)) {
      expect(METRICS).toContain(m);
      expect(METRICS as readonly string[]).not.toContain(alias);
      expect(resolveMetric(alias)).toBe(m);
    }
    expect(resolveMetric('constructor')).toBeNull();
  });
});
