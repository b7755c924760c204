// A language imported after the elements drew (an app that loads the reader's language
// on demand, or switches language): the elements in the page speak it at once.
import { describe, expect, it, vi } from 'vitest';
import type { SummitEventCard } from '../src/summit-event-card.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $$, container, mount, until } from './fixture.js';

const buttons = (el: SummitTimeline) => $$(el, '.controls button').map((b) => b.getAttribute('aria-label'));

describe('a language imported after the elements drew', () => {
  it('is spoken at once by the timeline and a card in the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    container().lang = 'de';
    const el = await mount((el) => {
      el.events = [{ id: 'call', title: 'Call with Berlin', kind: 'call', date: '2025-02-14' }];
    });
    const card = document.createElement('summit-event-card') as SummitEventCard;
    card.event = { id: 'talks', title: 'Talks', kind: 'meeting', date: '2025-01-10' };
    container().append(card);
    await card.updateComplete;
    // English until German is imported, and the console says which module to import.
    expect(buttons(el)).toEqual(['Zoom in', 'Zoom out', 'Show all']);
    expect(card.shadowRoot!.querySelector('.kind span')!.textContent).toBe('Meeting');
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining("'@summitline/timeline/locales/de.js'"),
    ]);

    await import('../src/locales/de.js');
    await until(() => buttons(el)[0] === 'Vergrößern' || undefined);
    expect(buttons(el)).toEqual(['Vergrößern', 'Verkleinern', 'Alles anzeigen']);
    await until(() => card.shadowRoot!.querySelector('.kind span')!.textContent === 'Treffen' || undefined);
    warn.mockRestore();
  });
});
