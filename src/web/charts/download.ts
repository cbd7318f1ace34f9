// Saves a Blob as a file through a temporary object URL (no data: navigation, CSP-friendly).
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name for a chart export: "usage-insights-sessions-2026-11-01-2026-11-30.png". */
export function exportName(chart: string, from: string, to: string, ext: 'png' | 'svg'): string {
  const slug = chart
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `usage-insights-${slug}-${from}-${to}.${ext}`;
}
