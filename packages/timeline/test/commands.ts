/// <reference types="@vitest/browser-playwright" />
// Browser-test commands that run in the test runner and drive Chromium's real mouse
// (through playwright-core), for gestures that userEvent does not cover: a drag with
// intermediate moves, and a wheel at a chosen point with modifier keys held.
import type { BrowserCommand } from 'vitest/node';

interface Point {
  selector: string;
  /** Fraction of the element's width and height, from its top-left corner. */
  at?: [number, number];
}

async function locate(context: Parameters<BrowserCommand<[]>>[0], { selector, at = [0.5, 0.5] }: Point) {
  const frame = await context.frame();
  const box = await frame.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  return { x: box.x + box.width * at[0], y: box.y + box.height * at[1] };
}

export const drag: BrowserCommand<[Point, number, number?]> = async (context, point, dx, dy = 0) => {
  const { page } = context;
  const { x, y } = await locate(context, point);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
};

export const wheelAt: BrowserCommand<[Point, number, ('Control' | 'Meta')?]> = async (
  context,
  point,
  deltaY,
  modifier,
) => {
  const { page } = context;
  const { x, y } = await locate(context, point);
  await page.mouse.move(x, y);
  if (modifier) await page.keyboard.down(modifier);
  await page.mouse.wheel(0, deltaY);
  if (modifier) await page.keyboard.up(modifier);
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    drag(point: Point, dx: number, dy?: number): Promise<void>;
    wheelAt(point: Point, deltaY: number, modifier?: 'Control' | 'Meta'): Promise<void>;
  }
}
