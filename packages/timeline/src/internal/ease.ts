// Stands in for d3-ease in the one-file embed: d3-transition takes only its default
// easing from it, and d3-ease's module keeps every other easing in the embed.

/** Cubic easing in and out, as d3's `easeCubicInOut`. */
export function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}
