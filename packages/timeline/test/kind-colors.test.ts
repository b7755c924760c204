// The kinds' colours against the backgrounds they are drawn on, in the light and the
// dark theme: marks, legend symbols and the card's border are graphics that must stand
// out from what is around them (WCAG 1.4.11 asks for a contrast of 3:1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_COLORS } from '../src/core/kind-styles.js';
import { KINDS } from '../src/core/kinds.js';
import { themeStyles } from '../src/theme.styles.js';

const css = themeStyles.cssText;

/** The light and dark default of a `--_name: var(--public, light-dark(light, dark))` line of the theme. */
function pair(name: string): [string, string] {
  const found = new RegExp(`${name}: var\\([\\w-]+, light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)\\)`).exec(css);
  if (!found) throw new Error(`${name} not found`);
  return [found[1]!, found[2]!];
}

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** OKLab coordinates, where a distance of about 0.02 is just noticeable side by side. */
function oklab(hex: string): [number, number, number] {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  const [l, m, s] = [
    0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b,
    0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b,
    0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b,
  ].map(Math.cbrt) as [number, number, number];
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

const [background, surface] = [pair('--_bg'), pair('--_surface')];
const themes = [
  { name: 'light', at: 0 },
  { name: 'dark', at: 1 },
] as const;

describe('the kinds’ colours', () => {
  it('are the backgrounds the theme has', () => {
    expect(background).toEqual(['#ffffff', '#16161a']);
    expect(surface).toEqual(['#f5f5f7', '#222229']);
  });

  for (const { name, at } of themes) {
    it(`of custom kinds stand out by at least 4:1 from the ${name} background and surface`, () => {
      for (const colors of KIND_COLORS) {
        for (const behind of [background[at], surface[at]]) {
          expect(contrast(colors[at], behind), `${colors[at]} on ${behind}`).toBeGreaterThanOrEqual(4);
        }
      }
    });

    it(`of custom kinds are told apart from one another in the ${name} theme (0.065 apart in OKLab at least)`, () => {
      const points = KIND_COLORS.map((colors) => oklab(colors[at]));
      for (const [i, p] of points.entries()) {
        for (const q of points.slice(i + 1))
          expect(Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2])).toBeGreaterThan(0.065);
      }
    });

    it(`of the curated kinds stand out by at least 3:1 from the ${name} background and surface`, () => {
      for (const kind of KINDS) {
        const color = pair(`--_c-${kind}`)[at];
        for (const behind of [background[at], surface[at]]) {
          expect(contrast(color, behind), `${kind} on ${behind}`).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }

  it('of custom kinds are the ones the theming guide lists, in its order', () => {
    const guide = readFileSync(new URL('../../../stories/Theming.mdx', import.meta.url), 'utf8');
    const rows = [...guide.matchAll(/^\| (\d+) +\| `(#[0-9a-f]{6})` \| `(#[0-9a-f]{6})` \|$/gm)];
    expect(rows.map(([, , light, dark]) => [light, dark])).toEqual(KIND_COLORS.map((pair) => [...pair]));
  });

  it('of custom kinds are set in the theme as --_k0 to --_k9, light and dark', () => {
    KIND_COLORS.forEach(([light, dark], i) => expect(css).toContain(`--_k${i}: light-dark(${light}, ${dark});`));
  });
});
