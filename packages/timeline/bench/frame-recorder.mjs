// Shared by the benchmarks that time frames in Chromium (frames.bench.mjs, and the
// server's browser.bench.mjs): the intervals between animation frames while a gesture
// runs, and their quantiles.

/** The time between each two animation frames of `page` while `gesture()` runs, in ms. */
export async function recordFrames(page, gesture) {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    window.__recording = true;
    requestAnimationFrame(tick);
  });
  await gesture();
  return page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
}

/** The `q` quantile of `values` (0.95: the value 95 % of them do not pass). */
export const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
