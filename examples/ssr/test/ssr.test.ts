// The server-rendered article as readers get it: the server started as the README says
// (its own process, importing the built packages as an adopter's server does), the page
// opened in Chromium with JavaScript off (the list of every event) and on (hydrated
// into the chart).
import { type ChildProcess, spawn } from 'node:child_process';
import { events } from '@summitline/events';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.mjs';

let server: ChildProcess;
let browser: Browser;
let url: string;

beforeAll(async () => {
  ensureBuilt();
  server = spawn(process.execPath, [new URL('../server.mjs', import.meta.url).pathname], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      const found = /http:\/\/\S+/.exec(out);
      if (found) resolve(found[0]);
    });
    server.on('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

/** The titles in time order, as the list shows them. */
const inTimeOrder = [...events]
  .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))
  .map((e) => e.title);

describe('the server-rendered article', () => {
  it('arrives as a list of every event, which readers without JavaScript keep', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    const titles = await page.locator('summit-timeline .list .what').allTextContents();
    expect(titles).toHaveLength(events.length);
    expect(new Set(titles)).toEqual(new Set(inTimeOrder));
    expect(titles[0]).toBe(inTimeOrder[0]);
    expect(titles.at(-1)).toBe(inTimeOrder.at(-1));
    expect(await page.locator('summit-timeline .list').isVisible()).toBe(true);
    await context.close();
  });

  it('hydrates into the chart, keeping the server’s nodes, with no error', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    // The script waits until the server's legend is marked, to tell hydration (which keeps
    // the node) from a fresh render (which would replace it).
    let release!: () => void;
    const marked = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/client.js', async (route) => {
      await marked;
      await route.continue();
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('summit-timeline .legend').waitFor();
    await page.locator('summit-timeline .legend').evaluate((legend) => legend.setAttribute('data-from-server', ''));
    release();
    await page.locator('summit-timeline svg.plot [part="event"]').first().waitFor();
    expect(await page.locator('summit-timeline .legend[data-from-server]').count()).toBe(1);
    expect(await page.locator('summit-timeline .list').count()).toBe(0);
    expect(await page.locator('summit-timeline .top').count()).toBe(1);
    // The keyboard works: End focuses the last event.
    await page.locator('summit-timeline .chart').focus();
    await page.keyboard.press('End');
    const focused = () =>
      page.locator('summit-timeline .chart').evaluate((chart) => {
        const id = chart.getAttribute('aria-activedescendant');
        return id ? (chart.getRootNode() as ShadowRoot).getElementById(id)?.getAttribute('aria-label') : undefined;
      });
    await expect.poll(focused).toContain(inTimeOrder.at(-1));
    expect(errors).toEqual([]);
    await context.close();
  });
});
