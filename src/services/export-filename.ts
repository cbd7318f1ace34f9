// File names of exports and report attachments.

const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);

/** The file name of an export: user, range, grouping and format, safe in a header and a file system. */
export function exportFilename(
  userId: string,
  from: string,
  to: string,
  what: string,
  ext: string,
): string {
  return `usage-${safeName(userId)}-${from}_${to}-${what}.${ext}`;
}
