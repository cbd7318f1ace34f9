// The platform's embeds, in the example host app (examples/react-host) on another site than the
// server: the <UsageHistory> component through the host's backend and with a token (CORS), in
// the host's colours, with no CSS crossing in either direction, and the iframe sizing itself.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, demoToken, overTimeTooltip } from './lib/app.js';
import { chartReady, launch, openPage, VIEWPORTS } from './lib/browser.js';
import { buildHostApp, startHostApp } from './lib/host-app.js';

let browser: Browser;
let host: Awaited<ReturnType<typeof startHostApp>>;

beforeAll(async () => {
  buildHostApp();
  const token = await demoToken('demo-01');
  host = await startHostApp({ port: inject('embedHostPort'), insightsUrl: baseUrl(), token });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** Styles of the host's own elements, as the host's stylesheet sets them. */
async function hostStyles(page: Page) {
  return page.evaluate(() => {
    const css = (sel: string) => getComputedStyle(document.querySelector(sel)!);
    const title = css('.host-title');
    const button = css('.host-button');
    const body = css('body');
    return {
      title: [title.color, title.fontSize, title.fontFamily],
      button: [button.backgroundColor, button.borderStyle, button.color],
      body: [body.backgroundColor, body.color, body.letterSpacing, body.margin],
      themeAttribute: document.documentElement.dataset.theme ?? null,
      sheets: document.styleSheets.length,
      documentTitle: document.title,
    };
  });
}

const HOST_STYLES = {
  title: ['rgb(0, 0, 200)', '40px', 'Georgia, serif'],
  button: ['rgb(0, 128, 0)', 'dashed', 'rgb(255, 255, 255)'],
  body: ['rgb(255, 250, 240)', 'rgb(120, 20, 20)', '2px', '0px'],
  themeAttribute: null,
  sheets: 1,
  documentTitle: 'Acme Platform · Usage',
};

async function openEmbedded(path: string) {
  const w = await openPage(browser, { viewport: VIEWPORTS.desktop });
  const direct: string[] = [];
  w.page.on('response', (r) => {
    if (r.url().startsWith(baseUrl())) direct.push(`${r.status()} ${r.url()}`);
  });
  await w.page.goto(`${host.url}${path}`);
  // The first page of the run may meet a cold server (first queries and analyses) on a busy machine.
  await w.page.waitForSelector('[data-usage-insights] .card .card-total', { timeout: 120_000 });
  await chartReady(w.page, 'over-time', 120_000);
  return { ...w, direct };
}

describe('the UsageHistory component in a host app', () => {
  it('renders the dashboard through the host backend, themed, with no CSS crossing', async () => {
    const { page, context, problems, direct } = await openEmbedded('/');
    // Data, through the host's fetcher: not one request went to the server from the browser.
    const total = await page.locator('.card .card-total').first().textContent();
    expect(total).toMatch(/\d/);
    expect(direct).toEqual([]);
    // The host's theme: accent on the selected range, surface on the panels, in the charts too.
    const inside = await page.locator('.ui-root').evaluate((root) => {
      const css = (sel: string) => getComputedStyle(root.querySelector(sel)!);
      return {
        accent: css('.seg[aria-pressed="true"]').backgroundColor,
        card: css('.card').backgroundColor,
        // The host's rules for .card, h1, button and inherited body text do not apply inside.
        outline: css('.card').outlineStyle,
        heading: [css('h1').color === 'rgb(0, 0, 200)', css('h1').fontSize],
        button: css('.btn').backgroundColor,
        text: [css('.card').letterSpacing, css('.card').textTransform, css('.card').fontFamily],
        theme: root.getAttribute('data-theme'),
      };
    });
    expect(inside.accent).toBe('rgb(124, 58, 237)');
    expect(inside.card).toBe('rgb(251, 250, 255)');
    expect(inside.outline).toBe('none');
    expect(inside.heading[0]).toBe(false);
    expect(inside.heading[1]).not.toBe('40px');
    expect(inside.button).not.toBe('rgb(0, 128, 0)');
    expect(inside.text[0]).toBe('normal');
    expect(inside.text[1]).toBe('none');
    expect(inside.text[2]).not.toMatch(/Georgia/);
    expect(inside.theme).toBe('light');
    const tooltip = await overTimeTooltip(page);
    expect(tooltip).toMatch(/\d/);
    const tooltipBg = await page
      .locator('.chart-tooltip')
      .first()
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(tooltipBg).toBe('rgb(245, 243, 255)');
    // The dashboard's styles (body, .btn, h1, the theme attribute) do not reach the host.
    expect(await hostStyles(page)).toEqual(HOST_STYLES);
    // The view state lives in the component: a range change leaves the host's address alone.
    const before = page.url();
    await page.locator('.seg[data-period="7d"]').click();
    await page.waitForSelector('.seg[data-period="7d"][aria-pressed="true"]');
    await chartReady(page);
    expect(page.url()).toBe(before);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes the phone layout in a narrow column of a wide page', async () => {
    const { page, context, problems } = await openEmbedded('/');
    const layout = () =>
      page.locator('.ui-root').evaluate((root) => ({
        layout: root.getAttribute('data-layout'),
        columns: getComputedStyle(root.querySelector('.cards')!).gridTemplateColumns.split(' ')
          .length,
        themeWord: getComputedStyle(root.querySelector('.theme-word')!).display,
        viewport: window.innerWidth,
      }));
    const wide = await layout();
    expect(wide.layout).toBe('wide');
    expect(wide.columns).toBeGreaterThan(1);
    expect(wide.themeWord).not.toBe('none');
    // The host puts the component in a 420 px column; the page (the viewport) stays as wide.
    await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-usage-insights]')!;
      el.style.width = '420px';
    });
    await expect.poll(async () => (await layout()).layout).toBe('phone');
    const narrow = await layout();
    expect(narrow).toEqual({
      layout: 'phone',
      columns: 1,
      themeWord: 'none',
      viewport: wide.viewport,
    });
    // Nothing of the dashboard sticks out of its column.
    const overflow = await page
      .locator('.ui-root')
      .evaluate((root) => root.scrollWidth - root.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('calls the server directly with a token, allowed by CORS for the host origin', async () => {
    const { page, context, problems, direct } = await openEmbedded('/?embed=token');
    expect(await page.locator('.card .card-total').first().textContent()).toMatch(/\d/);
    expect(direct.length).toBeGreaterThan(2);
    // 304 is a success too: the browser revalidates a history it holds (ETag, no-cache), and a
    // cross-origin 304 only reaches the page when its CORS headers allow the host.
    expect(direct.filter((d) => !/^(200|204|304) /.test(d))).toEqual([]);
    expect(await hostStyles(page)).toEqual(HOST_STYLES);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the UsageHistory component on a German host page', () => {
  it("speaks the host page's language, its catalogue fetched first", async () => {
    const w = await openPage(browser, { viewport: VIEWPORTS.desktop });
    // The host's page as a German host would serve it: <html lang="de">.
    await w.page.route(`${host.url}/`, async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace('<html lang="en">', '<html lang="de">');
      await route.fulfill({ response: res, body });
    });
    const seen: string[] = [];
    w.page.on('request', (r) => seen.push(new URL(r.url()).pathname));
    await w.page.goto(`${host.url}/`);
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('de');
    await w.page.waitForSelector('[data-usage-insights] .card .card-total', { timeout: 120_000 });
    const cards = await w.page.locator('[data-usage-insights] .cards').innerText();
    expect(cards).toContain('Sitzungen');
    expect(cards).not.toMatch(/\bSessions\b/);
    expect(seen.some((p) => /\/de-[\w-]+\.js$/.test(p))).toBe(true);
    expect(w.problems).toEqual([]);
    await w.context.close();
  });
});

describe('the iframe embed', () => {
  it('is framed by the allowed host and sizes itself to its content', async () => {
    const w = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await w.page.goto(`${host.url}/?embed=iframe`);
    const frame = w.page.frameLocator('iframe.host-frame');
    await frame.locator('.card .card-total').first().waitFor({ timeout: 120_000 });
    await frame.locator('[data-chart="over-time"] .echart[data-ready="true"]').waitFor();
    const sizes = () =>
      Promise.all([
        w.page.locator('iframe.host-frame').evaluate((f) => f.getBoundingClientRect().height),
        frame.locator('body').evaluate((b) => b.getBoundingClientRect().height),
      ]);
    // The frame takes its content's height (the default would be 150 px, with a scrollbar).
    await expect
      .poll(async () => {
        const [outer, inner] = await sizes();
        return inner > 1000 && Math.abs(outer - inner) <= 1;
      })
      .toBe(true);
    const [tall] = await sizes();
    // Narrower, the layout changes height, and the frame follows.
    await w.page.setViewportSize(VIEWPORTS.phone);
    await expect
      .poll(async () => {
        const [outer, inner] = await sizes();
        return outer !== tall && Math.abs(outer - inner) <= 1;
      })
      .toBe(true);
    // The host's accent from the iframe's address.
    const accent = await frame
      .locator('.seg[data-period][aria-pressed="true"]')
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(accent).toBe('rgb(124, 58, 237)');
    expect(w.problems).toEqual([]);
    await w.context.close();
  });
});
