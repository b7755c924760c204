import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, activeMark, mount, settled, until } from './fixture.js';

const records = [
  { id: 'first-talks', title: 'First talks', kind: 'meeting', date: '2024-02-01' },
  { id: 'state visit', title: 'State visit', kind: 'visit', date: '2025-05-10' },
  { id: 'late-call', title: 'Late call', kind: 'call', date: '2026-01-20' },
];

function linked(hash = '') {
  history.replaceState(null, '', location.pathname + location.search + hash);
  return mount((el) => {
    el.events = records;
    el.hashLink = true;
  });
}

describe('<summit-timeline hash-link>', () => {
  it('opens on the event the link names, in view and focused, with its card', async () => {
    const el = await linked('#state%20visit');
    expect(el.selected).toBe('state visit');
    expect($(el, 'summit-event-card')).not.toBeNull();
    const { start, end } = el.visibleRange;
    expect(+start).toBeLessThan(Date.UTC(2025, 4, 10));
    expect(+end).toBeGreaterThan(Date.UTC(2025, 4, 11));
    expect(+end - +start).toBeLessThan(200 * 86_400_000);
    expect(activeMark(el)?.getAttribute('aria-label')).toContain('State visit');
  });

  it('writes the selected event into the hash, and clears it when the card closes', async () => {
    const el = await linked();
    el.focusEvent('late-call');
    await el.updateComplete;
    expect(location.hash).toBe('#late-call');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.selected).toBeUndefined();
    expect(location.hash).toBe('');
  });

  it('follows the hash when it changes (a link in the page, back and forward)', async () => {
    const el = await linked();
    const path = location.pathname + location.search;
    location.hash = '#first-talks';
    await until(() => el.selected === 'first-talks');
    await settled(el);
    expect(+el.visibleRange.start).toBeLessThan(Date.UTC(2024, 1, 1));
    expect(location.hash).toBe('#first-talks');
    el.selected = undefined;
    await el.updateComplete;
    expect(location.hash).toBe('');
    expect(location.pathname + location.search).toBe(path);
    location.hash = '#late-call';
    await until(() => el.selected === 'late-call');
  });

  it('leaves a hash that names no event, or a malformed one, alone', async () => {
    const el = await linked('#section-2');
    expect(el.selected).toBeUndefined();
    expect(location.hash).toBe('#section-2');
    location.hash = '#%E0%A4%A';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.selected).toBeUndefined();
    expect($(el, 'svg.plot')).not.toBeNull();
  });

  it('does nothing with the hash without hash-link', async () => {
    history.replaceState(null, '', location.pathname + location.search + '#late-call');
    const el = await mount((el) => (el.events = records));
    expect(el.selected).toBeUndefined();
    el.focusEvent('first-talks');
    await el.updateComplete;
    expect(location.hash).toBe('#late-call');
    location.hash = '#state%20visit';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.selected).toBe('first-talks');
  });

  it('stops following the hash once removed from the page', async () => {
    const el = await linked();
    el.remove();
    location.hash = '#late-call';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.selected).toBeUndefined();
  });

  it('leaves an anchor the reader went to in the hash, through updates and when the card closes', async () => {
    const el = await linked();
    el.focusEvent('late-call');
    await el.updateComplete;
    expect(location.hash).toBe('#late-call');
    location.hash = '#section-2';
    await new Promise((r) => setTimeout(r, 50));
    el.zoomTo('2024-01-01', '2025-01-01', false);
    await el.updateComplete;
    expect(location.hash).toBe('#section-2');
    el.selected = undefined;
    await el.updateComplete;
    expect(location.hash).toBe('#section-2');
  });
});
