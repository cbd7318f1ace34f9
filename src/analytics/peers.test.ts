import { describe, expect, it } from 'vitest';
import { peerPercentile } from './peers.js';

const cohort = { p25: 10, p50: 20, p75: 40, p90: 80, n: 50 };

describe('peer percentile', () => {
  it('interpolates between the cohort percentiles', () => {
    expect(peerPercentile(cohort, 20)).toMatchObject({ percentile: 50, position: 'typical' });
    expect(peerPercentile(cohort, 30)).toMatchObject({ percentile: 62.5 });
    expect(peerPercentile(cohort, 5)).toMatchObject({
      percentile: 12.5,
      position: 'below-typical',
    });
    expect(peerPercentile(cohort, 60)).toMatchObject({
      percentile: 82.5,
      position: 'above-typical',
    });
  });

  it('says only "at least 90" above p90', () => {
    expect(peerPercentile(cohort, 500)).toMatchObject({
      percentile: 90,
      bound: 'at-least',
      position: 'top-10-percent',
    });
  });

  it('takes the middle of tied percentiles (a cohort where most use nothing)', () => {
    expect(peerPercentile({ p25: 0, p50: 0, p75: 3, p90: 9, n: 40 }, 0)).toMatchObject({
      percentile: 25,
    });
  });

  it('is unavailable under 10 users and carries only aggregates', () => {
    expect(peerPercentile({ ...cohort, n: 9 }, 20)).toMatchObject({ available: false });
    const r = peerPercentile(cohort, 20);
    expect(Object.keys(r.available ? r.cohort : {}).sort()).toEqual([
      'n',
      'p25',
      'p50',
      'p75',
      'p90',
    ]);
  });

  it('rejects unordered percentiles', () => {
    expect(() => peerPercentile({ p25: 5, p50: 4, p75: 6, p90: 7, n: 20 }, 1)).toThrow(/ascending/);
  });
});
