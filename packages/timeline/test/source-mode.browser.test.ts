// The timeline's windowed source mode: an archive answered window by window by a
// `TimelineSource` (here a `FakeSource`, answering as the server does), slow or failing.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/source.js';
import type { SummitErrorEvent } from '../src/error-event.js';
import { FakeSource } from '../src/source/fake-source.js';
import type { TimelineSource, WindowRequest } from '../src/source/source.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, $$, activeMark, container, frame, settled, until } from './fixture.js';
import { archive, utc } from './source/records.js';

/** 6,000 events over 2000–2009: too many for one answer of events over the whole span. */
const RECORDS = archive(6000, 7);
const BY_ID = new Map(RECORDS.map((record) => [record.id, record]));
const startOf = (record: (typeof RECORDS)[number]) =>
  Date.parse(String(record.date).split('/')[0]!.padEnd(10, '-01-01').slice(0, 10));
/** The records in time order. */
const IN_TIME = RECORDS.slice().sort((a, b) => startOf(a) - startOf(b));

type Problem = SummitErrorEvent['detail']['problems'][number];

/** A timeline on a source, 900 px wide, and the problems it reports. */
function timeline(source: TimelineSource, setup: (el: SummitTimeline) => void = () => {}) {
  const el = document.createElement('summit-timeline');
  const problems: Problem[] = [];
  el.addEventListener('summit-error', (e) => problems.push(...e.detail.problems));
  el.source = source;
  setup(el);
  container().append(el);
  return { el, problems };
}

const drawn = (el: SummitTimeline) => until(() => $$(el, '[part="event"], [part="cluster"]').length > 0 && el);
const windows = (source: FakeSource) =>
  source.calls.filter(({ method }) => method === 'window').map(({ request }) => request as WindowRequest);
const legend = (el: SummitTimeline) =>
  $$(el, '[part="legend-item"]').map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
const titleOf = (mark: Element | null) => mark?.getAttribute('aria-label')?.split(': ').at(-1);

