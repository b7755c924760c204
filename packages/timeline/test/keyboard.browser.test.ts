import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SummitSelectEvent } from '../src/select-event.js';
import { $, $$, activeMark, mount, settled, span, until } from './fixture.js';

// Four events: two on the same day (they stack in two lanes), then two later ones.
const records = [
  { id: 'a', title: 'Alpha talks', kind: 'meeting', date: '2025-01-10' },
  { id: 'b', title: 'Bravo call', kind: 'call', date: '2025-01-10' },
  { id: 'c', title: 'Charlie visit', kind: 'visit', date: '2025-02-14' },
  { id: 'd', title: 'Delta summit', kind: 'summit', date: '2025-03-20' },
];

const titleOf = (mark: Element | null) => mark?.getAttribute('aria-label')?.split(': ').at(-1);

async function focused() {
  const el = await mount((el) => {
    el.events = records;
    el.locale = 'en-GB';
    el.start = '2024-12-20';
    el.end = '2025-04-10';
  });
  ($(el, '.chart') as HTMLElement).focus();
  await settled(el);
  return el;
}

async function press(el: Awaited<ReturnType<typeof focused>>, key: string) {
  await userEvent.keyboard(key);
  await settled(el);
  return titleOf(activeMark(el));
}

describe('<summit-timeline> keyboard', () => {
  it('steps through the events in time with → and ←, and jumps with Home and End', async () => {
    const el = await focused();
    expect(await press(el, '{Home}')).toBe('Alpha talks');
    expect(await press(el, '{ArrowRight}')).toBe('Bravo call');
    expect(await press(el, '{ArrowRight}')).toBe('Charlie visit');
    expect(await press(el, '{ArrowRight}')).toBe('Delta summit');
    expect(await press(el, '{ArrowRight}')).toBe('Delta summit');
    expect(await press(el, '{ArrowLeft}')).toBe('Charlie visit');
    expect(await press(el, '{End}')).toBe('Delta summit');
    expect(await press(el, '{Home}')).toBe('Alpha talks');
    expect(await press(el, '{ArrowLeft}')).toBe('Alpha talks');
  });

  it('moves to the lane below with ↓ and back up with ↑', async () => {
    const el = await focused();
    expect(await press(el, '{Home}')).toBe('Alpha talks');
    const top = activeMark(el)!.getBoundingClientRect().top;
    expect(await press(el, '{ArrowDown}')).toBe('Bravo call');
    expect(activeMark(el)!.getBoundingClientRect().top).toBeGreaterThan(top);
    expect(await press(el, '{ArrowDown}')).toBe('Bravo call');
    expect(await press(el, '{ArrowUp}')).toBe('Alpha talks');
  });

  it('marks only the selected event as selected, and opens its card', async () => {
    const el = await focused();
    await press(el, '{Home}');
    await press(el, '{ArrowRight}');
    await press(el, '{ArrowRight}');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.selected).toBe('c');
    const selected = $$(el, '[part="event"]').filter((m) => m.getAttribute('aria-selected') === 'true');
    expect(selected.map(titleOf)).toEqual(['Charlie visit']);
    expect($$(el, '[part="event"][aria-selected="false"]')).toHaveLength(records.length - 1);
    const card = await until(() => $(el, 'summit-event-card'));
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot!.textContent).toContain('Charlie visit');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect($$(el, '[part="event"][aria-selected="true"]')).toHaveLength(0);
    expect(titleOf(activeMark(el))).toBe('Charlie visit');
  });

  it('leaves keys it does not use to the page', async () => {
    const el = await focused();
    const seen: boolean[] = [];
    el.addEventListener('keydown', (e) => seen.push(e.defaultPrevented));
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{Tab}');
    expect(seen).toEqual([true, false]);
  });

  it('pans to an event that a key reaches out of view', async () => {
    const el = await mount((el) => {
      el.events = records;
      el.start = '2025-01-01';
      el.end = '2025-01-31';
    });
    ($(el, '.chart') as HTMLElement).focus();
    await settled(el);
    expect(await press(el, '{End}')).toBe('Delta summit');
    expect(+el.visibleRange.start).toBeLessThanOrEqual(Date.UTC(2025, 2, 20));
    expect(+el.visibleRange.end).toBeGreaterThanOrEqual(Date.UTC(2025, 2, 21));
    expect(await press(el, '{Home}')).toBe('Alpha talks');
    expect(+el.visibleRange.start).toBeLessThanOrEqual(Date.UTC(2025, 0, 10));
  });

  it('tells the page what was selected, and gives the focus back to the chart when the card is closed', async () => {
    const el = await focused();
    const selections: SummitSelectEvent[] = [];
    el.addEventListener('summit-select', (e) => selections.push(e));
    await press(el, '{End}');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(selections.map((e) => [e.detail.id, e.detail.event.title])).toEqual([['d', 'Delta summit']]);
    await userEvent.click($(el, '.card-wrap .close')!);
    await el.updateComplete;
    expect(el.selected).toBeUndefined();
    expect(el.shadowRoot!.activeElement).toBe($(el, '.chart'));
    expect(titleOf(activeMark(el))).toBe('Delta summit');
    expect(selections).toHaveLength(1);
  });

  it('gives the focus to the first event in view when the chart is tabbed into', async () => {
    const el = await mount((el) => {
      el.events = records;
      el.start = '2025-02-01';
      el.end = '2025-04-10';
    });
    expect(activeMark(el)).toBeNull();
    ($(el, '.chart') as HTMLElement).focus();
    await el.updateComplete;
    expect(titleOf(activeMark(el))).toBe('Charlie visit');
  });

  it('passes over a mark whose middle lies left of the view when the chart is tabbed into', async () => {
    const el = await mount((el) => {
      el.events = [{ id: 'long', title: 'Long talks', kind: 'meeting', date: '2024-11-01/2025-01-20' }, ...records];
      el.start = '2025-01-05';
      el.end = '2025-04-10';
    });
    ($(el, '.chart') as HTMLElement).focus();
    await el.updateComplete;
    expect(titleOf(activeMark(el))).toBe('Alpha talks');
  });

  it('keeps the arrow keys when there is nowhere to go, so the page does not scroll', async () => {
    const el = await focused();
    await press(el, '{Home}');
    const seen: boolean[] = [];
    el.addEventListener('keydown', (e) => seen.push(e.defaultPrevented));
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{Escape}');
    expect(seen).toEqual([true, false]);
    expect(titleOf(activeMark(el))).toBe('Alpha talks');
  });

  it('zooms around the focused event with +, and shows all with 0', async () => {
    const el = await focused();
    const full = span(el);
    await press(el, '{End}');
    const x = activeMark(el)!.getBoundingClientRect().left;
    await press(el, '+');
    expect(full / span(el)).toBeCloseTo(2, 6);
    expect(Math.abs(activeMark(el)!.getBoundingClientRect().left - x)).toBeLessThan(2);
    await press(el, '0');
    expect(+el.visibleRange.start).toBeLessThanOrEqual(Date.UTC(2025, 0, 10));
    expect(+el.visibleRange.end).toBeGreaterThanOrEqual(Date.UTC(2025, 2, 21));
  });
});

