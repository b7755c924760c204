import type { ReactiveElement } from 'lit';
import { keyAction, TIMELINE_KEYS } from '../core/keyboard.js';
import type { TimelineItem } from '../core/normalize.js';
import { clusterWindow, revealWindow, selectionWindow } from '../core/reveal.js';
import type { PlacedMark, View } from '../core/view.js';
import type { TimelineRecord } from '../record.js';
import { SummitSelectEvent } from '../select-event.js';

export interface NavigationOptions {
  /** The frame on screen. */
  view(): View | undefined;
  /** The window the view shows, or is moving to during an animated move. */
  window(): [number, number];
  /** Whether an animated move is under way. */
  moving(): boolean;
  /** Ends an animated move under way at once, where it was going. */
  finish(): void;
  /** Every event shown, in time order. */
  order(): readonly TimelineItem[];
  item(id: string | undefined): TimelineItem | undefined;
  /** The record as the page gave it, for `summit-select`; default: the item's copy of its fields. */
  given?(item: TimelineItem): unknown;
  /** Moves the view to a window (animated unless `animate` is false). */
  show(window: [number, number], animate?: boolean): void;
  zoomBy(factor: number, at: number): void;
  fit(): void;
}

/**
 * Which event has the keyboard focus (the chart is one tab stop; the focused mark is
 * its `aria-activedescendant`) and which is selected (the host's `selected`, whose
 * card is open), and what keys, clicks and focus do with them. The keys' policy is
 * `keyAction` in the core; this carries the actions out.
 */
export class NavigationController {
  /** Whether the initial window (`start`/`end`, or the selected event's) is applied to the current data. */
  placed = false;
  private id?: string;

  constructor(
    private readonly host: ReactiveElement & { selected?: string | undefined },
    private readonly options: NavigationOptions,
  ) {}

  /** The focused event. */
  get item(): TimelineItem | undefined {
    return this.options.item(this.id);
  }

  /**
   * Focuses an event; with `reveal`, pans to it at once if it is out of view (ending
   * any animated move first), so that its mark is drawn in the frame that names it as
   * the focus, however fast keys come.
   */
  focus(item: TimelineItem, reveal?: boolean): void {
    this.id = item.id;
    this.host.requestUpdate();
    if (!reveal) return;
    this.options.finish();
    const window = revealWindow(item, this.options.window());
    if (window) this.options.show(window, false);
  }

  /** Selects an event (or none), and tells the page with `summit-select`. */
  select(id: string | undefined): void {
    this.host.selected = id;
    const item = this.options.item(id);
    const record = item && (this.options.given?.(item) ?? item.record);
    if (item) this.host.dispatchEvent(new SummitSelectEvent(item.id, record as TimelineRecord));
  }

  /** Brings an event into view, focuses its mark and selects it, and gives the chart the focus. */
  focusEvent(id: string): void {
    const item = this.options.item(id);
    if (!item) return;
    this.focus(item, true);
    this.select(id);
    this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.chart')?.focus());
  }

  /** Closes the card, and gives the focus back to the chart, on the event that was selected. */
  readonly closeCard = () => {
    const was = this.host.selected;
    this.host.selected = undefined;
    const item = this.options.item(was);
    if (!item) return;
    this.focus(item);
    this.host.renderRoot.querySelector<HTMLElement>('.chart')?.focus();
  };

  /** Shows the selected event, or selects `id` and shows it (a link), with room around it, and focuses it. */
  showSelected(window: (item: TimelineItem) => [number, number], id = this.host.selected): void {
    if (id !== this.host.selected) this.select(id);
    const item = this.options.item(id);
    if (!item) return;
    this.focus(item);
    this.options.show(window(item), false);
  }

  /** Focuses an event without the keyboard focus, and shows it in its `window` (a scroll step). */
  showItem(id: string, window: (item: TimelineItem) => [number, number]): void {
    const item = this.options.item(id);
    if (!item) return;
    this.focus(item);
    this.options.show(window(item));
  }

  /** Once per data (see `placed`): shows the selected event, if any, else the `initial` window, if any. */
  place(initial: [number, number] | undefined): void {
    if (this.placed) return;
    this.placed = true;
    if (this.options.item(this.host.selected)) this.showSelected(selectionWindow);
    else if (initial) this.options.show(initial, false);
  }

  /** Enter, Space or a click on a mark: select its event, or open the cluster. */
  activate(target: PlacedMark): void {
    this.focus(target.first);
    if (target.mark.type === 'cluster') this.options.show(clusterWindow(target.mark));
    else this.select(target.mark.item.id);
  }

  /**
   * When the chart gets the focus with no focused event in view, the first event in
   * time whose middle is in view takes it (else the first that overlaps the view). A
   * move under way ends first, so the event is chosen where the view is going.
   */
  readonly onFocus = () => {
    if (!this.options.view()) return;
    this.options.finish();
    const [from, to] = this.options.window();
    const current = this.item;
    if (current && current.end > from && current.start < to) return;
    const order = this.options.order();
    const first =
      order.find((item) => (item.start + item.end) / 2 >= from && item.start < to) ??
      order.find((item) => item.end > from && item.start < to);
    if (first) this.focus(first);
  };

  readonly onClick = (event: MouseEvent) => {
    const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key');
    const target = key ? this.options.view()?.marks.find((p) => p.key === key) : undefined;
    if (target) this.activate(target);
  };

  /**
   * Where +/− zoom around: the focused mark; during a move, where the focused event
   * will be when the move ends (the zoom then adds to that move).
   */
  private zoomCentre(at: number, { width, rtl }: View): number {
    const item = this.item;
    if (!item || !this.options.moving()) return at;
    const [from, to] = this.options.window();
    const x = (((item.start + item.end) / 2 - from) / (to - from)) * width;
    return rtl ? width - x : x;
  }

  readonly onKeyDown = (event: KeyboardEvent) => {
    const view = this.options.view();
    if (!view) return;
    const action = keyAction(event.key, {
      order: this.options.order(),
      marks: view.marks,
      focused: view.focused,
      focus: this.item,
      selected: this.host.selected !== undefined,
      width: view.width,
      rtl: view.rtl,
    });
    if (action || TIMELINE_KEYS.has(event.key)) event.preventDefault();
    if (action?.type === 'focus') this.focus(action.item, action.reveal);
    else if (action?.type === 'activate') this.activate(action.target);
    else if (action?.type === 'close') this.closeCard();
    else if (action?.type === 'zoom') this.options.zoomBy(action.factor, this.zoomCentre(action.at, view));
    else if (action?.type === 'fit') this.options.fit();
  };
}
