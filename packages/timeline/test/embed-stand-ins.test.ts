// The embed replaces d3-interpolate and d3-ease with the few functions d3-zoom and
// d3-transition use (see src/internal/): they must compute what d3's own do.
import { interpolateNumber as d3Number, interpolateZoom as d3Zoom } from 'd3-interpolate';
import { describe, expect, it } from 'vitest';
import { easeCubicInOut } from '../src/internal/ease.js';
import { interpolateNumber, interpolateString, interpolateZoom } from '../src/internal/interpolate.js';

const STEPS = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];

// d3-ease has no types of its own here.
const d3EaseModule: string = 'd3-ease';
const { easeCubicInOut: d3Ease } = (await import(d3EaseModule)) as { easeCubicInOut(t: number): number };

describe('the embed’s stand-ins for d3', () => {
  it.each([
    ['a pan and a zoom', [450, 40, 900], [1200, 40, 225]],
    ['a zoom in place', [450, 40, 900], [450, 40, 112.5]],
    ['a pan at one zoom', [100, 40, 300], [-700, 40, 300]],
  ] as const)('interpolateZoom follows d3’s path and duration: %s', (_, p0, p1) => {
    const [ours, theirs] = [interpolateZoom(p0, p1), d3Zoom([...p0], [...p1])];
    for (const t of STEPS) {
      ours(t).forEach((v, i) => expect(v).toBeCloseTo(theirs(t)[i]!, 9));
    }
    expect(ours.duration).toBeCloseTo(theirs.duration, 9);
  });

  it('eases and interpolates numbers as d3 does, and jumps where the timeline never tweens', () => {
    for (const t of STEPS) {
      expect(easeCubicInOut(t)).toBeCloseTo(d3Ease(t), 12);
      expect(interpolateNumber(3, -7)(t)).toBeCloseTo(d3Number(3, -7)(t), 12);
    }
    expect(interpolateString('a', 'b')(0.5)).toBe('a');
    expect(interpolateString('a', 'b')(1)).toBe('b');
  });
});
