import { compareKinds, isKind, KINDS } from './kinds.js';
import type { Strings } from './strings.js';

/**
 * The shapes a kind is drawn with. The first eleven are the curated kinds' shapes, in
 * the order of `KINDS` (`summit` a five-pointed star, `meeting` a circle, and so on);
 * custom kinds take them in this order too: `star`, `circle`, `triangle` (pointing up),
 * `diamond`, `square`, `cross` (+), `wye` (Y), `triangle-down`, `hexagon`, `pentagon`,
 * `octagon`, `times` (×), `bowtie` (two triangles point to point) and `semicircle`
 * (flat side down).
 */
export const KIND_SHAPES = [
  'star',
  'circle',
  'triangle',
  'diamond',
  'square',
  'cross',
  'wye',
  'triangle-down',
  'hexagon',
  'pentagon',
  'octagon',
  'times',
  'bowtie',
  'semicircle',
] as const;

/** One of the `KIND_SHAPES`. */
export type KindShape = (typeof KIND_SHAPES)[number];

/**
 * The colours of custom kinds, each `[on light backgrounds, on dark ones]`: ten hues
 * 108° apart on the OKLCH wheel from 18° (so that each colour is far from the one
 * before it), at lightness 0.55 for light backgrounds and 0.75 for dark ones, chroma
 * 0.15 (less where sRGB cannot hold it). Every one has a contrast of at least 4:1 with
 * the theme's backgrounds and surfaces, light or dark, and they are clearly apart from
 * one another (tests check both).
 */
export const KIND_COLORS: readonly (readonly [string, string])[] = [
  ['#b9444f', '#fe838a'],
  ['#5d7f00', '#96be4b'],
  ['#057baa', '#23bcfe'],
  ['#aa488a', '#ed85c8'],
  ['#8b6e01', '#d3a813'],
  ['#088285', '#0fc6cb'],
  ['#8856b6', '#c693f9'],
  ['#ac5705', '#f69147'],
  ['#03875b', '#35cb90'],
  ['#5069c8', '#8fa9fe'],
];

/** What a page may set for a kind (through the timeline's `kindOptions`): any of its label, colour and shape. */
export interface KindOption {
  /** Its name in the legend, card, lane titles and what screen readers say. */
  label?: string;
  /** Any CSS colour, used as it is (`#7a1f5c`, `light-dark(#7a1f5c, #e58fc4)`, `var(--brand)`). */
  color?: string;
  shape?: KindShape;
}

/** Label, colour and shape per kind, by the kind's name: `{ election: { label: 'Election', color: '#7a1f5c', shape: 'square' } }`. */
export type KindOptions = Readonly<Record<string, KindOption | undefined>>;

/** How a kind is shown: its label, its colour (a CSS value) and its shape. */
export interface KindStyle {
  label: string;
  color: string;
  shape: KindShape;
}

/** Each kind's style, by its name. */
export type KindStyles = (kind: string) => KindStyle;

/** Names that may follow `--summit-color-` in a custom property as they are. */
const PLAIN_NAME = /^[\p{L}\p{N}_-]+$/u;

/**
 * The label, colour and shape of each kind, given the kinds present (in any order),
 * the words of the reader's language and the page's `options`. What `options` sets
 * comes first. Otherwise a curated kind has its word in `strings`, its colour (the
 * theme's `--_c-<kind>`, which `--summit-color-<kind>` sets) and its shape. A custom
 * kind is labelled with its name; the custom kinds present, in legend order, take the
 * scheme's colours in turn (`KIND_COLORS`, again from the first after the tenth), which
 * `--summit-color-<kind>` overrides if the name is made of letters, digits, `-` and
 * `_` only; and they take in turn the shapes of `KIND_SHAPES` that no other kind present
 * has (or all of them, should every one be taken), again from the first once they run
 * out. A kind asked for that was not among those present is given the next ones.
 */
export function kindStyles(present: Iterable<string>, strings: Strings, options?: KindOptions | null): KindStyles {
  const own = (kind: string): KindOption => (options && Object.hasOwn(options, kind) && options[kind]) || {};
  // The shape a kind has whatever the others have: the one `options` gives it, or a curated kind's.
  const fixed = (kind: string): KindShape | undefined => {
    const { shape } = own(kind);
    return shape && KIND_SHAPES.includes(shape) ? shape : isKind(kind) ? KIND_SHAPES[KINDS.indexOf(kind)] : undefined;
  };
  const kinds = [...new Set(present)].sort(compareKinds);
  const taken = new Set(kinds.map(fixed));
  const free = KIND_SHAPES.filter((shape) => !taken.has(shape));
  const shapes = free.length ? free : KIND_SHAPES;
  let colors = 0;
  let shaped = 0;
  const styles = new Map<string, KindStyle>();
  const style = (kind: string): KindStyle => {
    let found = styles.get(kind);
    if (!found) {
      const { label, color } = own(kind);
      const curated = isKind(kind);
      const scheme = () => `var(--_k${colors++ % KIND_COLORS.length})`;
      found = {
        label: label || (curated ? strings[kind] : kind),
        color:
          color ||
          (curated
            ? `var(--_c-${kind})`
            : PLAIN_NAME.test(kind)
              ? `var(--summit-color-${kind}, ${scheme()})`
              : scheme()),
        shape: fixed(kind) ?? shapes[shaped++ % shapes.length]!,
      };
      styles.set(kind, found);
    }
    return found;
  };
  for (const kind of kinds) style(kind);
  return style;
}

/** A kind's name in `strings` if it is curated, else the name itself. */
export function kindLabel(kind: string, strings: Strings): string {
  return isKind(kind) ? strings[kind] : kind;
}
