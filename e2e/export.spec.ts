// Exports: every chart as PNG and SVG, and the range's data as CSV from the export API.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, params } from './lib/app.js';
import { chartReady, launch } from './lib/browser.js';

async function downloadOf(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), click()]);
  return { name: dl.suggestedFilename(), bytes: await readFile((await dl.path())!) };
}

/** A small RFC 4180 reader: enough to check the export parses into a rectangle. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') endRow();
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) endRow();
  return rows;
}

describe('exports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('downloads every chart as a PNG and an SVG', async () => {
    const { page, problems, context } = await openDashboard(browser);
    for (const chart of ['over-time', 'monthly', 'utilization', 'stacked']) {
      await chartReady(page, chart);
      const panel = page.locator(`[data-chart="${chart}"]`);
      const png = await downloadOf(page, () =>
        panel.getByRole('button', { name: /as PNG/ }).click(),
      );
      expect(png.name).toMatch(/^usage-insights-.+\.png$/);
      expect([...png.bytes.subarray(0, 8)]).toEqual([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
      ]);
      expect(png.bytes.length).toBeGreaterThan(5_000);
      const svg = await downloadOf(page, () =>
        panel.getByRole('button', { name: /as SVG/ }).click(),
      );
      expect(svg.name).toMatch(/\.svg$/);
      const text = svg.bytes.toString('utf8');
      expect(text).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      expect(text).toContain('<path');
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('downloads the range as CSV that parses into one row per bucket', async () => {
    const { page, problems, context } = await openDashboard(browser, '/?period=7d');
    expect(params(page).get('period')).toBe('7d');
    const csv = await downloadOf(page, () =>
      page
        .getByRole('group', { name: 'Download this range' })
        .getByRole('button', { name: 'CSV', exact: true })
        .click(),
    );
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, '')).filter(
      (r) => r.length > 1,
    );
    const [header, ...data] = rows;
    expect(header).toEqual(expect.arrayContaining(['start', 'end', 'sessions', 'audio_minutes']));
    expect(data).toHaveLength(7);
    for (const r of data) {
      expect(r).toHaveLength(header!.length);
      expect(Number(r[header!.indexOf('sessions')])).toBeGreaterThanOrEqual(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
