import { describe, expect, it } from 'vitest';
import type { TimelineRecord } from '../src/record.js';
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
