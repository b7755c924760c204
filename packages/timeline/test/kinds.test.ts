import { readFileSync } from 'node:fs';
import { EVENT_KINDS } from '@summitline/events';
import { describe, expect, it } from 'vitest';
import { KIND_SHAPES } from '../src/core/kind-styles.js';
import { KIND_LABELS, KINDS } from '../src/core/kinds.js';

// The timeline may not import the data package (it must not bundle the dataset), so it
// keeps its own list of the curated kinds; these checks keep the two, and the schema,
// in step. (The timeline draws other kinds too; the data's schema stays closed.)
describe('the curated kinds of event', () => {
  it('are the same, in the same order, in the timeline, the data types and the JSON Schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../events/data/event.schema.json', import.meta.url), 'utf8'));
    expect([...KINDS]).toEqual([...EVENT_KINDS]);
    expect(schema.properties.kind.enum).toEqual([...KINDS]);
  });

  it('each have a label, a colour and a shape of their own', async () => {
    const { themeStyles } = await import('../src/theme.styles.js');
    const css = themeStyles.cssText;
    for (const kind of KINDS) {
      expect(KIND_LABELS[kind]).toBeTruthy();
      expect(css).toContain(`--_c-${kind}: var(--summit-color-${kind},`);
      expect(css).toContain(`.kind-${kind} { --_kind: var(--_c-${kind}); }`);
    }
    expect(new Set(Object.values(KIND_LABELS)).size).toBe(KINDS.length);
    // The first shapes are theirs, one each; custom kinds have more to choose from.
    expect(KIND_SHAPES.length).toBeGreaterThan(KINDS.length);
    expect(new Set(KIND_SHAPES).size).toBe(KIND_SHAPES.length);
  });
});
