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
    // The story is plain text: no empty sticky strip, no gaps left for a timeline.
    expect(await page.locator('.story-graphic').isVisible()).toBe(false);
    expect(await page.locator('#story-steps p').first().isVisible()).toBe(true);
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
    await page.locator('figure.graphic summit-timeline [aria-label="Zoom in"]').click();
    expect(before / (await settle())).toBeCloseTo(2, 3);
    await page.locator('figure.graphic summit-timeline svg.plot').dblclick({ position: { x: 300, y: 5 } });
    expect(before / (await settle())).toBeCloseTo(4, 3);
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);

  it('opens at article width on the years the story covers, with most marks labelled', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    const main = page.locator('figure.graphic summit-timeline');
    await main.locator('svg.plot [part="event"]').first().waitFor();
    const { width } = (await main.locator('svg.plot').boundingBox())!;
    expect(width).toBeGreaterThan(600);
    expect(width).toBeLessThan(720);
    const [from, to] = await main.evaluate((el) => {
      const { start, end } = (el as HTMLElementTagNameMap['summit-timeline']).visibleRange;
      return [start.getUTCFullYear(), end.getUTCFullYear()];
    });
    expect([from, to]).toEqual([2023, 2026]);
    const labels = await main.locator('[part="event"] text.label').count();
    const marks = await main.locator('[part="event"]').count();
    expect(labels).toBeGreaterThanOrEqual(12);
    // The story runs on to the Beijing summit of May 2026: a wider span for the same width, so fewer labels fit.
    expect(labels / marks).toBeGreaterThan(0.35);
    await context.close();
  });

  for (const [layout, width] of [
    ['beside the text on a wide screen', 1280],
    ['above the text at article width', 800],
  ] as const) {
    it(`moves the story's timeline, sticky ${layout}, as the reader scrolls through the story`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      const story = page.locator('.story summit-timeline');
      const main = page.locator('figure.graphic summit-timeline');
      await story.locator('svg.plot').waitFor();
      await main.locator('svg.plot').waitFor();
      const range = (timeline: typeof story) =>
        timeline.evaluate((el) => {
          const { start, end } = (el as HTMLElementTagNameMap['summit-timeline']).visibleRange;
          return [+start, +end];
        });
      const settle = async (timeline: typeof story) => {
        for (let last = '', now = String(await range(timeline)); now !== last;) {
          await page.waitForTimeout(120);
          [last, now] = [now, String(await range(timeline))];
        }
        return range(timeline);
      };
      const mainBefore = await settle(main);

      // Scrolls with the wheel over the text, as a reader does, until the timeline follows the step.
      const readTo = async (selector: string) => {
        const step = page.locator(selector);
        await step.evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight));
        await page.mouse.move(width - 40, 850);
        for (let i = 0; i < 200 && (await step.getAttribute('data-summit-active')) === null; i++) {
          await page.mouse.wheel(0, 40);
          await page.waitForTimeout(10);
        }
        expect(await step.getAttribute('data-summit-active')).toBe('');
        // The timeline is in view, and the step is not hidden behind it.
        const [graphic, text] = [(await page.locator('.story-graphic').boundingBox())!, (await step.boundingBox())!];
        expect(graphic.y).toBeGreaterThanOrEqual(0);
        expect(graphic.y).toBeLessThan(50);
        if (width > 1100) expect(graphic.x + graphic.width).toBeLessThanOrEqual(text.x);
        else expect(graphic.y + graphic.height).toBeLessThanOrEqual(text.y);
      };

      await readTo('[data-summit-range="2024-04-05/2024-04-16"]');
      expect(await settle(story)).toEqual([Date.UTC(2024, 3, 5), Date.UTC(2024, 3, 17)]);
      await readTo('[data-summit-step="beijing-victory-day-parade-2025"]');
      const [start, end] = await settle(story);
      expect(start).toBeLessThan(Date.UTC(2025, 8, 3));
      expect(end).toBeGreaterThan(Date.UTC(2025, 8, 4));
      expect((end - start) / 86_400_000).toBeCloseTo(120, 0);
      expect(await page.locator('[data-summit-active]').count()).toBe(1);
      // The calendar above, and the page's URL, are left as they were.
      expect(await range(main)).toEqual(mainBefore);
      expect(new URL(page.url()).hash).toBe('');
      expect(errors).toEqual([]);
      await context.close();
    }, 60_000);
  }

  it('shows the phone list at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('summit-timeline .list li.item').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('.story-graphic').isVisible()).toBe(false);
    await context.close();
  });
});
