import { describe, expect, it } from 'vitest';
import { parseDateText, pickDay } from './range-pick.js';

describe('pickDay', () => {
  const opened = { from: '2026-09-01', to: '2026-09-30', started: false };

  it('starts a new range with the first click instead of extending the one the dialog opened with', () => {
    expect(pickDay(opened, '2026-10-10')).toEqual({ from: '2026-10-10', to: '', started: true });
    expect(pickDay(opened, '2026-08-15')).toEqual({ from: '2026-08-15', to: '', started: true });
    expect(pickDay(opened, '2026-09-15')).toEqual({ from: '2026-09-15', to: '', started: true });
  });

  it('ends the range with the second click, in either order, and starts again with a third', () => {
    const one = pickDay(opened, '2026-10-10');
    expect(pickDay(one, '2026-10-20')).toEqual({
      from: '2026-10-10',
      to: '2026-10-20',
      started: false,
    });
    const back = pickDay(one, '2026-10-02');
    expect(back).toEqual({ from: '2026-10-02', to: '2026-10-10', started: false });
    expect(pickDay(back, '2026-11-01')).toEqual({ from: '2026-11-01', to: '', started: true });
    expect(pickDay(one, '2026-10-10')).toEqual({
      from: '2026-10-10',
      to: '2026-10-10',
      started: false,
    });
  });

  it('starts from an empty dialog', () => {
    expect(pickDay({ from: '', to: '', started: false }, '2026-01-02').from).toBe('2026-01-02');
  });
});

describe('parseDateText', () => {
  it('reads dates as the app writes them, as day/month/year and as ISO', () => {
    expect(parseDateText('1 Sept 2026')).toBe('2026-09-01');
    expect(parseDateText('1 Sep 2026')).toBe('2026-09-01');
    // As a German page writes them.
    expect(parseDateText('1. Sept. 2026')).toBe('2026-09-01');
    expect(parseDateText('4. März 2026')).toBe('2026-03-04');
    expect(parseDateText('24. Dez. 2026')).toBe('2026-12-24');
    expect(parseDateText(' 30 September, 2026 ')).toBe('2026-09-30');
    expect(parseDateText('4 mar 2026')).toBe('2026-03-04');
    expect(parseDateText('4/3/2026')).toBe('2026-03-04');
    expect(parseDateText('2026-03-04')).toBe('2026-03-04');
  });

  it('refuses what is not a date', () => {
    for (const t of ['', '31 Feb 2026', '1 Sx 2026', '1 Septembre 2026', '13/13/2026', 'today']) {
      expect(parseDateText(t), t).toBeNull();
    }
  });
});
