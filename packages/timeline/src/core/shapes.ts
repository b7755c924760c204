import { KIND_SHAPES, type KindShape } from './kind-styles.js';

// The shapes of the kinds (see `KIND_SHAPES`), so that kind never rests on colour
// alone. They are d3-shape's symbols (circle, cross, diamond, square, star, triangle,
// wye), regular polygons, the cross turned by 45°, a bowtie and a semicircle, each of
// about the same area. They are written out here, a few lines each, rather than
// imported: d3-shape would add some 5 KB gzipped to the embed for its seven formulas
// (a test checks they draw exactly what d3-shape draws).

type Point = readonly [number, number];

const TAU = 2 * Math.PI;
const SQRT3 = Math.sqrt(3);

/** A closed outline through `points`, numbers to 3 decimals. */
function outline(points: readonly Point[]): string {
  return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000 || 0;
}

/** A regular polygon with `sides` corners, the first pointing up (turned by `rotate`), of about `size` square pixels. */
function polygon(sides: number, rotate = 0) {
  return (size: number) => {
    const r = Math.sqrt(size / ((sides / 2) * Math.sin(TAU / sides)));
    return outline(
      Array.from({ length: sides }, (_, i): Point => {
        const a = rotate + (i * TAU) / sides - Math.PI / 2;
        return [r * Math.cos(a), r * Math.sin(a)];
      }),
    );
  };
}

const circle = (size: number) => {
  const r = round(Math.sqrt(size / Math.PI));
  return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0`;
};

const cross = (size: number) => outline(crossPoints(size));

/** The cross turned by 45°: ×. */
const times = (size: number) =>
  outline(crossPoints(size).map(([x, y]): Point => [(x - y) * Math.SQRT1_2, (x + y) * Math.SQRT1_2]));

function crossPoints(size: number): Point[] {
  const r = Math.sqrt(size / 5) / 2;
  const s = [-3, -1, 1, 3].map((n) => n * r) as [number, number, number, number];
  const [a, b, c, d] = s;
  return [
    [a, b],
    [b, b],
    [b, a],
    [c, a],
    [c, b],
    [d, b],
    [d, c],
    [c, c],
    [c, d],
    [b, d],
    [b, c],
    [a, c],
  ];
}

/** Two triangles point to point, side by side: ⋈. */
const bowtie = (size: number) => {
  const h = Math.sqrt(size / 2);
  return outline([
    [-h, -h],
    [h, h],
    [h, -h],
    [-h, h],
  ]);
};

/** A half disc, flat side down, centred on its height. */
const semicircle = (size: number) => {
  const r = round(Math.sqrt((2 * size) / Math.PI));
  const y = round(r / 2);
  return `M${-r},${y}A${r},${r},0,0,1,${r},${y}Z`;
};

const diamond = (size: number) => {
  const y = Math.sqrt(size / (2 / SQRT3));
  const x = y / SQRT3;
  return outline([
    [0, -y],
    [x, 0],
    [0, y],
    [-x, 0],
  ]);
};

const square = (size: number) => {
  const h = Math.sqrt(size) / 2;
  return outline([
    [-h, -h],
    [h, -h],
    [h, h],
    [-h, h],
  ]);
};

const star = (size: number) => {
  const kr = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
  const r = Math.sqrt(size * 0.8908130915292852);
  const x = Math.sin(TAU / 10) * kr * r;
  const y = -Math.cos(TAU / 10) * kr * r;
  const points: Point[] = [
    [0, -r],
    [x, y],
  ];
  for (let i = 1; i < 5; i++) {
    const c = Math.cos((TAU * i) / 5);
    const s = Math.sin((TAU * i) / 5);
    points.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
  }
  return outline(points);
};

const triangle = (size: number) => {
  const y = -Math.sqrt(size / (SQRT3 * 3));
  return outline([
    [0, y * 2],
    [-SQRT3 * y, -y],
    [SQRT3 * y, -y],
  ]);
};

const wye = (size: number) => {
  const k = 1 / Math.sqrt(12);
  const r = Math.sqrt(size / ((k / 2 + 1) * 3));
  const [c, s] = [-0.5, SQRT3 / 2];
  const arm: Point[] = [
    [r / 2, r * k],
    [r / 2, r * k + r],
    [-r / 2, r * k + r],
  ];
  return outline([
    ...arm,
    ...arm.map(([x, y]): Point => [c * x - s * y, s * x + c * y]),
    ...arm.map(([x, y]): Point => [c * x + s * y, c * y - s * x]),
  ]);
};

/** Each shape of `KIND_SHAPES`, in its order, as a function of its area in square pixels. */
export const KIND_SYMBOLS: readonly ((size: number) => string)[] = [
  star,
  circle,
  triangle,
  diamond,
  square,
  cross,
  wye,
  polygon(3, Math.PI),
  polygon(6),
  polygon(5),
  polygon(8, Math.PI / 8),
  times,
  bowtie,
  semicircle,
];

const cache = new Map<string, string>();

/** The SVG path of a shape, centred on 0,0, of about `size` square pixels. */
export function shapePath(shape: KindShape, size = 80): string {
  const key = `${shape}:${size}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = KIND_SYMBOLS[KIND_SHAPES.indexOf(shape)]!(size);
    cache.set(key, path);
  }
  return path;
}
