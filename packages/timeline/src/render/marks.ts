import { svg, type SVGTemplateResult } from 'lit';
import { BAND_HEIGHT, CLUSTER_MIN_WIDTH, CLUSTER_NAMES_KEPT, MIN_BAR_PX } from '../core/defaults.js';
import { describeCluster, describeItem } from '../core/format.js';
import { formatNumber, type Strings } from '../core/strings.js';
import type { TimelineItem } from '../core/normalize.js';
import { markId, type PlacedMark } from '../core/view.js';
import { kindPath } from './kind-symbols.js';

/** Height of a bar (a multi-day event) and of a cluster's pill. */
const BAR_HEIGHT = 10;
const CLUSTER_HEIGHT = 18;

/**
 * The marks of one frame: bands first, so that points, bars and clusters lie on top.
 * Each is an `option` of the chart's listbox, named for screen readers.
 */
export function renderMarks(
  marks: readonly PlacedMark[],
  selected: string | undefined,
  locale: string,
  strings: Strings,
) {
  const bands: SVGTemplateResult[] = [];
  const rest: SVGTemplateResult[] = [];
  for (const p of marks) {
    const band = p.mark.type === 'event' && p.mark.shape === 'band';
    (band ? bands : rest).push(renderMark(p, selected, locale, strings));
  }
  return svg`${bands}${rest}`;
}

/** Each event's spoken name, written once per table and locale rather than on every frame of a zoom. */
const names = new WeakMap<TimelineItem, { strings: Strings; locale: string; name: string }>();

function nameOf(item: TimelineItem, locale: string, strings: Strings): string {
  const known = names.get(item);
  if (known?.strings === strings && known.locale === locale) return known.name;
  const name = describeItem(item, locale, strings);
  names.set(item, { strings, locale, name });
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

function renderMark(p: PlacedMark, selected: string | undefined, locale: string, strings: Strings): SVGTemplateResult {
  const { mark } = p;
  const id = markId(p.key);
  if (mark.type === 'cluster') {
    const w = Math.max(CLUSTER_MIN_WIDTH, mark.x1 - mark.x0);
    const label = clusterName(mark.count, mark.start, mark.end, locale, strings);
    return svg`<g class="cluster" part="cluster" id=${id} role="option" aria-selected="false" aria-label=${label} data-key=${p.key}>
      <title>${label}</title>
      <rect x=${p.x - w / 2} y=${p.y - CLUSTER_HEIGHT / 2} width=${w} height=${CLUSTER_HEIGHT} rx=${CLUSTER_HEIGHT / 2}></rect>
      <text aria-hidden="true" x=${p.x} y=${p.y + 4.5}>${formatNumber(mark.count, locale)}</text>
    </g>`;
  }
  const { item } = mark;
  const isSelected = item.id === selected;
  const label = nameOf(item, locale, strings);
  let shape;
  if (mark.shape === 'band') {
    shape = svg`<rect class="band" x=${mark.x0} y=${p.y} width=${Math.max(2, mark.x1 - mark.x0)} height=${BAND_HEIGHT - 3} rx="3"></rect>`;
  } else if (mark.shape === 'bar') {
    shape = svg`<rect class="bar" x=${mark.x0} y=${p.y - BAR_HEIGHT / 2} width=${Math.max(3, mark.x1 - mark.x0)} height=${BAR_HEIGHT} rx="2"></rect>`;
  } else {
    shape = svg`<path class="symbol" transform="translate(${p.x} ${p.y})" d=${kindPath(item.kind, 90)}></path>`;
  }
  const classes = `event kind-${item.kind}${item.planned ? ' planned' : ''}${isSelected ? ' selected' : ''}`;
  const labelY = mark.lane < 0 ? p.y + 10 : p.y + 4.5;
  return svg`<g class=${classes} part="event" id=${id} role="option" aria-selected=${isSelected ? 'true' : 'false'} aria-label=${label} data-key=${p.key}>
    <title>${label}</title>
    ${shape}
    ${p.label === null ? null : svg`<text class="label" aria-hidden="true" x=${mark.labelX} y=${labelY}>${p.label}</text>`}
  </g>`;
}

/** The ring around the mark that has the keyboard focus, and its whole title where its label is shortened. */
export function renderFocusRing({ mark, x, y, label }: PlacedMark) {
  const ring = renderRing(mark, x, y);
  if (mark.type !== 'event' || label === null || label === mark.item.title) return ring;
  const labelY = mark.lane < 0 ? y + 10 : y + 4.5;
  return svg`${ring}<text class="full-label" x=${mark.labelX} y=${labelY}>${mark.item.title}</text>`;
}

function renderRing(mark: PlacedMark['mark'], x: number, y: number) {
  if (mark.type === 'event' && mark.shape === 'band') {
    return svg`<rect class="focus-ring" x=${mark.x0 - 3} y=${y - 3} width=${Math.max(MIN_BAR_PX, mark.x1 - mark.x0 + 6)} height=${BAND_HEIGHT + 3} rx="4"></rect>`;
  }
  const w =
    mark.type === 'cluster' ? Math.max(CLUSTER_MIN_WIDTH, mark.x1 - mark.x0) + 8 : Math.max(18, mark.x1 - mark.x0 + 12);
  return svg`<rect class="focus-ring" x=${x - w / 2} y=${y - 13} width=${w} height="26" rx="8"></rect>`;
}
