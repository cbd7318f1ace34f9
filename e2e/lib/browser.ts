// Debian's Chromium through playwright-core (no browser download), with console and CSP capture.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export const VIEWPORTS = {
  desktop: { width: 1440, height: 1000 },
  tablet: { width: 900, height: 1100 },
  phone: { width: 390, height: 844 },
} as const;

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors and CSP violations seen so far (404s of optional APIs excluded). */
  problems: string[];
}

/** A fresh context (no cache, no storage) and page that records errors and CSP violations. */
export async function openPage(
  browser: Browser,
  opts: {
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
    /** The browser's language (navigator.languages); English (en-GB) unless a spec asks. */
    locale?: string;
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? VIEWPORTS.desktop,
    colorScheme: opts.colorScheme ?? 'dark',
    reducedMotion: opts.reducedMotion ?? 'reduce',
    acceptDownloads: true,
    timezoneId: 'America/New_York',
    locale: opts.locale ?? 'en-GB',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && !/status of 404/.test(text)) problems.push(`console: ${text}`);
    if (/Content Security Policy/i.test(text)) problems.push(`csp: ${text}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { page, context, problems };
}

/** Waits until the first chart has drawn (the app marks its canvas container ready). */
export async function chartReady(page: Page, chart = 'over-time', timeout = 20_000) {
  await page.waitForSelector(`[data-chart="${chart}"] .echart[data-ready="true"]`, { timeout });
}
