// The archive example as `npm run archive` serves it: one server for the wire format,
// the page and the timeline's bundle, over a small generated archive; and the page in
// Chromium, counting the whole archive and drawing events from it.
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArchive } from '../../../packages/server/scripts/archive.mjs';
import { ensureBuilt } from '../../../scripts/ensure-built.mjs';
// @ts-expect-error: a plain ES module without types
import { serveArchive } from '../serve.mjs';

const ROWS = 3000;
let server: Server;
let url: string;
let browser: Browser | undefined;

beforeAll(async () => {
  ensureBuilt();
  const file = join(mkdtempSync(join(tmpdir(), 'summitline-archive-')), 'archive.parquet');
  await writeArchive({ rows: ROWS, seed: 3, file });
  ({ server, url } = await serveArchive({ source: file, port: 0 }));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the archive server', () => {
  it('serves the page, whose timeline loads the embed bundle', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<summit-timeline aria-label="The archive"></summit-timeline>');
    expect(html).toContain('<script src="summit-timeline-source.min.js"></script>');
  });

  it('serves the built bundle of the timeline beside it', async () => {
    const response = await fetch(new URL('summit-timeline-source.min.js', url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const bundle = createRequire(import.meta.url).resolve('@summitline/timeline/summit-timeline-source.min.js');
    expect(await response.text()).toBe(readFileSync(bundle, 'utf8'));
  });

  it('answers the wire format: totals of the whole archive, and a window', async () => {
    const totals = await (await fetch(new URL('v1/totals', url))).json();
    expect(totals.total).toBe(ROWS);
    expect(totals.kinds.reduce((sum: number, kind: { count: number }) => sum + kind.count, 0)).toBe(ROWS);
    const { from, to } = totals.span;
    const window = await (await fetch(new URL(`v1/window?from=${from}&to=${to}&width=800`, url))).json();
    expect(window.mode).toBe('bins');
    expect(window.marks).toBe(ROWS);
  });

  it('answers other paths as the wire format does: a JSON 404', async () => {
    const response = await fetch(new URL('nothing-here.js', url));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not-found');
  });
});

describe('the archive page', () => {
  it('counts the whole archive and draws its events', async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await expect.poll(() => page.locator('#totals').innerText()).toMatch(/^3,000 events from \d{4}-\d\d-\d\d to /);
    expect(await page.locator('summit-timeline').count()).toBe(1);
    expect(await page.locator('#kinds li').count()).toBeGreaterThan(5);
    // The element asks the server window by window: over the whole span, bins drawn as clusters.
    const clusters = page.locator('summit-timeline [part="cluster"]');
    await clusters.first().waitFor();
    const counted = await clusters.evaluateAll((marks) =>
      marks.reduce((sum, mark) => sum + Number(mark.textContent!.replace(/\D/g, '')), 0),
    );
    const alone = await page.locator('summit-timeline [part="event"]').count();
    expect(counted + alone).toBeGreaterThanOrEqual(ROWS);
    // The legend counts the whole archive.
    const legend = await page.locator('summit-timeline [part="legend-item"]').allInnerTexts();
    const total = legend.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
    expect(total).toBe(ROWS);
    // Zoomed in to three weeks at the end, Home steps to the archive's first event, through the server.
    const { to } = (await (await fetch(new URL('v1/totals', url))).json()).span;
    await page.locator('summit-timeline').evaluate((el: Element, end: number) => {
      (el as Element & { zoomTo(a: number, b: number, animate: boolean): void }).zoomTo(end - 21 * 864e5, end, false);
    }, to);
    await page.locator('summit-timeline .chart').focus();
    await page.keyboard.press('Home');
    const first = await (await fetch(new URL('v1/step?dir=first', url))).json();
    await expect
      .poll(() =>
        page.locator('summit-timeline').evaluate((el) => {
          const chart = el.shadowRoot!.querySelector('.chart')!;
          const id = chart.getAttribute('aria-activedescendant');
          return id ? el.shadowRoot!.getElementById(id)?.getAttribute('aria-label') : null;
        }),
      )
      .toContain(first.event.title);
    expect(errors).toEqual([]);
  }, 60_000);
});
