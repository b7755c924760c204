// The idle warm-up before records arrive: it draws made-up marks where nobody sees
// them, once per page, and leaves nothing behind.
import { describe, expect, it, vi } from 'vitest';
import { STRINGS_EN } from '../src/core/strings.js';
import { until } from './fixture.js';

type WarmUp = typeof import('../src/internal/warm-up.js').warmUp;

let pages = 0;

/**
 * The warm-up as a page that has warmed nothing up yet has it: a copy of its module of
 * its own (the rest of the timeline is shared), whatever other tests have run before.
 */
async function newPage(): Promise<WarmUp> {
  const url = `${new URL('../src/internal/warm-up.ts', import.meta.url).pathname}?page=${++pages}`;
  const module = (await import(/* @vite-ignore */ url)) as typeof import('../src/internal/warm-up.js');
  return module.warmUp;
}

function host() {
  const el = document.createElement('div');
  document.body.append(el);
  const root = el.attachShadow({ mode: 'open' });
  root.innerHTML = '<p>Loading events…</p>';
  return Object.assign(el, { renderRoot: root });
}

/**
 * Runs a warm-up of `el` to its end in idle periods with no time to spare, so that each
 * runs one step. Resolves with how many steps ran (it asks whether records were drawn
 * before each) and, after each idle period, whether made-up marks were left in the
 * timeline, where a query for its marks would find them.
 */
async function warmUpOf(warmUp: WarmUp, el: ReturnType<typeof host>, locale: string) {
  const left: boolean[] = [];
  let steps = 0;
  const idle = vi.spyOn(window, 'requestIdleCallback').mockImplementation((callback) =>
    window.setTimeout(() => {
      callback({ didTimeout: false, timeRemaining: () => 0 });
      left.push(!!el.renderRoot.querySelector('div'));
    }, 0),
  );
  try {
    warmUp(el, locale, STRINGS_EN, () => (steps++, false));
    // Over once an idle period has run and asked for no other.
    await until(() => idle.mock.calls.length === left.length, 15_000);
  } finally {
    idle.mockRestore();
  }
  return { steps, left };
}

describe('warm-up', () => {
  it('draws made-up marks hidden from sight and from screen readers while idle, then removes them', async () => {
    const warmUp = await newPage();
    const el = host();
    const seen: { marks: number; hidden: boolean; visibility: string }[] = [];
    // The scratch element may come and go within one task: it is looked at as it was added.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLDivElement)) continue;
          seen.push({
            marks: node.querySelectorAll('g.warm-up > g[role="option"]').length,
            hidden: node.getAttribute('aria-hidden') === 'true',
            visibility: node.style.visibility,
          });
        }
      }
    });
    observer.observe(el.renderRoot, { childList: true, subtree: true });
    let left: boolean[];
    try {
      ({ left } = await warmUpOf(warmUp, el, 'en-GB'));
      await until(() => seen.length);
    } finally {
      observer.disconnect();
    }
    expect(left.length).toBeGreaterThan(2);
    expect(left.every((found) => !found)).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.marks).toBeGreaterThan(5);
    expect(seen[0]!.hidden).toBe(true);
    expect(seen[0]!.visibility).toBe('hidden');
    expect(el.renderRoot.innerHTML).toBe('<p>Loading events…</p>');
    el.remove();
  }, 20_000);

  it('draws them once per page: a later timeline only builds its date formats and font', async () => {
    const warmUp = await newPage();
    const drawn = (el: ReturnType<typeof host>) => {
      let appended = 0;
      const observer = new MutationObserver((records) => (appended += records.length));
      observer.observe(el.renderRoot, { childList: true, subtree: true });
      return () => (observer.disconnect(), appended);
    };
    const first = host();
    const appendedToFirst = drawn(first);
    const { steps: firstSteps } = await warmUpOf(warmUp, first, 'en-GB');
    expect(appendedToFirst()).toBeGreaterThan(0);
    const later = host();
    const appendedToLater = drawn(later);
    const { steps } = await warmUpOf(warmUp, later, 'fr');
    expect(appendedToLater()).toBe(0);
    // Formats and font: two of the first timeline's steps.
    expect(steps).toBe(2);
    expect(firstSteps).toBeGreaterThan(steps);
    first.remove();
    later.remove();
  }, 20_000);
});
