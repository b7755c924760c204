import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, $$, container, dataset, mount, settled } from './fixture.js';

/** The labels on screen, with their boxes in the chart, by lane row. */
function labels(el: SummitTimeline) {
  return $$(el, '[part="event"] text.label').map((text) => ({
    text: text.textContent!,
    box: text.getBoundingClientRect(),
    mark: text.parentElement!.querySelector('.symbol, .bar, .band')!.getBoundingClientRect(),
  }));
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('<summit-timeline> labels', () => {
  for (const [width, least] of [
    [700, 12],
    [1280, 20],
  ] as const) {
    it(`labels at least ${least} marks of the opening view at ${width} px, with no two labels overlapping`, async () => {
      container().style.width = `${width}px`;
      const el = await mount();
      const shown = labels(el);
      expect(shown.length).toBeGreaterThanOrEqual(least);
      for (const [i, a] of shown.entries()) {
        // Inside the chart, and clear of every other label and every mark but its own.
        const chart = $(el, 'svg.plot')!.getBoundingClientRect();
        expect(a.box.left).toBeGreaterThanOrEqual(chart.left - 0.5);
        expect(a.box.right).toBeLessThanOrEqual(chart.right + 0.5);
        for (const b of shown.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
        for (const b of shown) if (b !== a) expect(overlap(a.box, b.mark), `${a.text} over a mark`).toBe(false);
      }
      // A shortened label is the start of its title and ends with an ellipsis; a whole one is the title.
      const titles = new Set(dataset.map((e) => e.title));
      for (const { text } of shown) {
        if (!titles.has(text)) {
          expect(text.endsWith('…')).toBe(true);
          expect([...titles].some((t) => t.startsWith(text.slice(0, -1)))).toBe(true);
        }
      }
      expect(shown.some(({ text }) => text.endsWith('…'))).toBe(true);
    });
  }

  it('shows the whole title of a shortened label while its mark has the keyboard focus', async () => {
    container().style.width = '700px';
    const el = await mount();
    const chart = $(el, '.chart') as HTMLElement;
    chart.focus();
    await userEvent.keyboard('{Home}');
    await settled(el);
    // Step right until the focused mark is one whose label is shortened.
    let short: string | undefined;
    for (let i = 0; i < dataset.length && !short; i++) {
      const focused = el.shadowRoot!.getElementById(chart.getAttribute('aria-activedescendant') ?? '');
      const text = focused?.querySelector('text.label')?.textContent;
      if (text?.endsWith('…')) short = text;
      else {
        expect($(el, '.full-label')).toBeNull();
        await userEvent.keyboard('{ArrowRight}');
        await settled(el);
      }
    }
    expect(short).toBeDefined();
    const full = $(el, '.full-label')!.textContent!;
    expect(full.startsWith(short!.slice(0, -1))).toBe(true);
    expect(full.length).toBeGreaterThan(short!.length);
    expect(dataset.some((e) => e.title === full)).toBe(true);
  });
});
