import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TimelineRecord } from '../src/record.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { stringsFor } from '../src/core/strings.js';
// The languages these tests speak, as an app imports them.
import '../src/locales/fr.js';
import '../src/locales/ar.js';
import '../src/locales/zh-Hant.js';
import { $, $$, activeMark, container, mount, settled, until } from './fixture.js';

const records: TimelineRecord[] = [
  {
    id: 'talks',
    title: 'Beijing talks',
    kind: 'meeting',
    date: '2025-01-10',
    participants: [{ name: 'Wang Yi', role: 'Foreign minister', country: 'CHN' }],
    location: { place: 'Beijing', country: 'CHN' },
  },
  { id: 'call', title: 'Leaders’ call', kind: 'call', date: '2025-02-14' },
  { id: 'summit', title: 'Autumn summit', kind: 'summit', date: '2025-03-20', status: 'planned' },
];

async function timeline(setup: (el: SummitTimeline) => void = () => {}) {
  return mount((el) => {
    el.events = records;
    el.start = '2024-12-20';
    el.end = '2025-04-10';
    setup(el);
  });
}

const legend = (el: SummitTimeline) => $$(el, '[part="legend-item"] span:not(.count)').map((s) => s.textContent);
const buttons = (el: SummitTimeline) => $$(el, '.controls button').map((b) => b.getAttribute('aria-label'));

/** The card of an event, selected as a reader would, once drawn. */
async function cardOf(el: SummitTimeline, id: string) {
  el.focusEvent(id);
  const card = await until(() => $(el, 'summit-event-card'));
  await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return card.shadowRoot!;
}

/** What the live region says after a zoom. */
async function announcement(el: SummitTimeline) {
  el.zoomTo('2025-01-01', '2025-03-01', false);
  const status = $(el, '[aria-live="polite"]')!;
  return (await until(() => status.textContent!.trim())) as string;
}

