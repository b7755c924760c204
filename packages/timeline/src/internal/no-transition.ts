// Stands in for d3-transition and d3-interpolate in the one-file embed. d3-zoom imports
// them to animate a double-click or a `zoom.transform` given a transition (with
// d3-interpolate's `interpolateZoom`), and to interrupt those. The
// timeline animates its moves itself (`ZoomController`, a `zoom.transform` per frame)
// and sets d3-zoom's duration to 0, so no d3 transition ever runs. Leaving out
// d3-transition, and with it d3-timer, d3-ease, d3-color and most of d3-interpolate,
// keeps about 6 KB gzipped off the embed. Should anything ask for a transition, it
// fails loudly rather than jumping silently. The stand-in for d3-selection
// (`selection.ts`) has the two methods d3-transition would add to selections.

/** Nothing to interrupt: the timeline's own animations stop at a gesture's start. */
export function interrupt(): void {}

export function transition(): never {
  throw new Error('summitline: d3 transitions are not part of the embed');
}

/** d3-zoom's tween between two views, which only a transition would call. */
export const interpolateZoom = transition;
