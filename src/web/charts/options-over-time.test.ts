import { describe, expect, it } from 'vitest';
import type { History } from '../lib/types.js';
import { PALETTES } from './theme.js';
import { overTimeHeight, overTimeOption } from './options-over-time.js';

const h = {
  period: { from: '2026-11-01', to: '2026-11-20', tz: 'UTC', groupBy: 'day' },
  buckets: Array.from({ length: 20 }, (_, i) => ({
    start: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
    end: '',
    sessions: 40 + i,
    transcriptions: 30 + i,
    audio_minutes: 100 + i,
    storage_mb: 17_000,
  })),
  peaks: {},
  limits: { values: {}, planName: 'Pro' },
} as unknown as History;
const look = { palette: PALETTES.light, compact: false, animation: false, description: '' };

type Axis = { gridIndex: number; name?: string; axisLabel: { show?: boolean } };
type Grid = { top: number; height: number; left: number; right: number };

describe('usage over time', () => {
  it('draws one chart per unit on aligned time axes, never several y-axes on one chart', () => {
    const o = overTimeOption(
      h,
      ['sessions', 'audio_minutes', 'transcriptions', 'storage_mb'],
      look,
    );
    const grids = o.grid as Grid[];
    const y = o.yAxis as Axis[];
    const x = o.xAxis as Axis[];
    expect(grids).toHaveLength(3);
    expect(y.map((a) => [a.gridIndex, a.name])).toEqual([
      [0, 'count'],
      [1, 'minutes'],
      [2, 'storage'],
    ]);
    // Aligned: the same left and right edges; stacked without overlapping.
    expect(new Set(grids.map((g) => `${g.left}/${g.right}`)).size).toBe(1);
    for (let i = 1; i < grids.length; i++) {
      expect(grids[i]!.top).toBeGreaterThan(grids[i - 1]!.top + grids[i - 1]!.height);
    }
    // Dates under the last chart only; one zoom for all.
    expect(x.map((a) => a.axisLabel.show)).toEqual([false, false, true]);
    const zoom = o.dataZoom as { xAxisIndex: number[] }[];
    expect(zoom.every((z) => z.xAxisIndex.join() === '0,1,2')).toBe(true);
    // Each line on the chart of its unit.
    const series = o.series as { id: string; yAxisIndex: number; xAxisIndex: number }[];
    expect(series.map((s) => [s.id, s.yAxisIndex, s.xAxisIndex])).toEqual([
      ['sessions', 0, 0],
      ['audio_minutes', 1, 1],
      ['transcriptions', 0, 0],
      ['storage_mb', 2, 2],
    ]);
    // The panel is as tall as the stacked charts need.
    const last = grids[2]!;
    expect(overTimeHeight(3, false, true)).toBeGreaterThan(last.top + last.height);
  });

  it('keeps a single chart when every metric has the same unit', () => {
    const o = overTimeOption(h, ['sessions', 'transcriptions'], look);
    expect(Array.isArray(o.grid)).toBe(false);
    expect(o.yAxis).toHaveLength(1);
    expect(overTimeHeight(1, false, true)).toBe(340);
  });
});
