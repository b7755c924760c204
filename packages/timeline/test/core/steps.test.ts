import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeStep } from '../../src/core/steps.js';

const box = (top: number, bottom: number) => ({ top, bottom });

describe('activeStep: which step the timeline follows', () => {
  it('is none when no step is in the band', () => {
    expect(activeStep([], 450)).toBe(-1);
  });

  it('is the step that covers the middle of the viewport', () => {
    expect(activeStep([box(300, 440), box(440, 600), box(600, 700)], 450)).toBe(1);
  });

  it('is the nearest to the middle when none covers it', () => {
    expect(activeStep([box(300, 420), box(470, 600)], 450)).toBe(1);
    expect(activeStep([box(300, 440), box(470, 600)], 450)).toBe(0);
  });

  it('is the first in document order between equals', () => {
    expect(activeStep([box(400, 500), box(420, 480)], 450)).toBe(0);
    expect(activeStep([box(300, 440), box(460, 600)], 450)).toBe(0);
  });

  it('is a step at the least distance, and no later step is as near, on random cases', () => {
    const boxes = fc.array(
      fc.tuple(fc.integer({ min: -500, max: 1500 }), fc.nat(400)).map(([top, h]) => box(top, top + h)),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(boxes, fc.integer({ min: 0, max: 1000 }), (list, middle) => {
        const distance = ({ top, bottom }: { top: number; bottom: number }) =>
          top <= middle && middle <= bottom ? 0 : Math.min(Math.abs(top - middle), Math.abs(bottom - middle));
        const i = activeStep(list, middle);
        if (!list.length) {
          expect(i).toBe(-1);
          return;
        }
        const least = Math.min(...list.map(distance));
        expect(distance(list[i]!)).toBe(least);
        expect(list.findIndex((b) => distance(b) === least)).toBe(i);
      }),
    );
  });
});