describe('<summit-timeline> with a source', () => {
  it('draws the whole archive from bins, and counts every event in the legend', async () => {
    const source = new FakeSource(RECORDS);
    const { el, problems } = timeline(source);
    await drawn(el);
    await settled(el);
    const clusters = $$(el, '[part="cluster"]');
    expect(clusters.length).toBeGreaterThan(0);
    // The clusters' counts and the events alone add up to the archive.
    const counted = clusters.reduce((sum, cluster) => sum + Number(cluster.textContent!.replace(/\D/g, '')), 0);
    expect(counted + $$(el, '[part="event"]').length).toBeGreaterThanOrEqual(RECORDS.length);
    const summits = RECORDS.filter(({ kind }) => kind === 'summit').length;
    expect(legend(el).find((text) => text.startsWith('Summit'))).toContain(summits.toLocaleString('en-GB'));
    // The totals first, then the window; the overview's density once the window is in.
    expect(source.calls.map(({ method }) => method).slice(0, 3)).toEqual(['totals', 'window', 'density']);
    // The whole span in view: asked as it is (no padding beyond the domain), at the element's width.
    expect(windows(source)[0]).toMatchObject({ width: 900, group: 'none', kinds: null });
    expect(windows(source)[0]!.from).toBe(Math.floor(+el.visibleRange.start));
    expect(windows(source)[0]!.to).toBe(Math.ceil(+el.visibleRange.end));
    // The overview's density bars, one per slice with events.
    const bars = $(el, '[part="overview"]')!.shadowRoot!.querySelectorAll('rect:not([part]):not(.handle)');
    expect(bars.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('asks for the window in view as it zooms in, and draws events one by one', async () => {
    const source = new FakeSource(RECORDS);
    const { el } = timeline(source);
    await drawn(el);
    const asked = windows(source).length;
    el.zoomTo('2004-03-01', '2004-03-15', false);
    await until(() => windows(source).length > asked);
    const last = windows(source).at(-1)!;
    expect(last.from).toBeLessThanOrEqual(utc(2004, 3, 1));
    expect(last.to).toBeGreaterThanOrEqual(utc(2004, 3, 15));
    const inMarch = RECORDS.filter((r) => String(r.date).startsWith('2004-03-0') && !String(r.date).includes('/'));
    await until(() => $$(el, '[part="event"]').length >= 1);
    const titles = $$(el, '[part="event"]').map((mark) => titleOf(mark));
    expect(titles).toEqual(expect.arrayContaining([inMarch[0]!.title]));
  });

  it('keeps the last answer on screen while a slow source answers, and aborts the question the view has left', async () => {
    const source = new FakeSource(RECORDS, { delay: 200 });
    const aborted: WindowRequest[] = [];
    const watched: TimelineSource = {
      totals: (signal) => source.totals(signal),
      density: (request, signal) => source.density(request, signal),
      step: (request, signal) => source.step(request, signal),
      event: (id, signal) => source.event(id, signal),
      window: (request, signal) => {
        signal?.addEventListener('abort', () => aborted.push(request));
        return source.window(request, signal);
      },
    };
    const { el } = timeline(watched);
    await el.updateComplete;
    expect($(el, '.message')!.textContent).toBe('Loading events…');
    await drawn(el);
    const before = $$(el, '[part="cluster"]').length;
    el.zoomTo('2003-01-01', '2003-02-01', false);
    await el.updateComplete;
    el.zoomTo('2006-01-01', '2006-02-01', false);
    await el.updateComplete;
    await frame();
    // Both windows are on their way; the first is left, and the old answer is still drawn.
    expect(aborted.map(({ from }) => from)).toEqual([expect.any(Number)]);
    expect(aborted[0]!.to).toBeLessThan(utc(2004));
    expect($$(el, '[part="event"], [part="cluster"]').length).toBeGreaterThan(0);
    expect($(el, '.message')).toBeNull();
    expect(before).toBeGreaterThan(0);
    await until(() => windows(source).at(-1)!.from > utc(2005) && $$(el, '[part="event"]').length > 0);
  });

  it('shows a failing source’s reason, reports it, and draws once the retry button finds it working', async () => {
    const source = new FakeSource(RECORDS, { fail: 'The archive is offline.' });
    const { el, problems } = timeline(source);
    const alert = await until(() => $(el, '.message.error [role="alert"]'));
    expect(alert.textContent).toBe('Could not show the timeline: The archive is offline.');
    expect(problems).toEqual([{ index: -1, field: 'source', message: 'The archive is offline.' }]);
    source.fail = false;
    await userEvent.click($(el, '[part="retry"]') as HTMLButtonElement);
    await drawn(el);
    expect($(el, '.message')).toBeNull();
  });

  it('keeps the view when a window fails, and asks it again with reload()', async () => {
    const source = new FakeSource(RECORDS);
    const { el } = timeline(source);
    await drawn(el);
    source.fail = true;
    el.zoomTo('2008-05-01', '2008-05-20', false);
    await until(() => $(el, '.message.error'));
    source.fail = false;
    el.reload();
    await drawn(el);
    expect(+el.visibleRange.start).toBe(utc(2008, 5, 1));
    expect(windows(source).at(-1)!.from).toBeLessThanOrEqual(utc(2008, 5, 1));
  });

  it('steps through the whole archive with Home, End, → and ←, asking the source, as fast as a held key', async () => {
    // 2,000 events three days apart, over sixteen years: binned over the whole span, one by one in three weeks.
    const records = Array.from({ length: 2000 }, (_, n) => ({
      id: `e${n}`,
      title: `Event on day ${n * 3}`,
      kind: ['summit', 'call', 'visit', 'meeting'][n % 4]!,
      date: new Date(utc(2000) + n * 3 * 86_400_000).toISOString().slice(0, 10),
    }));
    const source = new FakeSource(records);
    const { el } = timeline(source);
    await drawn(el);
    el.zoomTo('2004-06-01', '2004-06-21', false);
    await settled(el);
    ($(el, '.chart') as HTMLElement).focus();
    const press = async (key: string, n: number) => {
      await userEvent.keyboard(key);
      await until(() => titleOf(activeMark(el)) === records[n]!.title);
      await settled(el);
    };
    await press('{Home}', 0);
    await press('{ArrowRight}', 1);
    await press('{End}', 1999);
    await press('{ArrowLeft}', 1998);
    // The view follows the focus to the end of the archive.
    expect(+el.visibleRange.end).toBeGreaterThan(utc(2016, 5));
    expect(+el.visibleRange.end - +el.visibleRange.start).toBeLessThan(30 * 86_400_000);
    // Keys faster than the frames: each step goes from where the last one landed.
    await press('{Home}', 0);
    for (let n = 0; n < 4; n++) await userEvent.keyboard('{ArrowRight}');
    await press('{ArrowRight}', 5);
    await press('{ArrowRight}', 6);
    expect(source.calls.filter(({ method }) => method === 'step').length).toBe(11);
    // A held key, repeating every 60 ms: after each, the active descendant names a drawn mark.
    const named: string[] = [];
    for (let n = 0; n < 8; n++) {
      await userEvent.keyboard('{ArrowRight}');
      await new Promise((resolve) => setTimeout(resolve, 60));
      await el.updateComplete;
      named.push(titleOf(activeMark(el)) ?? '(none)');
    }
    expect(named).not.toContain('(none)');
    await until(() => titleOf(activeMark(el)) === records[14]!.title);
  });

  it('opens the selected event’s card though no answer holds it yet, and shows it with room around it', async () => {
    const source = new FakeSource(RECORDS);
    const target = IN_TIME[3000]!;
    const { el } = timeline(source, (el) => (el.selected = target.id));
    const card = await until(() => $(el, 'summit-event-card')?.shadowRoot?.querySelector('[part="card"]'));
    expect(card.textContent).toContain(target.title);
    await settled(el);
    const { start, end } = el.visibleRange;
    expect(+start).toBeLessThanOrEqual(startOf(target));
    expect(+end).toBeGreaterThan(startOf(target));
    expect(+end - +start).toBeLessThan(366 * 86_400_000);
    expect(BY_ID.get(target.id)).toBeDefined();
  });

  it('opens a hash link to an event that no answer holds yet', async () => {
    const target = IN_TIME[4500]!;
    history.replaceState(null, '', `#event=${target.id}`);
    const { el } = timeline(new FakeSource(RECORDS), (el) => (el.hashLink = true));
    const card = await until(() => $(el, 'summit-event-card')?.shadowRoot?.querySelector('[part="card"]'));
    expect(card.textContent).toContain(target.title);
    expect(el.selected).toBe(target.id);
    await settled(el);
    expect(+el.visibleRange.start).toBeLessThanOrEqual(startOf(target));
    expect(+el.visibleRange.end).toBeGreaterThan(startOf(target));
  });

  it('asks with the legend’s filter and the grouping, and keeps counting the whole archive', async () => {
    const source = new FakeSource(RECORDS);
    const { el } = timeline(source, (el) => (el.groupBy = 'kind'));
    await drawn(el);
    expect(windows(source)[0]!.group).toBe('kind');
    const before = legend(el);
    const summit = $$(el, '[part="legend-item"]').find((item) => item.textContent!.includes('Summit')) as HTMLElement;
    await userEvent.click(summit);
    await until(() => windows(source).some(({ kinds }) => kinds !== null && kinds !== undefined));
    const filtered = windows(source).find(({ kinds }) => kinds)!.kinds!;
    expect(filtered).not.toContain('summit');
    expect(filtered.length).toBeGreaterThan(0);
    expect(legend(el)).toEqual(before);
    await until(() => !$$(el, '.lane-label, [part="lane"]').some((lane) => lane.textContent === 'Summit'));
  });

  it('draws its own events again once the source is taken away, and the source again once it is back', async () => {
    const source = new FakeSource(RECORDS);
    const own = [
      { id: 'a', title: 'Summit in Geneva', kind: 'summit', date: '2025-03-01' },
      { id: 'b', title: 'Call with Paris', kind: 'call', date: '2025-04-01' },
    ];
    const { el } = timeline(source, (el) => (el.events = own));
    await drawn(el);
    expect(legend(el).length).toBeGreaterThan(2);
    el.source = undefined;
    await until(() => $$(el, '[part="event"]').length === 2 && legend(el).length === 2);
    expect(
      $$(el, '[part="event"]')
        .map((mark) => titleOf(mark))
        .sort(),
    ).toEqual(['Call with Paris', 'Summit in Geneva']);
    el.source = source;
    await until(() => legend(el).length > 2 && $$(el, '[part="cluster"]').length > 0);
  });

  it('aborts what it asked once the source is taken away, and asks nothing when moved afterwards', async () => {
    const source = new FakeSource(RECORDS, { delay: 300 });
    const aborted: string[] = [];
    const asked: string[] = [];
    const watch =
      <A extends unknown[], T>(method: string, call: (...args: [...A, AbortSignal?]) => Promise<T>) =>
      (...args: [...A, AbortSignal?]) => {
        asked.push(method);
        (args.at(-1) as AbortSignal | undefined)?.addEventListener('abort', () => aborted.push(method));
        return call(...args);
      };
    const watched: TimelineSource = {
      totals: watch('totals', (signal) => source.totals(signal)),
      density: watch('density', (request, signal) => source.density(request, signal)),
      step: watch('step', (request, signal) => source.step(request, signal)),
      event: watch('event', (id, signal) => source.event(id, signal)),
      window: watch('window', (request, signal) => source.window(request, signal)),
    };
    const { el } = timeline(
      watched,
      (el) => (el.events = [{ id: 'a', title: 'Own', kind: 'call', date: '2025-03-01' }]),
    );
    await until(() => asked.includes('totals'));
    el.source = undefined;
    await until(() => $$(el, '[part="event"]').length === 1);
    expect(aborted).toEqual(['totals']);
    const count = asked.length;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(asked.length).toBe(count);
    expect(titleOf($(el, '[part="event"]'))).toBe('Own');
  });

  it('lists the archive on a phone: its bins as entries that narrow the view, down to the events', async () => {
    const source = new FakeSource(RECORDS);
    container().style.width = '360px';
    const { el } = timeline(source, (el) => (el.groupBy = 'country'));
    const bins = () => $$(el, '.list [part="cluster"]') as HTMLElement[];
    const events = () => $$(el, '.list [part="event"]') as HTMLElement[];
    const text = (entry: Element | undefined) => entry?.textContent!.replace(/\s+/g, ' ').trim();
    await until(() => bins().length > 0);
    // Without lanes: a phone's list asks for the whole window in one.
    expect(windows(source).at(-1)!.group).toBe('none');
    // Every event of the archive is in an entry: a bin counts its events, an event is one.
    while ($(el, '.more')) {
      ($(el, '.more') as HTMLElement).click();
      await el.updateComplete;
    }
    const counted = (entry: Element) =>
      Number(
        entry
          .querySelector('.what')!
          .textContent!.match(/^[\d,]+/)![0]
          .replace(',', ''),
      );
    expect(bins().reduce((sum, bin) => sum + counted(bin), 0) + events().length).toBe(RECORDS.length);
    // Its dates, then its count, as the name a screen reader reads too.
    expect(text(bins()[0])).toMatch(/^\S.* [\d,]+ events$/);
    // A bin narrows the view to its span; the list then shows what the source answers there.
    const first = bins()[0]!;
    const label = text(first);
    first.click();
    await until(() => text(bins()[0]) !== label || undefined);
    const { start, end } = el.visibleRange;
    expect(+end - +start).toBeLessThan(utc(2001) - utc(2000));
    // Down to the events themselves, which open their card.
    for (let depth = 0; !events().length && depth < 8; depth++) {
      const [asked, before] = [windows(source).length, text(bins()[0])];
      bins()[0]!.click();
      await until(() => windows(source).length > asked || undefined);
      await until(() => events().length > 0 || text(bins()[0]) !== before || undefined);
    }
    expect(events().length).toBeGreaterThan(0);
    const event = events()[0]!;
    event.click();
    await until(() => $(el, 'summit-event-card'));
    expect(titleOf(event)).toBeTruthy();
    // "Show all" goes back to the whole archive.
    const all = ($$(el, '.controls button') as HTMLElement[]).find((b) => b.getAttribute('aria-label') === 'Show all')!;
    all.click();
    await until(() => bins().length > 0 && text(bins()[0]) === label);
  });

  it('shows an empty archive as empty, and asks it nothing more', async () => {
    const source = new FakeSource([]);
    const { el } = timeline(source);
    await until(() => $(el, '.message')?.textContent === 'No events to show.');
    expect(source.calls.map(({ method }) => method)).toEqual(['totals']);
  });

  it('starts again on a new source, and asks an element moved elsewhere for what was on its way', async () => {
    const first = new FakeSource(RECORDS.slice(0, 100));
    const { el } = timeline(first);
    await drawn(el);
    const second = new FakeSource(RECORDS.slice(100), { delay: 100 });
    el.source = second;
    el.remove();
    await frame();
    container().append(el);
    await drawn(el);
    await until(() => windows(second).length > 0 && $$(el, '[part="event"], [part="cluster"]').length > 0);
    const total = legend(el).reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
    expect(total).toBe(RECORDS.length - 100);
  });
});
