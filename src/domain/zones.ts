// Zone names. Every accepted spelling of a zone (`europe/berlin`, `EUROPE/BERLIN`, the link
// `US/Eastern`) maps to one name, so a zone is one key in every cache and one row value, and the
// number of distinct zones a caller can make us compute for is the number of zones (about 420).
import { z } from 'zod';

// The runtime's ICU still answers a few zones by names IANA has since replaced; these are the
// current IANA names (renames only: zones ICU keeps apart for their countries stay apart).
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

// Canonical names already seen (at most the number of zones): asking for one again is a lookup,
// not a new Intl formatter (tens of microseconds each).
const canonical = new Set<string>();

/** The canonical IANA name of a zone in any accepted spelling (case, links), or null when it is not a zone. */
export function canonicalZone(zone: string): string | null {
  if (canonical.has(zone)) return zone;
  // Offsets such as +05:00 are not zones here: a zone has rules, an offset does not.
  if (zone.length === 0 || zone.length > 64 || !/^[A-Za-z]/.test(zone)) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  const name = RENAMED[resolved] ?? resolved;
  canonical.add(name);
  return name;
}

/** A `tz` parameter: any accepted spelling in, the canonical name out. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .transform((s, ctx) => {
    const zone = canonicalZone(s);
    if (zone === null) {
      ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone such as Europe/Berlin' });
      return z.NEVER;
    }
    return zone;
  });

/** The one `tz` query parameter of every route that reads usage in a zone. */
export const tzParam = timeZoneSchema.optional().meta({
  description:
    "IANA time zone to bucket and name days in, e.g. Europe/Berlin (any spelling or link); default: the user's zone",
  examples: ['Europe/Berlin'],
});
