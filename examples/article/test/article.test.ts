// The article page as readers get it: built, served on localhost, opened in Chromium,
// once with JavaScript off (the fallback list) and once with it on (the timeline).
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { events } from '@summitline/events';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.mjs';
// @ts-expect-error: a plain ES module without types
import { serve } from '../serve.mjs';

let server: Server;
let browser: Browser;
let url: string;

beforeAll(async () => {
  ensureBuilt();
  execFileSync('node', [new URL('../build.mjs', import.meta.url).pathname], { stdio: 'pipe' });
  server = await serve(0);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the article page', () => {
  it('lists every event as text when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const items = page.locator('summit-timeline ol li');
    expect(await items.count()).toBe(events.length);
    const text = await page.locator('summit-timeline ol').innerText();
    for (const event of events.slice(0, 10)) expect(text).toContain(event.title);
    expect(await page.locator('summit-timeline ol').isVisible()).toBe(true);
    await context.close();
  });

  it('draws the timeline from the bundled events when JavaScript is on', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.locator('summit-timeline svg.plot [part="event"]').first().waitFor();
    expect(await page.locator('summit-timeline [part="event"]').count()).toBeGreaterThan(5);
    expect(await page.locator('summit-timeline ol.fallback').isVisible()).toBe(false);

    // The embed's animated zooms (a button, a double-click) run their whole course.
    const span = () =>
      page.evaluate(() => {
        const { start, end } = document.querySelector('summit-timeline')!.visibleRange;
        return +end - +start;
      });
    const settle = async () => {
      for (let last = -1, now = await span(); now !== last; last = now, now = await span()) {
        await page.waitForTimeout(120);
      }
      return span();
    };
    const before = await settle();
    await page.locator('summit-timeline [aria-label="Zoom in"]').click();
    expect(before / (await settle())).toBeCloseTo(2, 3);
    await page.locator('summit-timeline svg.plot').dblclick({ position: { x: 300, y: 5 } });
    expect(before / (await settle())).toBeCloseTo(4, 3);
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);

  it('shows the phone list at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('summit-timeline .list li.item').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
