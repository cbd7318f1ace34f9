import { describe, expect, it } from 'vitest';
import { quantityProblems } from './quantity-check.js';
import { formatQuantity, formatRate } from './quantity.js';

describe('quantityProblems', () => {
  it('finds each kind of number a customer should never read', () => {
    const bad = [
      '1,049.3 transcriptions',
      'projected 1,166.7 sessions',
      '1 sessions',
      '3 export',
      '14,918.44 MB',
      '17,400.5 MB',
      '0 sessions on average',
      '80%: 11.7 GB–11.7 GB',
      '80%: 6 – 6 sessions',
      'Storage: 812 GB of 200,000',
    ];
    for (const t of bad) expect(quantityProblems(`Before. ${t} after`), t).toHaveLength(1);
  });

  it('passes what the formatters write', () => {
    const good = [
      formatQuantity('transcriptions', 1049.3),
      formatQuantity('sessions', 1),
      formatQuantity('exports', 2),
      formatQuantity('storage_mb', 14918.44),
      formatQuantity('storage_mb', 812.4),
      formatQuantity('audio_minutes', 1),
      formatRate(0.3, 'hour'),
      '80%: 11.6 GB–11.7 GB',
      'Storage: 17.4 GB of 20 GB (87%)',
      '12 Oct 2026 – 14 Oct 2026',
      '1 Sept 2026 – 30 Sept 2026',
      'Day 30 of 30',
      // A table row read as text: a date, an empty cell, a value that the year happens to end in.
      '7 Dec 2026\t–\t6 sessions\t2 sessions',
    ];
    expect(quantityProblems(good.join('. '))).toEqual([]);
  });
});
