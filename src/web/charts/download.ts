// Saving exports: a Blob as a file through a temporary object URL (no data: navigation,
// CSP-friendly), and the caption printed above an exported chart image.
import { noteDownload } from '../telemetry/api-events.js';
export function download(blob: Blob, filename: string): void {
  noteDownload(filename);
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

/** Light text on a dark background, dark on a light one. */
const inkFor = (bg: string) => {
  const n = parseInt(bg.replace('#', '').slice(0, 6), 16);
  const lum = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return Number.isNaN(n) || lum > 140 ? '#14171f' : '#e7e9ee';
};

/** The chart image (2x pixels) under its caption: the title in bold, then range and units. */
export async function withCaption(
  chartPng: Blob,
  lines: string[],
  background: string,
): Promise<Blob> {
  if (!lines.length) return chartPng;
  const img = await createImageBitmap(chartPng);
  const line = 44;
  const head = 24 + lines.length * line;
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height + head;
  const g = canvas.getContext('2d')!;
  g.fillStyle = background;
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = inkFor(background);
  g.textBaseline = 'top';
  lines.forEach((text, i) => {
    g.font = `${i === 0 ? '600 32px' : '26px'} system-ui, -apple-system, Segoe UI, Roboto, sans-serif`;
    g.fillText(text, 24, 20 + i * line, canvas.width - 48);
  });
  g.drawImage(img, 0, head);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}
