// How the charts are laid out: peak pins never overlap, metrics of different units are small
// multiples, legends wrap instead of paging, and PNG exports carry title, range and units.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard } from './lib/app.js';
import { launch, VIEWPORTS } from './lib/browser.js';

const ALL =
  'sessions,audio_minutes,transcriptions,exports,storage_mb,api_calls,unique_clients,concurrent_sessions_peak';
const LABELS = ['Sessions', 'Audio minutes', 'Transcriptions', 'Exports', 'Storage', 'API calls'];

async function download(page: Page, chart: string, kind: 'PNG' | 'SVG') {
  const panel = page.locator(`[data-chart="${chart}"]`);
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    panel.getByRole('button', { name: new RegExp(`as ${kind}`) }).click(),
  ]);
  return readFile((await dl.path())!);
}

/** The texts of an exported SVG with their vertical position. */
function svgTexts(svg: string): { text: string; y: number }[] {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const t = /transform="(?:translate\(|matrix\(1,0,0,1,)\s*[-\d.]+[ ,]\s*([-\d.]+)/.exec(m[1]!);
    return { text: m[2]!, y: Number(t?.[1] ?? NaN) };
  });
}

interface DrawnPin {
  id: string;
  x: number;
  y: number;
  size: number;
  pin: boolean;
}

describe('chart layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('never draws two peak pins over each other, on a desktop or a phone', async () => {
    for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.phone]) {
      const { page, context } = await openDashboard(browser, `/?metrics=${ALL}`, { viewport });
      const chart = page.locator('[data-chart="over-time"] .echart');
      await page.waitForFunction(
        () =>
          !!document.querySelector<HTMLElement>('[data-chart="over-time"] .echart')?.dataset.pins,
      );
      const pins = JSON.parse((await chart.getAttribute('data-pins'))!) as DrawnPin[];
      expect(pins.length).toBeGreaterThanOrEqual(4);
      const shown = pins.filter((p) => p.pin);
      for (const a of shown) {
        for (const b of shown) {
          if (a === b) continue;
          const apart = Math.abs(a.x - b.x) >= a.size || Math.abs(a.y - b.y) >= a.size;
          expect(apart, `${viewport.width} px: ${a.id} and ${b.id} pins overlap`).toBe(true);
        }
      }
      await context.close();
    }
  });

  it('draws metrics of different units as small multiples, and legends that wrap', async () => {
    const { page, context, problems } = await openDashboard(browser, `/?metrics=${ALL}`, {
      viewport: VIEWPORTS.phone,
    });
    const texts = svgTexts((await download(page, 'over-time', 'SVG')).toString('utf8'));
    // One small chart per unit, each named by its unit: no second or third y-axis on one chart.
    for (const unit of ['count', 'minutes', 'storage']) {
      expect(
        texts.filter((t) => t.text === unit),
        unit,
      ).toHaveLength(1);
    }
    // Every legend item drawn, over more than one row, and no "1/2" pager.
    const legend = LABELS.map((l) => texts.find((t) => t.text === l));
    expect(legend.every(Boolean)).toBe(true);
    expect(new Set(legend.map((t) => Math.round(t!.y))).size).toBeGreaterThan(1);
    expect(texts.some((t) => /^\d+\/\d+$/.test(t.text))).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('prints the title, range and units above an exported PNG', async () => {
    const { page, context } = await openDashboard(browser);
    const height = await page
      .locator('[data-chart="over-time"] .echart')
      .evaluate((e) => e.clientHeight);
    const png = await download(page, 'over-time', 'PNG');
    // 2x pixels: the chart, and above it three caption lines.
    expect(png.readUInt32BE(20)).toBeGreaterThan(2 * height + 120);
    // The caption as the browser reads it back from the file: not blank where the text is.
    const inked = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = 150;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, 600, 150).data;
      const bg = [d[0], d[1], d[2]];
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - bg[0]!) > 60) n++;
      return n;
    }, png.toString('base64'));
    expect(inked).toBeGreaterThan(500);
    await context.close();
  });
});
