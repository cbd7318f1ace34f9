import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLANS } from './plans.js';

describe('test plan catalogue', () => {
  it('matches config/plans.json, so tests price what production prices', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../../config/plans.json', import.meta.url), 'utf8'),
    ) as {
      plans: unknown[];
    };
    expect(PLANS).toEqual(file.plans);
  });
});
