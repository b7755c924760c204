import { noChange, svg, type SVGTemplateResult } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type DirectiveResult,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';
import { BAND_HEIGHT, CLUSTER_MIN_WIDTH, CLUSTER_NAMES_KEPT, MIN_BAR_PX } from '../core/defaults.js';
import { describeCluster, describeItem } from '../core/format.js';
import type { KindStyles } from '../core/kind-styles.js';
import { kindClass } from '../core/kinds.js';
import { formatNumber, type Strings } from '../core/strings.js';
import type { TimelineItem } from '../core/normalize.js';
import { markId, type PlacedMark } from '../core/view.js';
import { shapePath } from '../core/shapes.js';

/** Height of a bar (a multi-day event) and of a cluster's pill. */
const BAR_HEIGHT = 10;
const CLUSTER_HEIGHT = 18;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** One mark's elements, and the values last written to them (by slot). */
interface Drawn {
  form: string;
  g: SVGGElement;
  title: SVGTitleElement;
  /** Its symbol, bar, band or pill, drawn around the mark's centre. */
  shape: SVGElement;
  /** The label (an event's) or the count (a cluster's); out of the mark while it has none. */
  text: SVGTextElement;
  written: Record<string, string>;
  /** What it showed when its words were last written: its key, locale, words, and its event(s). */
  shows: unknown[];
}

/**
 * The marks of one frame, drawn into the `<g>` it is bound to: bands first, so that
 * points, bars and clusters lie on top. Each is an `option` of the chart's listbox,
 * named for screen readers, and coloured, shaped and named by its kind's style in
 * `kinds`. Use as an element binding: `<g ${marks(view.marks, …)}></g>`.
 *
 * Written by hand rather than as a template per mark, because a frame of a zoom should
 * touch as little as it can. Each mark is a `<g>` placed by one `transform`, its shape
 * and label drawn around its centre, so a mark that only moves has one attribute
 * written. Marks are keyed: one that stays keeps its elements; the elements of marks
 * that left are given to marks of the same form that entered (clusters re-form on
 * every step of a zoom), and only what differs is written. A list of templates would
 * hand each slot to the next mark whenever one enters or leaves before it, and write
 * every attribute of every mark after it.
 */
class MarksDirective extends Directive {
  readonly #drawn = new Map<string, Drawn>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('marks() goes on an element');
  }

  render(
    _marks: readonly PlacedMark[],
    _selected: string | undefined,
    _locale: string,
    _strings: Strings,
    _kinds: KindStyles,
  ) {
    return noChange;
  }

  override update(
    part: ElementPart,
    [marks, selected, locale, strings, kinds]: [readonly PlacedMark[], string | undefined, string, Strings, KindStyles],
  ) {
    const root = part.element;
    const drawn = this.#drawn;
    const wanted = new Map<string, PlacedMark>();
    // Bands first.
    for (const p of marks) if (p.mark.type === 'event' && p.mark.shape === 'band') wanted.set(p.key, p);
    for (const p of marks) if (!wanted.has(p.key)) wanted.set(p.key, p);
    // The elements of marks that left, by form, for the marks that entered.
    const spare = new Map<string, Drawn[]>();
    for (const [key, d] of drawn) {
      const p = wanted.get(key);
      if (p && formOf(p) === d.form) continue;
      drawn.delete(key);
      let list = spare.get(d.form);
      if (!list) spare.set(d.form, (list = []));
      list.push(d);
    }
    const order: SVGGElement[] = [];
    for (const [key, p] of wanted) {
      let d = drawn.get(key);
      if (!d) drawn.set(key, (d = spare.get(formOf(p))?.pop() ?? create(formOf(p))));
      draw(d, p, selected, locale, strings, kinds);
      order.push(d.g);
    }
    for (const list of spare.values()) for (const d of list) d.g.remove();
    // In order; marks that stay keep their place, so this moves only those that entered.
    let next: ChildNode | null = root.firstChild;
    for (const g of order) {
      if (g === next) next = g.nextSibling;
      else root.insertBefore(g, next);
    }
    return noChange;
  }
}

