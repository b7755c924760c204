import { describe, expect, it } from 'vitest';
import { brushExtent, brushWindow, centreBrush, dragBrush, stripShapes } from '../../src/core/brush.js';

// An overview 200 px wide over 1000 ms: 5 ms per pixel.
const domain = [1000, 2000] as const;
const WIDTH = 200;

describe('the brush on the overview', () => {
  it('covers the part of the strip that the window shows', () => {
    expect(brushExtent(domain, [1250, 1500], WIDTH)).toEqual([50, 100]);
    expect(brushExtent(domain, domain, WIDTH)).toEqual([0, WIDTH]);
  });

  it('stands for the window it covers', () => {
    expect(brushWindow(domain, [50, 100], WIDTH)).toEqual([1250, 1500]);
    expect(brushWindow(domain, [0, WIDTH], WIDTH)).toEqual([1000, 2000]);
  });
});

describe('dragging the brush', () => {
  it('moves the window, keeping its width', () => {
    expect(dragBrush([50, 100], 'move', 30, WIDTH)).toEqual([80, 130]);
    expect(dragBrush([50, 100], 'move', -20, WIDTH)).toEqual([30, 80]);
  });

  it('stops at either end of the strip', () => {
    expect(dragBrush([50, 100], 'move', -80, WIDTH)).toEqual([0, 50]);
    expect(dragBrush([50, 100], 'move', 500, WIDTH)).toEqual([150, 200]);
  });

  it('moves the start edge alone, stopping at the strip and short of the other edge', () => {
    expect(dragBrush([50, 100], 'start', -20, WIDTH)).toEqual([30, 100]);
    expect(dragBrush([50, 100], 'start', 20, WIDTH)).toEqual([70, 100]);
    expect(dragBrush([50, 100], 'start', -100, WIDTH)).toEqual([0, 100]);
    expect(dragBrush([50, 100], 'start', 80, WIDTH)).toEqual([100 - 4, 100]);
  });

  it('moves the end edge alone, stopping at the strip and short of the other edge', () => {
    expect(dragBrush([50, 100], 'end', 20, WIDTH)).toEqual([50, 120]);
    expect(dragBrush([50, 100], 'end', -20, WIDTH)).toEqual([50, 80]);
    expect(dragBrush([50, 100], 'end', 300, WIDTH)).toEqual([50, 200]);
    expect(dragBrush([50, 100], 'end', -80, WIDTH)).toEqual([50, 50 + 4]);
  });

  it('never gets narrower than 4 px by default, or the width asked for', () => {
    expect(dragBrush([50, 100], 'start', 60, WIDTH)).toEqual([96, 100]);
    expect(dragBrush([50, 100], 'end', -60, WIDTH)).toEqual([50, 54]);
    expect(dragBrush([50, 100], 'start', 60, WIDTH, 10)).toEqual([90, 100]);
    expect(dragBrush([50, 100], 'end', -60, WIDTH, 10)).toEqual([50, 60]);
  });
});

describe('a press outside the brush', () => {
  it('centres the window there, with the same width', () => {
    expect(centreBrush([50, 100], 150, WIDTH)).toEqual([125, 175]);
    expect(centreBrush([50, 100], 30, WIDTH)).toEqual([5, 55]);
  });

  it('keeps it on the strip near either end', () => {
    expect(centreBrush([50, 100], 190, WIDTH)).toEqual([150, 200]);
    expect(centreBrush([50, 100], 5, WIDTH)).toEqual([0, 50]);
  });
});

describe('stripShapes: what the overview draws', () => {
  it('draws a bar per busy bin, as tall as its share of the busiest, standing on the strip’s floor', () => {
    // 40 px for four bins: 10 px each, with half a pixel between bars; 28 px of room for the tallest.
    const { bars } = stripShapes([0, 2, 4, 1], domain, [1250, 1500], 40);
    expect(bars).toEqual([
      { x: 10, y: 18, width: 9.5, height: 14 },
      { x: 20, y: 4, width: 9.5, height: 28 },
      { x: 30, y: 25, width: 9.5, height: 7 },
    ]);
  });

  it('draws bars at least a pixel wide, and none for an empty strip', () => {
    expect(stripShapes([3, 1], domain, domain, 2).bars.map((b) => b.width)).toEqual([1, 1]);
    expect(stripShapes([0, 0, 0], domain, domain, 30).bars).toEqual([]);
  });

  it('draws the brush over the window, its full height but a pixel, with a 10 px handle outside each edge', () => {
    const { brush, handles } = stripShapes([1], domain, [1250, 1500], WIDTH);
    expect(brush).toEqual({ x: 50, y: 1, width: 50, height: 34 });
    expect(handles).toEqual([
      { x: 40, y: 0, width: 10, height: 36 },
      { x: 100, y: 0, width: 10, height: 36 },
    ]);
  });

  it('keeps the brush on the strip, and at least 2 px wide', () => {
    expect(stripShapes([1], domain, [500, 1500], WIDTH).brush).toMatchObject({ x: 0, width: 100 });
    expect(stripShapes([1], domain, [1750, 2500], WIDTH).brush).toMatchObject({ x: 150, width: 50 });
    expect(stripShapes([1], domain, [1500, 1500], WIDTH).brush).toMatchObject({ x: 100, width: 2 });
    expect(stripShapes([1], domain, [2500, 3000], WIDTH).handles.map((h) => h.x)).toEqual([190, 200]);
  });
});
