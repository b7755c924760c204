import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.mjs';

/**
 * The budget of the one-file embed, everything but the data, with the words of every
 * language (about 2.2 KiB of it); a bundler's `import '@summitline/timeline'`, with
 * English only, has 42 KiB (test/packed/packed.test.ts). It was 40 KiB until open
 * kinds, server rendering and hydration, Traditional Chinese, hash keys per timeline,
 * the `src` timeout and retry, and checked `strings` came in (about 4 KiB between
 * them); 45 KiB, then 44, until stand-ins for d3-dispatch and Lit's decorators, a
 * smaller country table and ES private members took about 1.5 KiB off.
 */
const BUDGET_GZIP_BYTES = 43 * 1024;

describe('the embed bundle', () => {
  let bundle: Buffer;
  beforeAll(() => {
    ensureBuilt();
    bundle = readFileSync(new URL('../dist/summit-timeline.min.js', import.meta.url));
  }, 180_000);

  it(`stays within ${BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
    expect(gzipSync(bundle, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('has the words of every language inside (one script, any page)', () => {
    const text = bundle.toString('utf8');
    for (const word of ['Tout afficher', 'Alles anzeigen', '显示全部', '顯示全部', 'عرض الكل'])
      expect(text).toContain(word);
  });

  it('holds no data and no development-only code', () => {
    const text = bundle.toString('utf8');
    expect(text).not.toContain('dateBasis');
    expect(text).not.toContain('Lit is in dev mode');
    expect(text).toContain('summit-timeline');
  });

  it('leaves the windowed source mode out (its own entry and embed carry it)', () => {
    const text = bundle.toString('utf8');
    expect(text).not.toContain('v1/tile');
    expect(text).not.toContain('bad-answer');
    expect(text).toContain('@summitline/timeline/source.js');
  });
});

/** The embed with the windowed source mode inside (`HttpSource` and `FakeSource` too): for archive pages only. */
const SOURCE_BUDGET_GZIP_BYTES = 54 * 1024;

describe('the embed bundle with the source mode', () => {
  let bundle: Buffer;
  beforeAll(() => {
    ensureBuilt();
    bundle = readFileSync(new URL('../dist/summit-timeline-source.min.js', import.meta.url));
  }, 180_000);

  it(`stays within ${SOURCE_BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
    expect(gzipSync(bundle, { level: 9 }).length).toBeLessThanOrEqual(SOURCE_BUDGET_GZIP_BYTES);
  });

  it('holds the source mode, and no development-only code', () => {
    const text = bundle.toString('utf8');
    expect(text).not.toContain('Lit is in dev mode');
    expect(text).toContain('v1/tile');
    expect(text).toContain('summit-timeline');
  });
});
