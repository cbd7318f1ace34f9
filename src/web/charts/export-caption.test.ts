import { describe, expect, it } from 'vitest';
import { exportCaption, unitsLine } from './export-caption.js';

describe('export caption', () => {
  it('names the title, the range and the unit of every metric', () => {
    expect(unitsLine(['sessions', 'audio_minutes', 'storage_mb'])).toBe(
      'Units: Sessions (count), Audio minutes (minutes), Storage (MB)',
    );
    const lines = exportCaption(
      'Usage over time',
      { from: '2026-11-01', to: '2026-11-30' },
      unitsLine(['sessions']),
    );
    expect(lines[0]).toBe('Usage over time');
    expect(lines[1]).toMatch(/1 Nov 2026 – 30 Nov 2026/);
    expect(lines[2]).toBe('Units: Sessions (count)');
    expect(exportCaption('Plan', { from: '2026-11-01', to: '2026-11-01' })).toHaveLength(2);
  });
});
