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

  /** Focuses an event; with `reveal`, pans to it if it is out of view. */
  focus(item: TimelineItem, reveal?: boolean): void {
    this.id = item.id;
    this.host.requestUpdate();
    const view = this.options.view();
    const window = reveal && view ? revealWindow(item, view.window) : undefined;
    if (window) this.options.show(window);
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

  /** When the chart gets the focus with no focused mark in view, the first mark on screen takes it. */
  readonly onFocus = () => {
    const view = this.options.view();
    if (!view || view.focused) return;
    const first = view.marks.find((p) => p.x >= 0) ?? view.marks[0];
    if (first) this.focus(first.first);
  };

  readonly onClick = (event: MouseEvent) => {
    const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key');
    const target = key ? this.options.view()?.marks.find((p) => p.key === key) : undefined;
    if (target) this.activate(target);
  };

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
    else if (action?.type === 'zoom') this.options.zoomBy(action.factor, action.at);
    else if (action?.type === 'fit') this.options.fit();
  };
}