/** `cluster`, or an event's shape: elements pass only between marks of one form. */
function formOf({ mark }: PlacedMark): string {
  return mark.type === 'cluster' ? 'cluster' : mark.shape;
}

function create(form: string): Drawn {
  const g = make('g', null);
  const title = make('title', g);
  const shape = make(form === 'point' ? 'path' : 'rect', g);
  const text = make('text', null);
  text.setAttribute('aria-hidden', 'true');
  g.setAttribute('role', 'option');
  if (form === 'cluster') {
    g.setAttribute('class', 'cluster');
    g.setAttribute('part', 'cluster');
    g.setAttribute('aria-selected', 'false');
    shape.setAttribute('y', String(-CLUSTER_HEIGHT / 2));
    shape.setAttribute('height', String(CLUSTER_HEIGHT));
    shape.setAttribute('rx', String(CLUSTER_HEIGHT / 2));
    text.setAttribute('x', '0');
    text.setAttribute('y', '4.5');
  } else {
    g.setAttribute('part', 'event');
    text.setAttribute('class', 'label');
    if (form !== 'point') {
      const band = form === 'band';
      shape.setAttribute('class', form);
      shape.setAttribute('y', String(band ? 0 : -BAR_HEIGHT / 2));
      shape.setAttribute('height', String(band ? BAND_HEIGHT - 3 : BAR_HEIGHT));
      shape.setAttribute('rx', band ? '3' : '2');
    } else shape.setAttribute('class', 'symbol');
    text.setAttribute('y', form === 'band' ? '10' : '4.5');
  }
  return { form, g, title, shape, text, written: {}, shows: [] };
}

/** Writes this frame's values into a mark's elements, where they differ from those written before. */
function draw(
  d: Drawn,
  p: PlacedMark,
  selected: string | undefined,
  locale: string,
  strings: Strings,
  kinds: KindStyles,
): void {
  const { mark } = p;
  const { g, shape, text } = d;
  set(d, g, 'g.at', 'transform', `translate(${p.x} ${p.y})`);
  // What the mark shows changes far less often than where it is (never while it only moves).
  const shows =
    mark.type === 'cluster'
      ? [p.key, locale, strings, mark.count, mark.start, mark.end]
      : [p.key, locale, strings, mark.item, mark.item.id === selected, p.label, kinds];
  if (shows.some((value, i) => value !== d.shows[i])) {
    d.shows = shows;
    let name: string;
    let label: string | null;
    if (mark.type === 'cluster') {
      name = clusterName(mark.count, mark.start, mark.end, locale, strings);
      label = formatNumber(mark.count, locale);
    } else {
      const { item } = mark;
      const isSelected = item.id === selected;
      const style = kinds(item.kind);
      name = nameOf(item, locale, strings, style.label);
      label = p.label;
      const planned = item.planned ? ' planned' : '';
      set(d, g, 'g.class', 'class', `event ${kindClass(item.kind)}${planned}${isSelected ? ' selected' : ''}`);
      set(d, g, 'g.selected', 'aria-selected', isSelected ? 'true' : 'false');
      // Through the CSSOM, which a Content-Security-Policy allows (a `style` attribute it may not).
      if (d.written.color !== style.color) g.style.setProperty('--_kind', (d.written.color = style.color));
      if (mark.shape === 'point') set(d, shape, 's.d', 'd', shapePath(style.shape, 90));
    }
    set(d, g, 'g.id', 'id', markId(p.key));
    set(d, g, 'g.key', 'data-key', p.key);
    set(d, g, 'g.name', 'aria-label', name);
    if (d.written.title !== name) d.title.textContent = d.written.title = name;
    if (label === null) text.remove();
    else {
      if (d.written.label !== label) text.textContent = d.written.label = label;
      if (!text.parentNode) g.append(text);
    }
  }
  if (mark.type === 'cluster') {
    const w = Math.max(CLUSTER_MIN_WIDTH, mark.x1 - mark.x0);
    set(d, shape, 's.x', 'x', -w / 2);
    set(d, shape, 's.w', 'width', w);
    return;
  }
  if (mark.shape !== 'point') {
    set(d, shape, 's.x', 'x', mark.x0 - p.x);
    set(d, shape, 's.w', 'width', Math.max(mark.shape === 'band' ? 2 : 3, mark.x1 - mark.x0));
  }
  if (p.label !== null) set(d, text, 't.x', 'x', (mark.labelX ?? p.x) - p.x);
}

