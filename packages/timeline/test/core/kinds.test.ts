import { describe, expect, it } from 'vitest';
import { isKind, KIND_LABELS, KINDS } from '../../src/core/kinds.js';

describe('kinds', () => {
  it('each have a name of their own for the legend, cards and screen readers', () => {
    const labels = KINDS.map((kind) => KIND_LABELS[kind]);
    expect(labels.every((label) => /^[A-Z][a-z]+( [a-z]+)?$/.test(label))).toBe(true);
    expect(new Set(labels).size).toBe(KINDS.length);
    expect(KIND_LABELS.call).toBe('Phone call');
  });

  it('are known by their lower-case names only', () => {
    expect(KINDS.every(isKind)).toBe(true);
    expect(isKind('Summit')).toBe(false);
    expect(isKind('party')).toBe(false);
    expect(isKind(undefined)).toBe(false);
    expect(isKind(['summit'])).toBe(false);
  });
});
