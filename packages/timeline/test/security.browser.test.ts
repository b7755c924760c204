import { describe, expect, it } from 'vitest';
import { TITLE_MAX_LENGTH } from '../src/core/defaults.js';
import type { TimelineRecord } from '../src/record.js';
import type { SummitSelectEvent } from '../src/select-event.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, $$, mount, until } from './fixture.js';

type Card = HTMLElement & { updateComplete: Promise<unknown> };

describe('<summit-timeline> with hostile records', () => {
  it('draws markup in titles and quotes as text, and links only to http(s) sources', async () => {
    const el = await mount((el) => {
      el.events = [
        {
          id: 'x',
          title: '<img src=x onerror="window.hacked=1">Talks',
          kind: 'meeting',
          date: '2025-01-02',
          summary: '<script>window.hacked=2</script>',
          sources: [
            { source: 'evil', quote: '<b>bold</b>' },
            { source: 'good', quote: 'plain' },
          ],
        },
      ];
      el.sources = [
        { id: 'evil', publisher: 'Evil', headline: 'Click me', url: 'javascript:window.hacked=3' },
        { id: 'good', publisher: 'Good', headline: 'Read me', url: 'https://example.com/story' },
      ];
      el.selected = 'x';
    });
    const card = (await until(() => $(el, 'summit-event-card'))) as Card;
    await card.updateComplete;
    const root = card.shadowRoot!;
    expect(root.querySelector('img, script, b')).toBeNull();
    expect($$(el, 'img, script')).toHaveLength(0);
    expect(root.textContent).toContain('<img src=x onerror="window.hacked=1">Talks');
    expect(root.textContent).toContain('<b>bold</b>');
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.com/story']);
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('still draws a record whose optional fields have the wrong shape', async () => {
    const errors: Event[] = [];
    const el = await mount((el) => {
      el.addEventListener('summit-error', (e) => errors.push(e));
      el.events = [
        {
          id: 'odd',
          title: 'Odd record',
          kind: 'visit',
          date: '2025-05-05',
          participants: 'Xi Jinping',
          countries: 'CHN',
          location: 'Beijing',
          sources: { source: 'a' },
        },
      ] as unknown as TimelineRecord[]; // wrong shapes on purpose, as plain JavaScript may give
      el.selected = 'odd';
    });
    const card = (await until(() => $(el, 'summit-event-card'))) as Card;
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).toContain('Odd record');
    expect($$(el, '[part="event"]')).toHaveLength(1);
  });
});

describe('<summit-timeline> with records that fight back', () => {
  const good = (id: string, date: string) => ({ id, title: `Talks ${id}`, kind: 'meeting', date });
  type Problem = { index: number; id?: string; field: string; message: string };
  const reported = (el: SummitTimeline) => {
    const problems: Problem[] = [];
    el.addEventListener('summit-error', (e) => problems.push(...e.detail.problems));
    return problems;
  };

  it('reports a record whose field throws when read, and draws the others', async () => {
    let problems: Problem[] = [];
    const el = await mount((el) => {
      problems = reported(el);
      el.events = [
        good('a', '2025-01-01'),
        {
          get id(): string {
            throw new Error('no id for you');
          },
        },
        good('b', '2025-02-01'),
      ] as unknown as TimelineRecord[];
    });
    expect($$(el, '[part="event"]')).toHaveLength(2);
    expect(problems).toEqual([{ index: 1, field: 'id', message: 'reading it threw: no id for you' }]);
  });

  it('draws a record as it read it once, and hands the page back its own record on select', async () => {
    let reads = 0;
    const shifty = {
      id: 'shifty',
      title: 'Shifty talks',
      date: '2025-03-01',
      get kind() {
        return reads++ ? 'bogus' : 'summit';
      },
    };
    const selections: SummitSelectEvent[] = [];
    const el = await mount((el) => {
      el.events = [good('a', '2025-01-01'), shifty] as unknown as TimelineRecord[];
      el.addEventListener('summit-select', (e) => selections.push(e));
    });
    const mark = $$(el, '[part="event"]').find((m) => m.getAttribute('aria-label')!.includes('Shifty'))!;
    expect(mark.getAttribute('class')).toContain('kind-summit');
    expect(mark.getAttribute('aria-label')).toMatch(/^Summit, /);
    el.focusEvent('shifty');
    await el.updateComplete;
    expect(selections[0]!.detail.event).toBe(shifty);
    const card = (await until(() => $(el, 'summit-event-card'))) as Card;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.kind')!.textContent).toContain('Summit');
    expect(reads).toBe(1);
  });

  it('reports a date it could not draw, or one that is not text, saying what it found', async () => {
    let problems: Problem[] = [];
    const el = await mount((el) => {
      problems = reported(el);
      el.events = [
        good('a', '2025-01-01'),
        { id: 'far', title: 'Far', kind: 'call', start: new Date(8.6e15) },
        { id: 'number', title: 'Number', kind: 'call', date: 20250903 },
        { id: 'date', title: 'Date', kind: 'call', date: new Date('2025-09-03T00:00:00Z') },
        good('b', '2025-02-01'),
      ] as unknown as TimelineRecord[];
    });
    expect($(el, 'svg.plot')).not.toBeNull();
    expect($$(el, '[part="event"]')).toHaveLength(2);
    expect(problems.map((p) => [p.id, p.field, p.message])).toEqual([
      ['far', 'start', '+274493-02-24 is outside the years the timeline draws (0000 to 9999)'],
      ['number', 'date', 'expected an EDTF string, got the number 20250903'],
      ['date', 'date', 'expected an EDTF string, got a Date: give it as `start`'],
    ]);
  });

  it('ignores a start or end attribute it could not draw, and draws the records', async () => {
    const el = await mount((el) => {
      el.events = [good('a', '2025-01-01'), good('b', '2025-02-01')] as unknown as TimelineRecord[];
      el.start = '2025-01-01';
      el.end = '+275000-01-01';
    });
    expect($$(el, '[part="event"]')).toHaveLength(2);
    expect(el.visibleRange.end.getUTCFullYear()).toBeLessThan(2026);
  });

  it('cuts huge titles for drawing and measuring, draws and zooms about as fast as with short ones, and the card shows the whole title', async () => {
    const huge = (i: number) => `${i} ${'Very long title '.repeat(65_536)}`; // 1 MiB each
    const records = (title: (i: number) => string) =>
      Array.from({ length: 20 }, (_, i) => ({
        id: `t${i}`,
        title: title(i),
        kind: 'meeting',
        date: `2025-01-${String(i + 1).padStart(2, '0')}`,
      }));
    /** How long the timeline takes to draw, and its slowest of a few zoom frames, which measure and shorten labels again. */
    const timed = async (title: (i: number) => string) => {
      const started = performance.now();
      const el = await mount((el) => (el.events = records(title)));
      const drawing = performance.now() - started;
      let frame = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        el.zoomTo(Date.UTC(2025, 0, 1 + i), Date.UTC(2025, 0, 10 + 2 * i), false);
        await el.updateComplete;
        frame = Math.max(frame, performance.now() - t);
      }
      return { el, drawing, frame };
    };
    const short = await timed((i) => `${i} Very long title`);
    short.el.remove();
    const { el, drawing, frame } = await timed(huge);
    expect(drawing).toBeLessThan(short.drawing * 2 + 500);
    expect(frame).toBeLessThan(short.frame * 3 + 30);
    const labels = $$(el, '[part="event"] text').map((t) => t.textContent!);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    for (const mark of $$(el, '[part="event"]')) {
      expect(mark.getAttribute('aria-label')!.length).toBeLessThan(TITLE_MAX_LENGTH + 40);
      expect(mark.getAttribute('aria-label')).toMatch(/…$/);
    }
    el.focusEvent('t3');
    const card = (await until(() => $(el, 'summit-event-card'))) as Card;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.title')!.textContent).toBe(huge(3));
  });
});
