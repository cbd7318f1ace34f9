import { describe, expect, it } from 'vitest';
import { VersionedCache } from './versioned-cache.js';

describe('VersionedCache.keeps', () => {
  it('is false once an answer proved larger than the whole budget, true again when one fits', async () => {
    let size = 20_000;
    const cache = new VersionedCache<string>({ maxBytes: 10_000, sizeOf: () => size });
    expect(cache.keeps('k')).toBe(true);
    await cache.get('k', 'v1', async () => 'big');
    await Promise.resolve();
    expect(cache.has('k', 'v1')).toBe(false);
    expect(cache.keeps('k')).toBe(false);
    size = 10;
    await cache.get('k', 'v2', async () => 'small');
    await Promise.resolve();
    expect(cache.has('k', 'v2')).toBe(true);
    expect(cache.keeps('k')).toBe(true);
    expect(new VersionedCache<string>({ maxBytes: 0, sizeOf: () => 1 }).keeps('k')).toBe(false);
  });
});
