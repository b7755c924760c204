import { describe, expect, it } from 'vitest';

// Server rendering and Node tooling import the package without a DOM.
describe('@summitline/timeline in Node', () => {
  it('imports without a window or document', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const module = await import('../src/index.js');
    expect(module.SummitTimeline).toBeTypeOf('function');
    expect(module.SummitEventCard).toBeTypeOf('function');
  }, 30_000);

  it('imports its pure core alone', async () => {
    const core = await import('../src/core/index.js');
    expect(core.normalize([{ id: 'a', title: 'A', kind: 'call', date: '2025-06-05' }]).items).toHaveLength(1);
  });
});
