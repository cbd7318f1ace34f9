import { describe, expect, it } from 'vitest';
import { formatMoney } from './money.js';

describe('money', () => {
  it('writes the currency for the locale with Intl', () => {
    expect(formatMoney(1234.5, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(49, 'USD', 'en-US')).toBe('$49');
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(49, 'USD', 'de-DE')).toBe('49\u00a0$');
    expect(formatMoney(0.015, 'USD', 'en-US', { cents: true })).toBe('$0.02');
  });

  it('falls back to English for a locale tag Intl refuses', () => {
    expect(formatMoney(3, 'USD', 'not a locale!')).toBe('$3');
  });
});