describe('<summit-timeline> in other languages', () => {
  it('speaks French with locale="fr": legend, buttons, chart, card and announcement', async () => {
    const el = await timeline((el) => (el.locale = 'fr'));
    expect(legend(el)).toEqual(['Sommet', 'Rencontre', 'Appel téléphonique']);
    expect(buttons(el)).toEqual(['Zoom avant', 'Zoom arrière', 'Tout afficher']);
    const chart = $(el, '.chart')!;
    expect(chart.getAttribute('aria-label')).toMatch(/^Chronologie des événements \(3 événements\), période affichée/);
    expect(chart.getAttribute('aria-roledescription')).toBe('chronologie');
    expect($$(el, '[part="event"]').map((m) => m.getAttribute('aria-label'))).toContain(
      'Sommet, prévu\u00a0: 20 mars 2025\u00a0: Autumn summit',
    );
    const card = await cardOf(el, 'talks');
    expect([...card.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Qui', 'Où']);
    expect(card.querySelector('.kind')!.textContent).toContain('Rencontre');
    expect(card.textContent).toContain('Beijing, Chine');
    expect($(el, '.close')!.getAttribute('aria-label')).toBe('Fermer');
    expect(await announcement(el)).toMatch(/^Période affichée\u00a0: 1 janv\S* – 1 mars 2025$/);
  });

  it('speaks Arabic from the page’s lang="ar", with the plural forms of Arabic', async () => {
    container().lang = 'ar';
    container().dir = 'rtl';
    const el = await timeline();
    expect(legend(el)).toEqual(['قمة', 'اجتماع', 'اتصال هاتفي']);
    expect(buttons(el)).toEqual(['تكبير', 'تصغير', 'عرض الكل']);
    expect($(el, '.chart')!.getAttribute('aria-label')).toMatch(/^الخط الزمني للأحداث: \S+ أحداث، الفترة المعروضة: /);
    const card = await cardOf(el, 'talks');
    expect([...card.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['المشاركون', 'المكان']);
    expect(await announcement(el)).toMatch(/^الفترة المعروضة: /);
    // Time still runs left to right on a right-to-left page unless `direction` says otherwise.
    expect(el.direction).toBe('ltr');
  });

  it('lists the events in Arabic on a phone, with the rail on the right of a right-to-left page', async () => {
    container().lang = 'ar';
    container().dir = 'rtl';
    container().style.width = '360px';
    const el = await mount();
    const list = await until(() => $(el, '.list'));
    expect(getComputedStyle(list).borderRightWidth).toBe('2px');
    expect(getComputedStyle(list).borderLeftWidth).toBe('0px');
    expect($(el, '.more')!.textContent!.trim()).toMatch(/^عرض المزيد \(المتبقي: \S+\)$/);
    const kinds = new Set(Object.values(stringsFor('ar')));
    for (const button of $$(el, '.list button[part="event"]')) {
      expect(kinds.has(button.getAttribute('aria-label')!.split('،')[0]!)).toBe(true);
    }
  });

  it('names the marks anew when the locale or the words change', async () => {
    const el = await timeline((el) => (el.locale = 'en-GB'));
    const name = () => $(el, '[part="event"]')!.getAttribute('aria-label');
    expect(name()).toBe('Meeting, 10 January 2025: Beijing talks');
    el.locale = 'fr';
    await el.updateComplete;
    expect(name()).toBe('Rencontre, 10 janvier 2025\u00a0: Beijing talks');
    el.strings = { meeting: 'Entretiens' };
    await el.updateComplete;
    expect(name()).toBe('Entretiens, 10 janvier 2025\u00a0: Beijing talks');
  });

  it('speaks Traditional Chinese for zh-Hant-TW, zh-HK and zh_TW, with Chinese dates', async () => {
    for (const locale of ['zh-Hant-TW', 'zh-HK', 'zh_TW']) {
      const el = await timeline((el) => (el.locale = locale));
      expect(legend(el), locale).toEqual(['峰會', '會晤', '通話']);
      expect(buttons(el), locale).toEqual(['放大', '縮小', '顯示全部']);
      expect($(el, '[part="event"]')!.getAttribute('aria-label'), locale).toBe('會晤，2025年1月10日：Beijing talks');
      expect($$(el, '.axis .major').map((g) => g.textContent)[0], locale).toMatch(/^2025年\d+月$/);
      el.remove();
    }
  });

  it('names the Gregorian months its axis stands on, for fa-IR and a Hebrew calendar alike', async () => {
    const gregorian = (locale: string, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', calendar: 'gregory' });
    for (const locale of ['fa-IR', 'en-GB-u-ca-hebrew']) {
      const el = await timeline((el) => (el.locale = locale));
      const major = $$(el, '.axis .major').map((g) => g.textContent);
      const months = [0, 1, 2].map((m) =>
        gregorian(locale, { month: 'long', year: 'numeric' }).format(Date.UTC(2025, m, 1)),
      );
      expect(major, locale).toEqual(expect.arrayContaining(months));
      const mark = $$(el, '[part="event"]').find((m) => m.getAttribute('aria-label')!.includes('Beijing talks'))!;
      expect(mark.getAttribute('aria-label'), locale).toContain(
        gregorian(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(2025, 0, 10)),
      );
      el.remove();
    }
    const hebrew = await timeline((el) => (el.locale = 'en-GB-u-ca-hebrew'));
    expect($$(hebrew, '.axis .major').map((g) => g.textContent)).toContain('February 2025');
    expect(
      $$(hebrew, '.axis')
        .map((g) => g.textContent)
        .join(' '),
    ).not.toMatch(/Tevet|Shevat|Adar|5785/);
  });

  it('falls back to English for a language it has no words for', async () => {
    const el = await timeline((el) => (el.locale = 'pt-BR'));
    expect(buttons(el)).toEqual(['Zoom in', 'Zoom out', 'Show all']);
  });
});

describe('<summit-timeline> strings', () => {
  it('overrides one entry, over the locale’s words, and leaves the rest', async () => {
    const el = await timeline((el) => {
      el.locale = 'fr';
      el.strings = { zoomIn: 'Agrandir', call: 'Coup de fil' };
    });
    expect(buttons(el)).toEqual(['Agrandir', 'Zoom arrière', 'Tout afficher']);
    expect(legend(el)).toEqual(['Sommet', 'Rencontre', 'Coup de fil']);
    el.strings = { who: 'Avec' };
    await el.updateComplete;
    expect(buttons(el)[0]).toBe('Zoom avant');
    const card = await cardOf(el, 'talks');
    expect(card.querySelector('dt')!.textContent).toBe('Avec');
  });
});

describe('<summit-timeline> with strings it cannot use', () => {
  const errorsOf = (el: SummitTimeline) => {
    const problems: { field: string; message: string }[] = [];
    el.addEventListener('summit-error', (e) => problems.push(...e.detail.problems));
    return problems;
  };

  it('draws with the locale’s words in place of each bad entry, and reports it with summit-error', async () => {
    let problems: { field: string; message: string }[] = [];
    const el = await timeline((el) => {
      el.locale = 'en-GB';
      problems = errorsOf(el);
      el.strings = { events: { one: '{count} item' }, chart: 42, zoomIn: 'Bigger' } as never;
    });
    expect($(el, 'svg.plot')).not.toBeNull();
    expect($(el, '.chart')!.getAttribute('aria-label')).toMatch(/^Timeline of events: 3 events, showing /);
    expect(buttons(el)).toEqual(['Bigger', 'Zoom out', 'Show all']);
    expect(problems.map((p) => p.field)).toEqual(['strings.events', 'strings.chart']);
    expect(problems[1]!.message).toBe('expected a string, got 42');
    // Reported once for these strings, not on every update.
    el.zoomTo('2025-01-01', '2025-02-01', false);
    await settled(el);
    expect(problems).toHaveLength(2);
  });

  it('keeps its words when strings is not an object at all, and says so', async () => {
    const el = await timeline((el) => (el.locale = 'fr'));
    const problems = errorsOf(el);
    el.strings = 'x' as never;
    await el.updateComplete;
    expect(buttons(el)).toEqual(['Zoom avant', 'Zoom arrière', 'Tout afficher']);
    expect(legend(el)).toEqual(['Sommet', 'Rencontre', 'Appel téléphonique']);
    expect(problems).toEqual([{ index: -1, field: 'strings', message: 'expected an object of words, got "x"' }]);
  });
});

describe('<summit-timeline direction="rtl">', () => {
  const x = (mark: Element | null) => mark!.getBoundingClientRect().left;
  const titleOf = (mark: Element | null) => mark?.getAttribute('aria-label')?.split(': ').at(-1);

  it('draws the latest event leftmost, and → moves the focus to the event on its right, the earlier one', async () => {
    const el = await timeline((el) => {
      el.locale = 'en-GB';
      el.setAttribute('direction', 'rtl');
    });
    expect(el.direction).toBe('rtl');
    const marks = $$(el, '[part="event"]');
    const byTitle = new Map(marks.map((m) => [titleOf(m), m]));
    expect(x(byTitle.get('Autumn summit')!)).toBeLessThan(x(byTitle.get('Leaders’ call')!));
    expect(x(byTitle.get('Leaders’ call')!)).toBeLessThan(x(byTitle.get('Beijing talks')!));
    // Labels lie on the left of their marks.
    const summit = byTitle.get('Autumn summit')!;
    expect(summit.querySelector('text')!.getBoundingClientRect().right).toBeLessThanOrEqual(
      summit.querySelector('path')!.getBoundingClientRect().left,
    );
    ($(el, '.chart') as HTMLElement).focus();
    await userEvent.keyboard('{End}');
    await settled(el);
    expect(titleOf(activeMark(el))).toBe('Autumn summit');
    await userEvent.keyboard('{ArrowRight}');
    await settled(el);
    expect(titleOf(activeMark(el))).toBe('Leaders’ call');
    expect(x(activeMark(el))).toBeGreaterThan(x(summit));
    await userEvent.keyboard('{ArrowLeft}');
    await settled(el);
    expect(titleOf(activeMark(el))).toBe('Autumn summit');
  });

  it('keeps the window it is given, and a drag to the right shows later dates', async () => {
    const el = await timeline((el) => {
      el.locale = 'en-GB';
      el.direction = 'rtl';
    });
    expect(el.visibleRange.start.toISOString().slice(0, 10)).toBe('2024-12-20');
    expect(el.visibleRange.end.toISOString().slice(0, 10)).toBe('2025-04-10');
    // The axis runs from later (left) to earlier (right), each label on the left of its tick.
    const major = new Map($$(el, '.axis .major').map((g) => [g.textContent, g]));
    const [january, march] = [major.get('January 2025')!, major.get('March 2025')!];
    expect(x(march)).toBeLessThan(x(january));
    expect(january.querySelector('text')!.getBoundingClientRect().right).toBeLessThanOrEqual(
      january.querySelector('line')!.getBoundingClientRect().right,
    );
    const plot = $(el, 'svg.plot')!;
    const box = plot.getBoundingClientRect();
    const before = +el.visibleRange.start;
    const init = { bubbles: true, composed: true, cancelable: true, view: window, clientY: box.bottom - 5, button: 0 };
    const from = box.left + box.width / 2;
    plot.dispatchEvent(new MouseEvent('mousedown', { ...init, clientX: from }));
    for (let i = 1; i <= 4; i++)
      window.dispatchEvent(new MouseEvent('mousemove', { ...init, clientX: from + 40 * i, buttons: 1 }));
    window.dispatchEvent(new MouseEvent('mouseup', { ...init, clientX: from + 160 }));
    await settled(el);
    expect(+el.visibleRange.start).toBeGreaterThan(before);
  });

  it('reads RTL in any case, takes auto, empty or no attribute as ltr, and keeps the window through each', async () => {
    const el = await timeline((el) => (el.locale = 'en-GB'));
    el.zoomTo('2025-01-01', '2025-04-01', false);
    await settled(el);
    const window = [+el.visibleRange.start, +el.visibleRange.end];
    const order = () => {
      const [talks, summit] = ['Beijing talks', 'Autumn summit'].map((title) =>
        $$(el, '[part="event"]').find((m) => titleOf(m) === title)!,
      );
      return x(talks!) < x(summit!) ? 'ltr' : 'rtl';
    };
    for (const [value, drawn] of [
      ['RTL', 'rtl'],
      ['auto', 'ltr'],
      [' rtl ', 'rtl'],
      ['', 'ltr'],
      ['rtl', 'rtl'],
      [null, 'ltr'],
    ] as const) {
      if (value === null) el.removeAttribute('direction');
      else el.setAttribute('direction', value);
      await settled(el);
      expect(el.direction, String(value)).toBe(drawn);
      expect(order(), String(value)).toBe(drawn);
      expect($(el, 'svg.plot')!.classList.contains('rtl'), String(value)).toBe(drawn === 'rtl');
      expect([+el.visibleRange.start, +el.visibleRange.end], String(value)).toEqual(window);
    }
  });

  it('keeps the window in view when the direction changes', async () => {
    const el = await timeline();
    el.zoomTo('2025-01-01', '2025-02-01', false);
    await settled(el);
    const before = [+el.visibleRange.start, +el.visibleRange.end];
    expect(new Date(before[0]!).toISOString().slice(0, 10)).toBe('2025-01-01');
    el.direction = 'rtl';
    await settled(el);
    expect([+el.visibleRange.start, +el.visibleRange.end]).toEqual(before);
    expect(el.getAttribute('direction')).toBe('rtl');
  });
});
