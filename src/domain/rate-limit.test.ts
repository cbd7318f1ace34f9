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

  it('charges expensive requests more, never more than the burst', () => {
    const limit = { perMinute: 60, burst: 40 };
    const first = take(undefined, limit, 0, 30);
    expect(first.retryAfter).toBeNull();
    expect(first.bucket.tokens).toBe(10);
    const second = take(first.bucket, limit, 0, 30);
    expect(second.retryAfter).toBe(20); // 20 more tokens at one a second
    expect(take(second.bucket, limit, 0).retryAfter).toBeNull(); // a cheap read still passes
    // A cost above the burst is charged as the burst, so the request is not refused forever.
    expect(take(undefined, { perMinute: 60, burst: 5 }, 0, 30).retryAfter).toBeNull();
  });
});
