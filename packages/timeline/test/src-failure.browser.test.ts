// A `src` that fails as real networks fail: no answer at all, a refused connection, a
// body that is not JSON. Requests go through the browser's network stack (held or
// answered by the test's router, or refused), not a replaced `fetch`.
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, $$, container, until } from './fixture.js';

const records = [
  { id: 'a', title: 'Summit', kind: 'summit', date: '2025-03-01' },
  { id: 'b', title: 'Call', kind: 'call', date: '2025-04-01' },
];
const HELD = '**/held/**';

afterEach(() => commands.routeRequests(HELD, null));

type Problem = { index: number; field: string; message: string };

/** A timeline loading `src`, and the problems it reports. */
function loading(src: string, timeout?: number) {
  const el = document.createElement('summit-timeline') as SummitTimeline;
  const problems: Problem[] = [];
  el.addEventListener('summit-error', (e) => problems.push(...e.detail.problems));
  if (timeout !== undefined) el.setAttribute('src-timeout', String(timeout));
  el.src = src;
  container().append(el);
  return { el, problems };
}

const alert = (el: SummitTimeline) => until(() => $(el, '.message.error [role="alert"]'));

describe('<summit-timeline src> that fails', () => {
  it('gives up on a src that never answers, says so, and loads it again from the retry button', async () => {
    await commands.routeRequests(HELD, 'hold');
    const { el, problems } = loading('/held/events.json?token=secret', 300);
    await el.updateComplete;
    expect($(el, '.message')!.textContent).toBe('Loading events…');
    const text = (await alert(el)).textContent!;
    expect(text).toBe('Could not show the timeline: /held/events.json did not answer within 0.3 s');
    expect(problems).toEqual([{ index: -1, field: 'src', message: '/held/events.json did not answer within 0.3 s' }]);
    const retry = $(el, '[part="retry"]') as HTMLButtonElement;
    expect(retry.textContent).toBe('Try again');
    await commands.routeRequests(HELD, records);
    await userEvent.click(retry);
    await until(() => $$(el, '[part="event"]').length === 2);
    expect($(el, '.message')).toBeNull();
  });

  it('loads it again with reload(), and fails again the same way while it still does not answer', async () => {
    await commands.routeRequests(HELD, 'hold');
    const { el, problems } = loading('/held/more.json', 200);
    await alert(el);
    el.reload();
    await el.updateComplete;
    expect($(el, '.message')!.textContent).toBe('Loading events…');
    await alert(el);
    expect(problems).toHaveLength(2);
    await commands.routeRequests(HELD, { events: records });
    el.reload();
    await until(() => $$(el, '[part="event"]').length === 2);
  });

  it('names the URL by host and path, never its query, and cuts a long one short', async () => {
    const secret = loading('http://127.0.0.1:9/events.json?token=secret#x');
    const text = (await alert(secret.el)).textContent!;
    expect(text).toMatch(/^Could not show the timeline: could not load 127\.0\.0\.1:9\/events\.json: /);
    expect(text).not.toContain('secret');
    expect(secret.problems[0]!.message).not.toContain('secret');
    const huge = loading(`data:application/json,${'x'.repeat(2_000_000)}`);
    const said = (await alert(huge.el)).textContent!;
    expect(said).toMatch(/^Could not show the timeline: data:application\/json,x+… is not valid JSON$/);
    expect(said.length).toBeLessThan(160);
    expect(huge.problems[0]!.message.length).toBeLessThan(120);
  });
});