/** An SVG element, appended to `parent` if given. */
function make<K extends keyof SVGElementTagNameMap>(name: K, parent: Element | null): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, name);
  parent?.append(el);
  return el;
}

/** Writes an attribute of one of the mark's elements, unless its `slot` already holds that value. */
function set(d: Drawn, el: Element, slot: string, name: string, value: string | number): void {
  const text = String(value);
  if (d.written[slot] === text) return;
  d.written[slot] = text;
  el.setAttribute(name, text);
}

/** Draws the marks into the element it is bound to (see `MarksDirective`). */
export const marks: (...values: Parameters<MarksDirective['render']>) => DirectiveResult<typeof MarksDirective> =
  directive(MarksDirective);

/** Each event's spoken name, written once per table, locale and kind label rather than on every frame of a zoom. */
const names = new WeakMap<TimelineItem, { strings: Strings; locale: string; kind: string; name: string }>();

function nameOf(item: TimelineItem, locale: string, strings: Strings, kind: string): string {
  const known = names.get(item);
  if (known?.strings === strings && known.locale === locale && known.kind === kind) return known.name;
  const name = describeItem(item, locale, strings, kind);
  names.set(item, { strings, locale, kind, name });
  return name;
}

/** Clusters' names by count, span and locale, per table; cleared when it grows large. */
const clusterNames = new WeakMap<Strings, Map<string, string>>();

function clusterName(count: number, start: number, end: number, locale: string, strings: Strings): string {
  let known = clusterNames.get(strings);
  if (!known || known.size > CLUSTER_NAMES_KEPT) clusterNames.set(strings, (known = new Map()));
  const key = `${locale}|${count}|${start}|${end}`;
  let name = known.get(key);
  if (name === undefined) known.set(key, (name = describeCluster(count, start, end, locale, strings)));
  return name;
}

/** The ring around the mark that has the keyboard focus, and its whole title where its label is shortened. */
export function renderFocusRing({ mark, x, y, label }: PlacedMark): SVGTemplateResult {
  const ring = renderRing(mark, x, y);
  if (mark.type !== 'event' || label === null || label === mark.item.title) return ring;
  const labelY = mark.lane < 0 ? y + 10 : y + 4.5;
  return svg`${ring}<text class="full-label" aria-hidden="true" x=${mark.labelX} y=${labelY}>${mark.item.title}</text>`;
}

function renderRing(mark: PlacedMark['mark'], x: number, y: number) {
  if (mark.type === 'event' && mark.shape === 'band') {
    return svg`<rect class="focus-ring" aria-hidden="true" x=${mark.x0 - 3} y=${y - 3} width=${Math.max(MIN_BAR_PX, mark.x1 - mark.x0 + 6)} height=${BAND_HEIGHT + 3} rx="4"></rect>`;
  }
  const w =
    mark.type === 'cluster' ? Math.max(CLUSTER_MIN_WIDTH, mark.x1 - mark.x0) + 8 : Math.max(18, mark.x1 - mark.x0 + 12);
  return svg`<rect class="focus-ring" aria-hidden="true" x=${x - w / 2} y=${y - 13} width=${w} height="26" rx="8"></rect>`;
}
