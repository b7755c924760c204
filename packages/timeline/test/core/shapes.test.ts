import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { KIND_SHAPES, type KindShape } from '../../src/core/kind-styles.js';
import { KIND_SYMBOLS, shapePath } from '../../src/core/shapes.js';

const numbers = (text: string) => (text.match(/-?\d*\.?\d+(e-?\d+)?/g) ?? []).map(Number);

/** The corners a path passes through (arcs by their end and radius), to 2 decimals, whatever its commands. */
function corners(path: string): number[][] {
  const points: number[][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of path.matchAll(/([MLAhvZ])([^MLAhvZ]*)/g)) {
    const n = numbers(args!);
    if (command === 'M' || command === 'L') [x, y] = [n[0]!, n[1]!];
    else if (command === 'h') x += n[0]!;
    else if (command === 'v') y += n[0]!;
    else if (command === 'A') [x, y] = [n[5]!, n[6]!];
    else continue;
    points.push([x, y, command === 'A' ? n[0]! : 0].map((v) => Math.round(v * 100) / 100 || 0));
  }
  return points;
}

describe('the kinds’ shapes', () => {
  it('draw what d3-shape draws for its seven symbols', () => {
    const d3: [KindShape, SymbolType][] = [
      ['star', symbolStar],
      ['circle', symbolCircle],
      ['triangle', symbolTriangle],
      ['diamond', symbolDiamond],
      ['square', symbolSquare],
      ['cross', symbolCross],
      ['wye', symbolWye],
    ];
    for (const [shape, type] of d3) {
      for (const size of [60, 70, 90]) {
        const ours = shapePath(shape, size);
        const theirs = symbol(type, size)()!;
        expect(corners(ours), `${shape} at ${size}`).toEqual(corners(theirs));
      }
    }
  });

  it('are each drawn differently, at about the asked size', () => {
    expect(KIND_SYMBOLS).toHaveLength(KIND_SHAPES.length);
    const paths = KIND_SHAPES.map((shape) => shapePath(shape, 90));
    expect(new Set(paths).size).toBe(KIND_SHAPES.length);
    for (const shape of KIND_SHAPES) {
      const xs = corners(shapePath(shape, 90)).map(([x]) => x!);
      const width = Math.max(...xs) - Math.min(...xs);
      expect(width, shape).toBeGreaterThan(6);
      expect(width, shape).toBeLessThan(18);
    }
  });

  it('are the cross turned by 45° for `times`, a bowtie and a half disc flat side down', () => {
    const cross = corners(shapePath('cross', 90));
    const times = corners(shapePath('times', 90));
    const turned = cross.map(([x, y]) => [(x! - y!) * Math.SQRT1_2, (x! + y!) * Math.SQRT1_2]);
    times.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(turned[i]![0]!, 1);
      expect(y).toBeCloseTo(turned[i]![1]!, 1);
    });
    expect(corners(shapePath('bowtie', 72))).toEqual([
      [-6, -6, 0],
      [6, 6, 0],
      [6, -6, 0],
      [-6, 6, 0],
    ]);
    // From the left end of the flat side, an arc over the top to the right end.
    expect(shapePath('semicircle', 90)).toMatch(/^M-7\.569,3\.785A7\.569,7\.569,0,0,1,7\.569,3\.785Z$/);
  });
});
