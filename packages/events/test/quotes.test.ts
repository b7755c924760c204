import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { events, sources } from '../src/index.js';
import { seedsDir } from './paths.js';

describe('quotes', () => {
  it('can read the articles', () => {
    expect(existsSync(seedsDir), `the article texts are missing: ${seedsDir} (set SUMMITLINE_SEEDS)`).toBe(true);
  });

  const texts = new Map(
    sources.map((s) => {
      const path = join(seedsDir, s.file);
      return [s.id, existsSync(path) ? readFileSync(path) : undefined] as const;
    }),
  );

  it.each(sources.map((s) => [s.id, s] as const))('%s: the file is the one the records were read from', (_, source) => {
    const bytes = texts.get(source.id);
    expect(bytes, `${source.file} not found in ${seedsDir}`).toBeDefined();
    expect(createHash('sha256').update(bytes!).digest('hex')).toBe(source.sha256);
  });

  it('finds every quote verbatim at its offset', () => {
    const wrong = events.flatMap((event) =>
      event.sources.flatMap(({ source, quote, offset }) => {
        const text = texts.get(source)?.toString('utf8') ?? '';
        const found = text.slice(offset, offset + quote.length);
        return found === quote
          ? []
          : [`${event.id} (${source}@${offset}): expected ${JSON.stringify(quote)}, found ${JSON.stringify(found)}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps quotes short and trimmed', () => {
    const long = events.flatMap((e) =>
      e.sources.filter((s) => s.quote.length > 200 || s.quote !== s.quote.trim()).map(() => e.id),
    );
    expect(long).toEqual([]);
  });
});
