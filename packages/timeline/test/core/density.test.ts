import { describe, expect, it } from 'vitest';
import { densityBins } from '../../src/core/density.js';

describe('the overview density', () => {
  it('counts the events that start in each equal slice of the span', () => {
    expect([...densityBins([0, 10, 24.9, 25, 50, 99], [0, 100], 4)]).toEqual([3, 1, 1, 1]);
  });

  it('counts events before the span in the first slice and after it in the last', () => {
    expect([...densityBins([-5, 100, 250], [0, 100], 4)]).toEqual([1, 0, 0, 2]);
  });

  it('has as many whole slices as fit, and always at least one', () => {
    expect(densityBins([], [0, 100], 4.9)).toHaveLength(4);
    expect([...densityBins([1, 2], [0, 100], 0.5)]).toEqual([2]);
    expect([...densityBins([1, 2], [0, 100], -3)]).toEqual([2]);
  });

  it('puts everything somewhere when the span is a single instant', () => {
    expect([...densityBins([5, 5.5, 6, 4], [5, 5], 3)]).toEqual([2, 1, 1]);
  });

  it('reads typed arrays', () => {
    expect([...densityBins(Float64Array.of(10, 60, 70), [0, 100], 2)]).toEqual([1, 2]);
  });
});
