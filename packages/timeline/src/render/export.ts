// The image export: the current view as a standalone SVG document (with title,
// legend and credit line) and as a PNG, and the download button that offers both.
import { html, nothing, render, svg, type TemplateResult } from 'lit';
import { EXPORT_LINE_PX, EXPORT_MAX_PX, EXPORT_MIN_SCALE, EXPORT_PADDING_PX as PAD } from '../core/defaults.js';
import { exportFileName, flow, itemsInView, sourceCredit, wrapText } from '../core/export.js';
import { describeWindow } from '../core/format.js';
import type { KindStyles } from '../core/kind-styles.js';
import { compareKinds, kindClass } from '../core/kinds.js';
import type { Strings } from '../core/strings.js';
import type { GroupBy } from '../core/rows.js';
import type { View } from '../core/view.js';
import { cssProps } from '../internal/css-props.js';
import { labelFont, textWidth } from '../internal/text-width.js';
import type { SourceInfo } from '../record.js';
import { renderAxis, renderRowTitles, rowLabeller } from './axis.js';
import { shapePath } from '../core/shapes.js';
import { marks as drawMarks } from './marks.js';

/** What the export reads of the timeline. */
export interface ExportHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  label?: string | undefined;
  credit?: string | undefined;
  sources: readonly SourceInfo[];
  groupBy: GroupBy;
  selected?: string | undefined;
  readonly visibleRange: { start: Date; end: Date };
  toSVG(): string;
  toPNG(): Promise<Blob>;
}

/**
 * Presentation properties copied from the computed style into attributes, so that the
 * image looks the same outside the page. All are inherited in SVG, so each element
 * gets only those that differ from its parent's.
 */
const PROPS =
  'fill fill-opacity stroke stroke-width stroke-opacity stroke-dasharray stroke-linejoin paint-order font-family font-size font-weight text-anchor'.split(
    ' ',
  );

/**
 * The current view as an SVG document: title, window, legend of the kinds in view,
 * the marks and axis as drawn (cut at the window's edges), and the credit line. It is
 * drawn from the view into a scratch element in the shadow root, so that the element's
 * styles (and the page's `--summit-*` properties) apply; their computed values become
 * attributes; then it is serialised (which escapes all text) and removed.
 */
export function exportSVG(
  host: ExportHost,
  view: View | undefined,
  locale: string,
  strings: Strings,
  styles: KindStyles | undefined,
): string {
  // Detached, its styles resolve to nothing: the image would have no colours.
  if (!view || !styles || !host.isConnected)
    throw new Error(`Nothing to export: ${view ? 'the timeline is not in the page' : 'nothing is drawn yet'}`);
  const label = host.label ?? strings.label;
  const { width: inner, height: chartHeight, marks } = view;
  const family = getComputedStyle(host).fontFamily;
  const items = [...itemsInView(marks)];
  const kinds = [...new Set(items.map((item) => item.kind))].sort(compareKinds).map((kind) => ({
    kind,
    ...styles(kind),
  }));
  const font = labelFont(host);
  const legend = flow(
    kinds.map(({ label }) => 18 + textWidth(label, font)),
    inner,
    12,
  );
  // Top to bottom: each line of text moves `y` down by its height, its baseline 6 px above the next line.
  let y = PAD;
  const lines = (text: string, font: string, cls: string, step: number) =>
    wrapText(text, inner, (line) => textWidth(line, `${font} ${family}`)).map(
      (line) => svg`<text class=${cls} x=${PAD} y=${(y += step) - 6}>${line}</text>`,
    );
  const { title: titleLine, note, legend: legendLine } = EXPORT_LINE_PX;
  const head = [
    lines(label, '700 18px', 'export-title', titleLine),
    lines(describeWindow(view.window, locale), '12px', 'export-note', note),
  ];
  const legendTop = y;
  const chartTop = (y += (legend.length && legend.at(-1)![1] + 1) * legendLine + 4);
  y += chartHeight + 4;
  const foot = lines(host.credit ?? sourceCredit(host.sources, strings), '12px', 'export-note', note);
  const [width, height] = [inner + 2 * PAD, y + PAD];

  const scratch = document.createElement('div');
  host.renderRoot.append(scratch);
  try {
    // prettier-ignore
    render(html`<svg width=${width} height=${height} viewBox="0 0 ${width} ${height}"><title>${label}</title><rect class="export-bg" width=${width} height=${height}></rect>${head}
<g class="legend" transform="translate(${PAD} ${legendTop})">${kinds.map(({ kind, label, color, shape }, i) => svg`<g class=${kindClass(kind)} ${cssProps({ '--_kind': color })} transform="translate(${legend[i]![0] + 7} ${legend[i]![1] * legendLine + 10})"><path d=${shapePath(shape, 60)}></path><text x="11" y="4.5">${label}</text></g>`)}</g>
<svg class=${view.rtl ? 'rtl' : ''} x=${PAD} y=${chartTop} width=${inner} height=${chartHeight}>${host.groupBy === 'none' ? nothing : renderRowTitles(view, rowLabeller(host.groupBy, locale, styles))}<g class="marks" ${drawMarks(marks, host.selected, locale, strings, styles)}></g>${renderAxis(view)}</svg>${foot}</svg>`, scratch);
    inline(scratch.firstElementChild!);
    // Lit's markers are comments; serialised text and attributes never hold a "<" (it is escaped).
    return new XMLSerializer().serializeToString(scratch.firstElementChild!).replace(/<!--[^]*?-->/g, '');
  } finally {
    scratch.remove();
  }
}

