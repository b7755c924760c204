/**
 * Resolves in a new task, after the browser has had its turn (input, rendering):
 * `scheduler.yield()` where there is one, else a message to ourselves, which, unlike
 * `setTimeout(0)`, is not clamped to 4 ms when tasks follow one another.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `work` when the page is idle (within a second at most), or soon where there is
 * no `requestIdleCallback`; `idleMs()` tells how long the page has left to be idle.
 */
export function whenIdle(work: (idleMs: () => number) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback((deadline) => work(() => deadline.timeRemaining()), { timeout: 1000 });
  } else setTimeout(() => work(() => 0), 0);
}
