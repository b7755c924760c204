import { EARLIEST_TIME, LATEST_TIME } from './defaults.js';
import { parseEDTF } from './edtf.js';

// Pure zoom maths along the time axis, apart from any gesture code (as d3-zoom keeps
// `transform.js` apart from `zoom.js`). A transform maps the base scale, which fits
// `domain` into `[0, width]`, to the screen: screen x = base(t) · k + x. When time runs
// right to left (`rtl`), the base scale is reversed (the domain's end at 0), and the
// same transforms, gestures and limits hold unchanged: only the window they stand for
// is the mirror image of the left-to-right one within the domain.

/** A zoom transform along x; d3-zoom's `ZoomTransform` satisfies it. */
export interface XTransform {
  readonly k: number;
  readonly x: number;
}

export const IDENTITY: XTransform = { k: 1, x: 0 };

export type Window = readonly [number, number];

/** The earliest and latest times in view (at the left and right edges, or the right and left if `rtl`). */
export function viewWindow(domain: Window, width: number, t: XTransform, rtl = false): [number, number] {
  const w = Math.max(1, width);
  const msPerPx = (domain[1] - domain[0]) / w;
  const window: [number, number] = [domain[0] + (-t.x / t.k) * msPerPx, domain[0] + ((w - t.x) / t.k) * msPerPx];
  // Whole milliseconds: a window asked for from midnight to midnight reads as such, not as 23:59:59.999 the day before.
  return (rtl ? mirrorWindow(domain, window) : window).map(Math.round) as [number, number];
}

/** A window reflected within the domain: where it lies when time runs the other way. */
export function mirrorWindow([d0, d1]: Window, [a, b]: Window): [number, number] {
  return [d0 + d1 - b, d0 + d1 - a];
}

/** The transform whose view is exactly `window` (time running right to left if `rtl`). */
export function windowTransform(domain: Window, width: number, window: Window, rtl = false): XTransform {
  if (rtl) window = mirrorWindow(domain, window);
  const w = Math.max(1, width);
  const pxPerMs = w / (domain[1] - domain[0]);
  const k = (domain[1] - domain[0]) / (window[1] - window[0]);
  return { k, x: -(window[0] - domain[0]) * pxPerMs * k };
}

/** The direction time runs for a `direction` value: `rtl` in any case, else left to right (`auto`, empty, none). */
export function readDirection(value: unknown): 'ltr' | 'rtl' {
  return String(value).trim().toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}

/** Zooms by `factor` keeping the time under `center` (screen px) where it is. */
export function zoomAround(t: XTransform, factor: number, center: number): XTransform {
  const k = t.k * factor;
  return { k, x: center - ((center - t.x) / t.k) * k };
}

/**
 * The transforms between `from` and `to` for an animated move, at `t` from 0 to 1
 * (eased: slow, fast, slow). The view's width changes geometrically, so every step
 * zooms by the same factor, and the point that the whole move zooms around stays put
 * all along; a move at one zoom pans at an even pace. Ends exactly at `to`.
 */
export function tweenTransform(from: XTransform, to: XTransform, width: number): (t: number) => XTransform {
  // In base pixels: the view's centre and width.
  const [c0, w0] = [(width / 2 - from.x) / from.k, width / from.k];
  const [c1, w1] = [(width / 2 - to.x) / to.k, width / to.k];
  return (t) => {
    if (t >= 1) return to;
    const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    const w = w0 * (w1 / w0) ** e;
    const c = w0 === w1 ? c0 + (c1 - c0) * e : c0 + ((c1 - c0) * (w0 - w)) / (w0 - w1);
    const k = width / w;
    return { k, x: width / 2 - c * k };
  };
}

/**
 * The limits d3-zoom applies to gestures, for the moves we make ourselves: magnify
 * between 1 and `maxScale` (keeping `center` in place), and never pan past the base
 * domain's edges.
 */
export function constrain(t: XTransform, width: number, maxScale: number, center = width / 2): XTransform {
  const k = Math.min(Math.max(1, maxScale), Math.max(1, t.k));
  const scaled = k === t.k ? t : zoomAround(t, k / t.k, center);
  return { k, x: Math.min(0, Math.max(width - width * k, scaled.x)) };
}

/** The window between two dates (ISO strings, as the `start` and `end` attributes give them), or undefined if they do not make one within the years the timeline draws. */
export function parseWindow(start: string | undefined, end: string | undefined): [number, number] | undefined {
  const [a, b] = [Date.parse(start ?? ''), Date.parse(end ?? '')];
  return b > a && a >= EARLIEST_TIME && b <= LATEST_TIME ? [a, b] : undefined;
}

/**
 * The window an EDTF-style period covers, ends inclusive: `2025-09` is the whole of
 * September, `2025-08/2025-09` August to the end of September, `2025-08-30/2025-09-04`
 * six days. Undefined if `text` is not such a period.
 */
export function parsePeriod(text: string | null | undefined): [number, number] | undefined {
  try {
    const { start, end } = parseEDTF(text ?? '');
    return [start, end];
  } catch {
    return undefined;
  }
}
