import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { canonicalZone, timeZoneSchema } from './zones.js';

describe('zone names', () => {
  it('folds every spelling of a zone into its canonical IANA name', () => {
    for (const z of ['Europe/Berlin', 'europe/berlin', 'EUROPE/BERLIN', 'eUrOpE/bErLiN'])
      expect(canonicalZone(z)).toBe('Europe/Berlin');
    expect(canonicalZone('utc')).toBe('UTC');
    expect(canonicalZone('Etc/UTC')).toBe('UTC');
    expect(canonicalZone('US/Eastern')).toBe('America/New_York');
    // Names the runtime's ICU still uses for renamed zones come out with their current names.
    expect(canonicalZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalZone('asia/kolkata')).toBe('Asia/Kolkata');
    expect(canonicalZone('Europe/Kiev')).toBe('Europe/Kyiv');
  });

  it('refuses what is not a zone', () => {
    for (const z of ['', '+05:00', 'Mars/Olympus', 'Europe/Berlin ', 'x'.repeat(65)])
      expect(canonicalZone(z), z).toBeNull();
    expect(timeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
    expect(timeZoneSchema.parse('america/lima')).toBe('America/Lima');
  });

  it('maps every zone of the runtime to a valid name that maps to itself', () => {
    const names = new Set<string>();
    for (const z of Intl.supportedValuesOf('timeZone')) {
      const c = canonicalZone(z)!;
      expect(IANAZone.isValidZone(c), c).toBe(true);
      expect(canonicalZone(c)).toBe(c);
      expect(canonicalZone(c.toUpperCase())).toBe(c);
      names.add(c);
    }
    expect(names.size).toBeLessThan(500);
  });
});
