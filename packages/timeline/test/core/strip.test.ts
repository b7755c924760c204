import { describe, expect, it } from 'vitest';
import { brushExtent, brushWindow, stripShapes } from '../../src/core/brush.js';
import { BRUSH_HANDLE_PX, OVERVIEW_HEIGHT } from '../../src/core/defaults.js';

describe('stripShapes', () => {
  const domain: [number, number] = [0, 1000];

  it('draws a bar for each busy bin, as tall as its share of the busiest, from a common baseline', () => {
    const { bars } = stripShapes([0, 2, 0, 4], domain, [0, 1000], 400);
    const room = OVERVIEW_HEIGHT - 8;
    expect(bars).toEqual([
      { x: 100, y: 4 + room / 2, width: 99.5, height: room / 2 },
      { x: 300, y: 4, width: 99.5, height: room },
    ]);
  });

  it('keeps each bar at least a pixel wide when the bins are narrow', () => {
    const { bars } = stripShapes(new Uint32Array(800).fill(1), domain, [0, 1000], 400);
    expect(bars).toHaveLength(800);
    expect(bars[1]).toMatchObject({ x: 0.5, width: 1 });
  });

  it('draws no bar for an empty strip', () => {
    expect(stripShapes([0, 0], domain, [0, 1000], 400).bars).toEqual([]);
  });

  it('puts the brush over the window, and a handle just outside each edge', () => {
    const { brush, handles } = stripShapes([1], domain, [250, 500], 400);
    expect(brush).toEqual({ x: 100, y: 1, width: 100, height: OVERVIEW_HEIGHT - 2 });
    expect(handles).toEqual([
      { x: 100 - BRUSH_HANDLE_PX, y: 0, width: BRUSH_HANDLE_PX, height: OVERVIEW_HEIGHT },
      { x: 200, y: 0, width: BRUSH_HANDLE_PX, height: OVERVIEW_HEIGHT },
    ]);
  });

  it('keeps the brush on the strip and at least 2 px wide', () => {
    expect(stripShapes([1], domain, [-500, 1500], 400).brush).toMatchObject({ x: 0, width: 400 });
    expect(stripShapes([1], domain, [500, 500.1], 400).brush).toMatchObject({ x: 200, width: 2 });
    expect(stripShapes([1], domain, [900, 2000], 400).handles[1].x).toBe(400);
  });
});

describe('the strip, time running right to left', () => {
  const domain: [number, number] = [0, 1000];

  it('draws the first bin on the right, and the window mirrored', () => {
    const { bars, brush } = stripShapes([2, 0, 0, 4], domain, [0, 250], 400, true);
    expect(bars.map((b) => b.x)).toEqual([300.5, 0.5]);
    expect(brush).toMatchObject({ x: 300, width: 100 });
  });

  it('reads a brush extent back as the window it stands for', () => {
    const extent = brushExtent(domain, [100, 300], 400, true);
    expect(extent).toEqual([280, 360]);
    expect(brushWindow(domain, extent, 400, true)).toEqual([100, 300]);
    // Dragging the brush to the right shows earlier times.
    expect(brushWindow(domain, [290, 370], 400, true)[0]).toBeLessThan(100);
  });
});
