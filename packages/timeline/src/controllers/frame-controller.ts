import type { PropertyValues } from 'lit';
import { arrange, type Arrangement } from '../core/arrange.js';
import { kindStyles, type KindOptions, type KindStyles } from '../core/kind-styles.js';
import { LABEL_PADDING_PX } from '../core/defaults.js';
import type { TimelineItem } from '../core/normalize.js';
import type { GroupBy, RowIndexes } from '../core/rows.js';
import { maxZoom } from '../core/scale.js';
import type { Strings } from '../core/strings.js';
import { chartHeight, computeView, type View } from '../core/view.js';
import { labelFont, shortenText, textWidth } from '../internal/text-width.js';
import type { ZoomController } from './zoom-controller.js';

/** The counts of an arrangement of no items. */
const NO_KINDS: ReadonlyMap<string, number> = new Map();

/** What the frame reads of the timeline. */
export interface FrameHost extends Element {
  kinds?: string | undefined;
  groupBy: GroupBy;
  direction: 'ltr' | 'rtl';
}

/** What the arrangement depends on. */
export interface ArrangeInput {
  items: readonly TimelineItem[];
  /** The items' indexes, built with them. */
  indexes?: RowIndexes | undefined;
  width: number;
  /** The `start`/`end` window, which the domain holds too. */
  initial: [number, number] | undefined;
}

/** What a frame depends on besides the arrangement. */
export interface LayoutInput {
  locale: string;
  /** The view's window, from the zoom transform (and the arrangement's domain). */
  window: [number, number];
  focus: TimelineItem | undefined;
}

/**
 * Compute, then render: the arrangement (filter, rows, domain, overview density),
 * again when the data, filter, grouping, width or initial window changed, with the
 * zoom's limits; and the frame (`View`) the templates draw, on every update. Labels
 * are measured in the host's font here.
 */
export class FrameController {
  arranged?: Arrangement;
  view?: View;
  /** The font of the labels, for measuring them. */
  private font = '';
  /** Whether there are no items at all (as opposed to none of the kinds shown). */
  private empty = true;
  /** Each kind's style, and what it was made for (the arrangement's kinds, the words, `kindOptions`). */
  private styles?: { made: unknown[]; kinds: KindStyles };
  /** An arrangement made ahead (see `arrangeAhead`), and what it was made for. */
  private ahead?: { made: unknown[]; arranged: Arrangement };

  constructor(
    private readonly host: FrameHost,
    private readonly zoom: ZoomController,
  ) {}

  /**
   * Arranges new items before the update that draws them, in a task of their own, so
   * that the first drawing of many records finds the work done, if the filter,
   * grouping, width and initial window are still the same then.
   */
  arrangeAhead(input: ArrangeInput): void {
    this.ahead = { made: this.inputs(input), arranged: this.arrangeNow(input) };
  }

  /** Arranges the items again if the data, filter, grouping, width or initial window changed. */
  arrange(changed: PropertyValues, input: ArrangeInput): void {
    const { host, ahead } = this;
    if (!['items', 'kinds', 'groupBy', 'width', 'start', 'end'].some((key) => changed.has(key))) return;
    this.ahead = undefined;
    const made = this.inputs(input);
    this.arranged = ahead?.made.every((value, i) => value === made[i]) ? ahead.arranged : this.arrangeNow(input);
    const { items, width } = input;
    this.empty = !items.length;
    const { rows, domain } = this.arranged;
    this.zoom.setExtent(width, chartHeight(rows.length, host.groupBy !== 'none'), maxZoom(domain, width));
    this.font = labelFont(host);
  }

  private arrangeNow({ items, indexes, width, initial }: ArrangeInput): Arrangement {
    return arrange(items, { kinds: this.host.kinds, groupBy: this.host.groupBy, width, initial, indexes });
  }

  /** What an arrangement depends on, to compare. */
  private inputs({ items, width, initial }: ArrangeInput): unknown[] {
    return [items, this.host.kinds, this.host.groupBy, width, initial?.[0], initial?.[1]];
  }

  /**
   * Each kind's label, colour and shape, made again only when the arrangement (its kinds
   * present), the words or `kindOptions` change: not on every frame.
   */
  kindStyles(strings: Strings, options: KindOptions | undefined): KindStyles {
    const counts = this.arranged?.counts ?? NO_KINDS;
    const made = [counts, strings, options];
    if (!this.styles || made.some((value, i) => value !== this.styles!.made[i])) {
      this.styles = { made, kinds: kindStyles(counts.keys(), strings, options) };
    }
    return this.styles.kinds;
  }

  /** Lays out the frame for `window`; none while there is nothing to draw (no items, or no width yet). */
  layout(width: number, { locale, window, focus }: LayoutInput): void {
    const { arranged, font, host } = this;
    this.view =
      arranged && width && !this.empty
        ? computeView({
            rows: arranged.rows,
            grouped: host.groupBy !== 'none',
            window,
            width,
            locale,
            labelWidth: (item) => textWidth(item.title, font) + LABEL_PADDING_PX,
            shorten: (item, room) => shortenText(item.title, room, font, LABEL_PADDING_PX),
            focus,
            rtl: host.direction === 'rtl',
          })
        : undefined;
  }
}