/** Writes the computed presentation properties into attributes, and drops those of the live chart (ids, parts, roles, ARIA, data, the kind colours' custom properties). */
function inline(el: Element, parent?: CSSStyleDeclaration): void {
  const style = getComputedStyle(el);
  for (const name of PROPS) {
    const value = style.getPropertyValue(name);
    if (value !== parent?.getPropertyValue(name)) el.setAttribute(name, value);
  }
  for (const { name } of [...el.attributes]) if (/^(id|part|role|aria-|data-)/.test(name)) el.removeAttribute(name);
  for (const child of el.children) inline(child, style);
  // Only once its children's colours are read: `--_kind` is set in it for them.
  el.removeAttribute('style');
}

/**
 * Draws an SVG document on a canvas, `scale` pixels per CSS pixel, and resolves it as
 * a PNG; rejects with a `RangeError` for a `scale` that is not a positive number or
 * that makes the image more than `EXPORT_MAX_PX` on a side. The SVG is loaded as an
 * image from a `blob:` URL (a page with a Content-Security-Policy must allow `img-src blob:`).
 */
export async function rasterize(svgText: string, scale = Math.max(devicePixelRatio, EXPORT_MIN_SCALE)): Promise<Blob> {
  if (!(scale > 0 && scale < Infinity)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    const [width, height] = [Math.round(image.width * scale), Math.round(image.height * scale)];
    if (Math.max(width, height) > EXPORT_MAX_PX)
      throw new RangeError(`scale ${scale} makes an image over ${EXPORT_MAX_PX} px on a side`);
    [canvas.width, canvas.height] = [width, height];
    canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the current view as a PNG or SVG file named for the label and window. */
async function save(host: ExportHost, type: 'png' | 'svg', label: string) {
  const blob = type === 'png' ? await host.toPNG() : new Blob([host.toSVG()], { type: 'image/svg+xml' });
  const link = document.createElement('a');
  const { start, end } = host.visibleRange;
  link.download = exportFileName(label, [+start, +end], type);
  link.href = URL.createObjectURL(blob);
  link.click();
  // Some browsers still read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 4e4);
}

/** The download buttons: the image as a PNG, or as an SVG document. */
export function renderDownload(host: ExportHost, s: Strings): TemplateResult {
  const label = host.label ?? s.label;
  return html`<button
      type="button"
      part="download"
      aria-label=${s.download}
      title=${s.download}
      @click=${() => save(host, 'png', label)}
    >
      ⤓
    </button>
    <button
      type="button"
      part="download-svg"
      aria-label=${s.downloadSvg}
      title=${s.downloadSvg}
      @click=${() => save(host, 'svg', label)}
    >
      SVG
    </button>`;
}
