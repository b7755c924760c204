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
import { KINDS } from '../src/core/kinds.js';
import { kindPath } from '../src/render/kind-symbols.js';

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

describe('the kinds’ symbols', () => {
  it('draw what d3-shape draws for its seven symbols', () => {
    const d3: [string, SymbolType][] = [
      ['summit', symbolStar],
      ['meeting', symbolCircle],
      ['visit', symbolTriangle],
      ['call', symbolDiamond],
      ['parade', symbolSquare],
      ['agreement', symbolCross],
      ['statement', symbolWye],
    ];
    for (const [kind, type] of d3) {
      for (const size of [60, 70, 90]) {
        const ours = kindPath(kind as (typeof KINDS)[number], size);
        const theirs = symbol(type, size)()!;
        expect(corners(ours), `${kind} at ${size}`).toEqual(corners(theirs));
      }
    }
  });

  it('give every kind a shape of its own, of about the asked area', () => {
    const shapes = KINDS.map((kind) => kindPath(kind, 90));
    expect(new Set(shapes).size).toBe(KINDS.length);
    for (const kind of KINDS) {
      const xs = corners(kindPath(kind, 90)).map(([x]) => x!);
      const width = Math.max(...xs) - Math.min(...xs);
      expect(width, kind).toBeGreaterThan(6);
      expect(width, kind).toBeLessThan(18);
    }
  });
});
