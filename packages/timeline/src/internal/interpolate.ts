// Stands in for d3-interpolate in the one-file embed (as no-color.ts does for d3-color).
// d3-zoom needs only `interpolateZoom`, for its animated zooms: written out here as
// d3 writes it (a test checks they agree). d3-transition asks for the colour, string
// and transform interpolators with which it tweens attributes and styles, which the
// timeline never does: should anything ever tween one, it jumps to its end value.
// d3-interpolate's module keeps some 1.7 KB of other interpolators in the embed.

type View = readonly [x: number, y: number, width: number];

const RHO = Math.SQRT2;
const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

/** Van Wijk and Nuij's smooth zoom from view `p0` to `p1` (`[x, y, width]`), as d3's `interpolateZoom`. */
export function interpolateZoom(p0: View, p1: View) {
  const [ux0, uy0, w0] = p0;
  const [ux1, uy1, w1] = p1;
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let i: ((t: number) => [number, number, number]) & { duration?: number };
  let S: number;
  if (d2 < 1e-12) {
    S = Math.log(w1 / w0) / RHO;
    i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + 4 * d2) / (2 * w0 * 2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - 4 * d2) / (2 * w1 * 2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    i = (t) => {
      const s = t * S;
      const coshr0 = cosh(r0);
      const u = (w0 / (2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)];
    };
  }
  i.duration = (Math.abs(S) * 1000 * RHO) / Math.SQRT2;
  return i;
}

export function interpolateNumber(a: number, b: number) {
  return (t: number) => a * (1 - t) + b * t;
}

function jump<T>(a: T, b: T): (t: number) => T {
  return (t) => (t < 1 ? a : b);
}

export const interpolateRgb = jump;
export const interpolateString = jump;
export const interpolateTransformCss = jump;
export const interpolateTransformSvg = jump;
