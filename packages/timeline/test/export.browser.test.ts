import { sources } from '@summitline/events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { $, $$, container, dataset, mount, until } from './fixture.js';

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');
const titles = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((g) => g.querySelector('title')!.textContent);

/** The dataset, with its sources, from August to September 2025. */
const inWindow = () =>
  mount((el) => {
    el.events = dataset;
    el.sources = sources;
    el.start = '2025-08-01';
    el.end = '2025-10-01';
  });

describe('toSVG()', () => {
  it('is a standalone SVG document of the marks in view, with legend, window and credit line', async () => {
    const el = await inWindow();
    const doc = parse(el.toSVG());
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBeGreaterThan(900);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`);

    // The same marks as on screen, with the same names, and none of those out of view.
    const onScreen = titles(el.shadowRoot!, '[part="event"]');
    expect(onScreen.length).toBeGreaterThan(3);
    expect(titles(doc, 'g.event')).toEqual(onScreen);
    expect(titles(doc, 'g.cluster')).toEqual(titles(el.shadowRoot!, '[part="cluster"]'));
    const outside = dataset.find((e) => e.start < '2025-01-01')!;
    expect(root.textContent).not.toContain(outside.title);
    const labels = $$(el, '[part="event"] text').map((t) => t.textContent);
    expect([...doc.querySelectorAll('g.event text')].map((t) => t.textContent)).toEqual(labels);

    // Title, legend of the kinds in view, credit naming the publishers quoted in view.
    expect(doc.querySelector('title')!.textContent).toBe('Timeline of events');
    expect(doc.querySelector('.export-title')!.textContent).toBe('Timeline of events');
    const legend = [...doc.querySelectorAll('.legend text')].map((t) => t.textContent);
    expect(legend).toContain('Parade');
    expect(legend).not.toContain('Legislation');
    // The window, then the credit line (wrapped), naming the sources' publishers.
    const [window, ...credit] = [...doc.querySelectorAll('.export-note')].map((t) => t.textContent);
    expect(window).toMatch(/2025$/);
    expect(credit.join(' ')).toMatch(/^Source: .+ · Chart: summitline$/);
    expect(credit.join(' ')).toContain('Associated Press');
    // The axis came along.
    expect(doc.querySelectorAll('.axis text').length).toBeGreaterThan(2);
  });

  it('resolves colours and type from the styles: no custom properties, no classes needed', async () => {
    const el = await inWindow();
    const text = el.toSVG();
    expect(text).not.toContain('var(');
    const doc = parse(text);
    // Each mark's shape has the colour it has on screen.
    const shapes = [...doc.querySelectorAll('g.event :is(.symbol, .bar, .band)')];
    const live = $$(el, '[part="event"] :is(.symbol, .bar, .band)');
    expect(shapes.map((s) => s.getAttribute('fill'))).toEqual(live.map((s) => getComputedStyle(s).fill));
    expect(shapes.map((s) => s.getAttribute('fill'))).toContain('rgb(0, 138, 101)');
    expect(doc.querySelector('.legend .kind-parade path')!.getAttribute('fill')).toBe('rgb(213, 94, 0)');
    expect(doc.documentElement.getAttribute('font-family')).toBe(getComputedStyle(el).fontFamily);
    expect(doc.querySelector('g.event text')!.getAttribute('font-size')).toMatch(/^\d+(\.\d+)?px$/);
    expect(doc.querySelector('.export-bg')!.getAttribute('fill')).toBe('rgb(255, 255, 255)');
    // Only SVG: no aria, part or ids of the live chart, no focus ring, no Lit markers.
    expect(text).not.toMatch(/ (part|aria-[a-z]+|role|id|data-key)=|focus-ring|<!--/);
    // The live chart is untouched.
    expect($$(el, 'svg').filter((s) => !s.closest('.chart, .legend, summit-overview'))).toHaveLength(0);
  });

  it('takes a theme from the page', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.style.setProperty('--summit-color-parade', '#123456');
      el.theme = 'dark';
    });
    const doc = parse(el.toSVG());
    expect(doc.querySelector('.legend .kind-parade path')!.getAttribute('fill')).toBe('rgb(18, 52, 86)');
    expect(doc.querySelector('.export-bg')!.getAttribute('fill')).toBe('rgb(22, 22, 26)');
  });

  it('escapes hostile titles, labels and credits', async () => {
    const hostile = '</text><script>window.hacked=1</script> & <b>"x"</b>';
    const el = await mount((el) => {
      el.events = [{ id: 'x', title: hostile, kind: 'meeting', date: '2025-01-02' }];
      el.label = `A <b>label</b> & more`;
      el.credit = 'Source: <AP> & "Reuters"';
    });
    const doc = parse(el.toSVG());
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script, b')).toBeNull();
    expect(doc.querySelector('g.event text')!.textContent).toBe(hostile);
    expect(doc.querySelector('title')!.textContent).toBe('A <b>label</b> & more');
    expect([...doc.querySelectorAll('text')].at(-1)!.textContent).toBe('Source: <AP> & "Reuters"');
  });

  it('draws the swimlanes’ titles when grouped, and wraps a long credit', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.groupBy = 'kind';
      el.credit = 'Reporting by many people '.repeat(12);
    });
    const doc = parse(el.toSVG());
    const rows = [...doc.querySelectorAll('.row-label')].map((t) => t.textContent);
    expect(rows).toEqual($$(el, '.row-label').map((t) => t.textContent));
    expect(rows[0]).toBe('Summit');
    const notes = doc.querySelectorAll('.export-note');
    expect(notes.length).toBeGreaterThan(2);
  });

  it('exports the view in the phone layout too', async () => {
    container().style.width = '360px';
    const el = await mount();
    expect($(el, '.list')).not.toBeNull();
    const doc = parse(el.toSVG());
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe(String(360 + 32));
  });
});

describe('toPNG()', () => {
  it('is a PNG of the SVG’s size times the scale, not blank', async () => {
    const el = await inWindow();
    const svg = parse(el.toSVG()).documentElement;
    const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const blob = await el.toPNG({ scale: 1.5 });
    expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([Math.round(width * 1.5), Math.round(height * 1.5)]);

    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    let parade = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      if (data[i] === 213 && data[i + 1] === 94 && data[i + 2] === 0) parade++;
    }
    // The white background in the corner, many colours in all, and the parades' orange.
    expect([...data.slice(0, 4)]).toEqual([255, 255, 255, 255]);
    expect(colours.size).toBeGreaterThan(20);
    expect(parade).toBeGreaterThan(0);
  });

  it('defaults to at least twice the size', async () => {
    const el = await mount();
    const width = Number(parse(el.toSVG()).documentElement.getAttribute('width'));
    const bitmap = await createImageBitmap(await el.toPNG());
    expect(bitmap.width).toBe(Math.round(width * Math.max(2, devicePixelRatio)));
  });
});

describe('toPNG() and toSVG() when they cannot export', () => {
  it('rejects, never throws, while nothing is drawn', async () => {
    const el = document.createElement('summit-timeline');
    const before = el.toPNG();
    expect(before).toBeInstanceOf(Promise);
    await expect(before).rejects.toThrow(new Error('Nothing to export: nothing is drawn yet'));
    const empty = await mount((el) => (el.events = []));
    await expect(empty.toPNG()).rejects.toThrow(new Error('Nothing to export: nothing is drawn yet'));
    expect(() => empty.toSVG()).toThrow('Nothing to export: nothing is drawn yet');
  });

  it('rejects a scale that is not a positive number, or that makes the image too large, saying so', async () => {
    const el = await mount();
    for (const scale of [0, -1, NaN, Infinity]) {
      await expect(el.toPNG({ scale }), String(scale)).rejects.toThrow(
        new RangeError(`scale must be a positive number, got ${scale}`),
      );
    }
    await expect(el.toPNG({ scale: 50 })).rejects.toThrow(
      new RangeError('scale 50 makes an image over 16384 px on a side'),
    );
    await expect(el.toPNG({ scale: 50 })).rejects.toBeInstanceOf(RangeError);
    expect((await el.toPNG({ scale: 0.5 })).type).toBe('image/png');
  });

  it('rejects once the timeline is out of the page, where its colours cannot be read', async () => {
    const el = await mount();
    el.remove();
    await expect(el.toPNG()).rejects.toThrow(new Error('Nothing to export: the timeline is not in the page'));
    expect(() => el.toSVG()).toThrow('Nothing to export: the timeline is not in the page');
  });
});

describe('the download button', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is not there by default', async () => {
    const el = await mount();
    expect($(el, '[part="download"]')).toBeNull();
  });

  it('offers the view as PNG or SVG, in a file named for the label and window', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.download = true;
      el.label = 'China’s summits';
      el.start = '2025-08-01';
      el.end = '2025-10-01';
    });
    const png = $(el, 'button[part="download"]') as HTMLButtonElement;
    const svg = $(el, 'button[part="download-svg"]') as HTMLButtonElement;
    expect(png.getAttribute('aria-label')).toBe('Download image');
    expect(svg.getAttribute('aria-label')).toBe('Download SVG image');
    const saved: { name: string; type: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, type: this.href.slice(0, 5) });
    });
    png.click();
    await until(() => saved.length);
    svg.click();
    await until(() => saved.length === 2);
    expect(saved).toEqual([
      { name: 'china-s-summits_2025-08-01_2025-10-01.png', type: 'blob:' },
      { name: 'china-s-summits_2025-08-01_2025-10-01.svg', type: 'blob:' },
    ]);
  });

  it('is there in the phone layout too, without the zoom buttons', async () => {
    container().style.width = '360px';
    const el = await mount((el) => {
      el.events = dataset;
      el.download = true;
    });
    expect($(el, '[part="download"]')).not.toBeNull();
    expect($$(el, '.controls button')).toHaveLength(2);
  });
});

describe('printing', () => {
  afterEach(() => commands.emulateMedia(null));

  it('prints the view and the selected card, without controls, overview or hint', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.download = true;
      el.selected = 'beijing-victory-day-parade-2025';
    });
    await until(() => $(el, 'summit-event-card'));
    await commands.emulateMedia('print');
    expect(matchMedia('print').matches).toBe(true);
    const shown = (selector: string) => getComputedStyle($(el, selector)!).display !== 'none';
    expect(shown('.controls')).toBe(false);
    expect(shown('summit-overview')).toBe(false);
    expect(shown('.close')).toBe(false);
    expect(shown('svg.plot')).toBe(true);
    expect(shown('.legend')).toBe(true);
    expect(shown('summit-event-card')).toBe(true);
    expect(getComputedStyle(el).printColorAdjust).toBe('exact');
    // The card lies in the flow under the chart, inside the element's width.
    const card = $(el, 'summit-event-card')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(card.top).toBeGreaterThanOrEqual($(el, 'svg.plot')!.getBoundingClientRect().bottom);
    expect(card.right).toBeLessThanOrEqual(host.right + 0.5);
    // A narrower page scales the chart down rather than cutting it off.
    container().style.width = '600px';
    const plot = $(el, 'svg.plot')!.getBoundingClientRect();
    expect(plot.width).toBeLessThanOrEqual(600);
    expect(plot.height).toBeLessThan(Number($(el, 'svg.plot')!.getAttribute('height')));
  });
});
