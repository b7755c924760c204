// What a screen reader gets: Chromium's own accessibility tree (through the DevTools
// protocol), not the DOM, which can say one thing while the tree says another.
import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { SummitTimeline } from '../src/summit-timeline.js';
import type { AXNode } from './commands.js';
import { $, $$, activeMark, dataset, mount, settled } from './fixture.js';

/** The timeline's listbox in the tree, and what a screen reader finds in it (ignored nodes looked through). */
async function listbox() {
  const tree = await commands.accessibilityTree();
  const byId = new Map(tree.map((n) => [n.id, n]));
  const children = (node: AXNode): AXNode[] =>
    node.childIds.flatMap((id) => {
      const child = byId.get(id)!;
      return child.ignored ? children(child) : [child];
    });
  const boxes = tree.filter((n) => n.role === 'listbox' && !n.ignored);
  expect(boxes).toHaveLength(1);
  return { box: boxes[0]!, items: children(boxes[0]!), byId };
}

/** The marks drawn, as the DOM has them: name and selected state, in order. */
const drawn = (el: SummitTimeline) =>
  $$(el, '[role="option"]').map((g) => ({
    name: g.getAttribute('aria-label'),
    selected: g.getAttribute('aria-selected') === 'true',
  }));

describe('<summit-timeline> in the accessibility tree', () => {
  it('exposes every drawn mark as an option of the listbox, in order, with its name and selected state', async () => {
    const el = await mount();
    // An event drawn as a mark of its own, selected.
    const id = $$(el, '[part="event"]')[3]!
      .getAttribute('data-key')!
      .replace(/^e:\d+:/, '');
    el.selected = id;
    await el.updateComplete;
    const selected = dataset.find((e) => e.id === id)!;
    const marks = drawn(el);
    expect(marks.length).toBeGreaterThan(20);
    expect(marks.filter((m) => m.selected)).toHaveLength(1);
    const { items } = await listbox();
    // Options, and only options, are the listbox's children: each is "option i of n", i its place below.
    expect(items.map((n) => n.role)).toEqual(marks.map(() => 'option'));
    expect(items.map((n) => ({ name: n.name, selected: n.properties.selected === true }))).toEqual(marks);
    expect(items.find((n) => n.properties.selected === true)!.name).toContain(selected.title);
  });

  it('names the option the arrow keys move to as the listbox’s active descendant', async () => {
    const el = await mount();
    ($(el, '.chart') as HTMLElement).focus();
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    await settled(el);
    const { box, items, byId } = await listbox();
    const [active] = box.properties.activedescendant as string[];
    expect(byId.get(active!)!.role).toBe('option');
    expect(byId.get(active!)!.name).toBe(activeMark(el)!.getAttribute('aria-label'));
    expect(items.map((n) => n.id)).toContain(active);
  });

  it('keeps the swimlanes’ titles out of the listbox when grouped, every mark still an option', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.groupBy = 'country';
    });
    const { items } = await listbox();
    expect(items.map((n) => n.role)).toEqual(drawn(el).map(() => 'option'));
    expect(items.map((n) => n.name)).toEqual(drawn(el).map((m) => m.name));
  });
});
