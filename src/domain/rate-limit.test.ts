import { describe, expect, it } from 'vitest';
import { take, type Bucket } from './rate-limit.js';

describe('token bucket', () => {
  it('allows the burst, then refuses with the wait, then refills at the rate', () => {
    const limit = { perMinute: 60, burst: 3 };
    let b: Bucket | undefined;
    for (let i = 0; i < 3; i++) {
      const r = take(b, limit, 0);
      expect(r.retryAfter).toBeNull();
      b = r.bucket;
    }
    const refused = take(b, limit, 0);
    expect(refused.retryAfter).toBe(1);
    expect(take(refused.bucket, limit, 1000).retryAfter).toBeNull();
  });
});
