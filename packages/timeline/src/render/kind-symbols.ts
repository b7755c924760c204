import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import type { SymbolType } from 'd3-shape';
import type { Kind } from '../core/kinds.js';

/** A regular polygon with `sides` corners, one pointing up (or down), of about the given area. */
function polygon(sides: number, rotate = 0): SymbolType {
  return {
    draw(context, size) {
      const r = Math.sqrt(size / ((sides / 2) * Math.sin((2 * Math.PI) / sides)));
      for (let i = 0; i < sides; i++) {
        const a = rotate + (i * 2 * Math.PI) / sides - Math.PI / 2;
        const x = r * Math.cos(a);
        const y = r * Math.sin(a);
        if (i === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
      context.closePath();
    },
  };
}

/** One distinct shape per kind, so that kind never rests on colour alone. */
export const KIND_SYMBOLS: Record<Kind, SymbolType> = {
  summit: symbolStar,
  meeting: symbolCircle,
  visit: symbolTriangle,
  call: symbolDiamond,
  parade: symbolSquare,
  agreement: symbolCross,
  statement: symbolWye,
  military: polygon(3, Math.PI),
  legislation: polygon(6),
  inauguration: polygon(5),
  other: polygon(8, Math.PI / 8),
};

const cache = new Map<string, string>();

/** The SVG path of a kind's symbol, centred on 0,0, of about `size` square pixels. */
export function kindPath(kind: Kind, size = 80): string {
  const key = `${kind}:${size}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = symbol(KIND_SYMBOLS[kind], size)() ?? '';
    cache.set(key, path);
  }
  return path;
}
