// The article page as readers get it: built, served on localhost, opened in Chromium,
// once with JavaScript off (the fallback list) and once with it on (the timeline).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { events } from '@summitline/events';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { serve } from '../serve.mjs';

let server: Server;
let browser: Browser;
let url: string;

beforeAll(async () => {
  // The page uses the built packages, as a newsroom would: build them first on a fresh clone.
  const built = ['../../../packages/timeline/dist/summit-timeline.min.js', '../../../packages/events/dist/index.js'];
  if (!built.every((path) => existsSync(new URL(path, import.meta.url)))) {
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'pipe', cwd: new URL('../../..', import.meta.url) });
  }
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
    expect(errors).toEqual([]);
    await context.close();
  });

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