describe('<summit-timeline> clicks and clusters', () => {
  // Forty calls in ten days: at a year's width, more to a few pixels than there are lanes, so they cluster.
  const crowd = Array.from({ length: 40 }, (_, i) => ({
    id: `c${String(i).padStart(2, '0')}`,
    title: `Call ${i}`,
    kind: 'call',
    date: `2025-06-${String(11 + (i % 10)).padStart(2, '0')}`,
  }));

  it('selects the event clicked, and ignores a click on empty space', async () => {
    const el = await focused();
    await userEvent.click(el.shadowRoot!.querySelectorAll('[part="event"]')[2]!);
    await el.updateComplete;
    expect(el.selected).toBe('c');
    await userEvent.click($(el, 'svg.plot')!, { position: { x: 5, y: 5 } });
    await el.updateComplete;
    expect(el.selected).toBe('c');
  });

  it('opens a cluster into its days with Enter or a click', async () => {
    for (const open of ['key', 'click']) {
      const el = await mount((el) => {
        el.events = [...crowd, { id: 'x', title: 'Far', kind: 'visit', date: '2025-12-30' }];
        el.start = '2025-01-01';
        el.end = '2026-01-01';
      });
      const cluster = await until(() => $(el, '[part="cluster"]'));
      if (open === 'key') {
        ($(el, '.chart') as HTMLElement).focus();
        await press(el, '{Home}');
        await userEvent.keyboard('{Enter}');
      } else {
        await userEvent.click(cluster);
      }
      await settled(el);
      expect(el.selected, open).toBeUndefined();
      expect(span(el), open).toBeLessThan(40 * 86_400_000);
      expect(+el.visibleRange.start, open).toBeLessThan(Date.UTC(2025, 5, 11));
      expect(+el.visibleRange.end, open).toBeGreaterThan(Date.UTC(2025, 5, 12));
      // Opened, its calls stand apart: the view's marks name single calls.
      expect($$(el, '[part="event"]').length, open).toBeGreaterThan(6);
      el.remove();
    }
  });
});

describe('<summit-timeline> with ids of any characters', () => {
  it('names the mark of the focused event, whatever the ids, and gives no two marks one id', async () => {
    const ids = ['北京', '上海', 'a b', 'a#b', 'a_b', '\ud800'];
    const el = await mount((el) => {
      el.events = ids.map((id, i) => ({ id, title: `Event ${i}`, kind: 'meeting', date: `2025-0${i + 1}-10` }));
      el.locale = 'en-GB';
      el.start = '2024-12-20';
      el.end = '2025-07-20';
    });
    const marks = $$(el, '[part="event"]');
    expect(marks).toHaveLength(ids.length);
    expect(new Set(marks.map((m) => m.id)).size).toBe(ids.length);
    ($(el, '.chart') as HTMLElement).focus();
    await settled(el);
    const titles = [await press(el, '{Home}')];
    for (let i = 1; i < ids.length; i++) titles.push(await press(el, '{ArrowRight}'));
    expect(titles).toEqual(ids.map((_, i) => `Event ${i}`));
  });
});
