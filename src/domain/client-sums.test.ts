import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byValueThenClient, sortedSums, topOfSums } from './client-sums.js';

const part = fc.dictionary(
  fc.constantFrom('a', 'b', 'B', 'c', 'd', 'é', 'e', 'f'),
  fc.integer({ min: 1, max: 6 }),
);

describe('topOfSums', () => {
  it('equals sorting the sums of both parts, whatever the order the closed part came in', () => {
    fc.assert(
      fc.property(part, part, fc.integer({ min: 1, max: 5 }), (closed, open, limit) => {
        const all = new Map(Object.entries(closed));
        for (const [c, v] of Object.entries(open)) all.set(c, (all.get(c) ?? 0) + v);
        const expected = [...all]
          .map(([client, value]) => ({ client, value }))
          .sort(byValueThenClient);
        const got = topOfSums(
          sortedSums(Object.keys(closed), Object.values(closed)),
          { clients: Object.keys(open), values: Object.values(open) },
          limit,
        );
        expect(got.top).toEqual(expected.slice(0, limit));
        expect(got.clients).toBe(all.size);
        expect(got.total).toBe(expected.reduce((s, r) => s + r.value, 0));
      }),
    );
  });

  it('adds fractions of a minute without floating-point tails', () => {
    const got = topOfSums(sortedSums(['x'], [0.1]), { clients: ['x'], values: [0.2] }, 1);
    expect(got.top).toEqual([{ client: 'x', value: 0.3 }]);
    expect(got.total).toBe(0.3);
  });
});
