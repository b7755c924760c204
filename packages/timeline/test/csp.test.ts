// The element on a page with a strict Content-Security-Policy: no inline scripts or
// styles, no eval, and Trusted Types for every script sink. It must draw, select and
// show a card without a single violation, and keep its kind colours (which would be
// lost if they came from blocked `style` attributes), those of kinds outside the
// curated eleven included (set through the CSSOM). The policy allows `blob:` images,
// which `toPNG()` needs (its documented requirement); nothing else loads images.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' blob:",
  "require-trusted-types-for 'script'",
].join('; ');

const data = (file: string) => readFileSync(new URL(`../../events/data/${file}`, import.meta.url), 'utf8');
/** The dataset and a record of a kind of its own. */
const events = () =>
  JSON.stringify([
    ...JSON.parse(data('events.json')),
    { id: 'vote', title: 'General election', kind: 'election', date: '2025-03-03' },
  ]);

const PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>CSP</title>
    <script src="/probe.js"></script>
    <script src="/timeline.js" defer></script>
  </head>
  <body>
    <summit-timeline src="/data.json" start="2024-01-01" end="2026-06-01"></summit-timeline>
  </body>
</html>`;

// Collects every violation the page reports; an external file, as the policy allows no inline script.
const PROBE = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.violations.push(e.effectiveDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));`;

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [new URL('../src/embed.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
  });
  const body = {
    '/': ['text/html', PAGE],
    '/probe.js': ['text/javascript', PROBE],
    '/timeline.js': ['text/javascript', bundle.outputFiles[0]!.text],
    '/data.json': ['application/json', `{"events":${events()},"sources":${data('sources.json')}}`],
  } as Record<string, [string, string]>;
  server = createServer((request, response) => {
    const found = body[request.url ?? ''];
    response.writeHead(found ? 200 : 404, {
      'content-type': found?.[0] ?? 'text/plain',
      'content-security-policy': POLICY,
    });
    response.end(found?.[1] ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  page = await browser.newPage({ viewport: { width: 1000, height: 800 }, timezoneId: 'UTC' });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('<summit-timeline> under a strict Content-Security-Policy', () => {
  it('draws, selects and shows a card with no violation, in the kind colours', async () => {
    const marks = page.locator('summit-timeline [part="event"]');
    await marks.first().waitFor();
    expect(await marks.count()).toBeGreaterThan(5);

    const summit = page.locator('summit-timeline [part="event"].kind-summit .symbol').first();
    expect(await summit.evaluate((node) => getComputedStyle(node).fill)).toBe('rgb(0, 114, 178)');
    // The custom kind's colour: the first of the scheme for custom kinds.
    const election = page.locator('summit-timeline [part="event"]', { hasText: 'General election' }).locator('.symbol');
    expect(await election.evaluate((node) => getComputedStyle(node).fill)).toBe('rgb(185, 68, 79)');
    const legend = page.locator('summit-timeline [part="legend-item"]', { hasText: 'election' }).locator('path');
    expect(await legend.evaluate((node) => getComputedStyle(node).fill)).toBe('rgb(185, 68, 79)');

    await page.locator('summit-timeline [part="event"]').nth(2).click();
    const card = page.locator('summit-timeline summit-event-card [part="card"]');
    await card.waitFor();
    expect(await card.locator('blockquote').count()).toBeGreaterThan(0);
    // The image export: the SVG keeps its colours, and the PNG draws from a blob: URL.
    const exported = await page.evaluate(async () => {
      const el = document.querySelector('summit-timeline') as HTMLElement & {
        toSVG(): string;
        toPNG(): Promise<Blob>;
      };
      const png = await el.toPNG();
      return { svg: el.toSVG(), png: png.type, size: png.size };
    });
    expect(exported.svg).toContain('fill="rgb(0, 114, 178)"');
    expect(exported.png).toBe('image/png');
    expect(exported.size).toBeGreaterThan(10_000);
    await page.setViewportSize({ width: 400, height: 800 });
    await page.locator('summit-timeline .list').waitFor();

    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});
