import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, activeMark, mount, settled, until } from './fixture.js';

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
});
