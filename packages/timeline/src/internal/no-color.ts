// Stands in for d3-color in the one-file embed. d3-transition (which d3-zoom brings)
// imports d3-color for tweening colours in attributes and styles, which the timeline
// never does: its only transition is the zoom's own tween. Leaving d3-color's parsers
// out keeps about 3.5 KB gzipped off the embed. Should anything ever try to tween a
// colour, `color` finds none, and d3 then tweens the value as a string.
// A function, not an arrow: d3-transition tests `value instanceof color`.
function none(): null {
  return null;
}

export const color = none;
export const rgb = none;
export const hsl = none;
export const lab = none;
export const hcl = none;
export const cubehelix = none;
