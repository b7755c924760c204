// The idle warm-up before records arrive: it draws made-up marks where nobody sees
// them, once per page, and leaves nothing behind.
import { describe, expect, it, vi } from 'vitest';
import { STRINGS_EN } from '../src/core/strings.js';
import { warmUp } from '../src/internal/warm-up.js';
import { until } from './fixture.js';

function host() {
  const el = document.createElement('div');
  document.body.append(el);
  const root = el.attachShadow({ mode: 'open' });
  root.innerHTML = '<p>Loading events…</p>';
  return Object.assign(el, { renderRoot: root });
}

describe('warm-up', () => {
  it('draws made-up marks hidden from sight and from screen readers while idle, then removes them', async () => {
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
    // Idle periods with no time to spare, so that each runs one step: after none of them
    // may made-up marks be left in the timeline, where a query for its marks would find them.
    const left: boolean[] = [];
    const idle = vi.spyOn(window, 'requestIdleCallback').mockImplementation((callback) =>
      window.setTimeout(() => {
        callback({ didTimeout: false, timeRemaining: () => 0 });
        left.push(!!el.renderRoot.querySelector('div'));
      }, 0),
    );
    try {
      warmUp(el, 'en-GB', STRINGS_EN, () => false);
      await until(() => seen.length && idle.mock.calls.length === left.length, 15_000);
    } finally {
      idle.mockRestore();
      observer.disconnect();
    }
    expect(left.length).toBeGreaterThan(2);
    expect(left.every((found) => !found)).toBe(true);
    expect(seen[0]!.marks).toBeGreaterThan(5);
    expect(seen[0]!.hidden).toBe(true);
    expect(seen[0]!.visibility).toBe('hidden');
    expect(el.renderRoot.innerHTML).toBe('<p>Loading events…</p>');
    el.remove();
  }, 20_000);

  it('draws them once per page: a later timeline only builds its date formats and font', async () => {
    const el = host();
    let appended = 0;
    const observer = new MutationObserver((records) => (appended += records.length));
    observer.observe(el.renderRoot, { childList: true, subtree: true });
    let asked = 0;
    warmUp(el, 'fr', STRINGS_EN, () => (asked++, false));
    await until(() => asked >= 2, 15_000);
    observer.disconnect();
    expect(appended).toBe(0);
    el.remove();
  }, 20_000);
});
