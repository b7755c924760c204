import { describe, expect, it } from 'vitest';

describe('the core', () => {
  it('loads in plain Node, with no DOM, and offers every module from its index', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const core = await import('../../src/core/index.js');
    for (const name of [
      'arrange',
      'brushExtent',
      'DENSE_THRESHOLD',
      'densityBins',
      'parseEDTF',
      'formatEventDate',
      'readHash',
      'keyAction',
      'KINDS',
      'layoutRow',
      'normalize',
      'revealWindow',
      'groupRows',
      'fitDomain',
      'chooseTicks',
      'zoomAround',
      'safeUrl',
      'computeView',
      'visibleRange',
      'exportFileName',
    ]) {
      expect(core, name).toHaveProperty(name);
    }
  });
});
