import type { ReactiveElement } from 'lit';
import { keyAction, TIMELINE_KEYS } from '../core/keyboard.js';
import type { TimelineItem } from '../core/normalize.js';
import { clusterWindow, revealWindow, selectionWindow } from '../core/reveal.js';
import type { PlacedMark, View } from '../core/view.js';
import type { TimelineRecord } from '../record.js';
import { SummitSelectEvent } from '../select-event.js';
import type { Arranged, Stage } from './pipeline.js';
import type { ZoomController } from './zoom-controller.js';

/**
 * Which event has the keyboard focus (the chart is one tab stop; the focused mark is
 * its `aria-activedescendant`) and which is selected (the host's `selected`, whose
 * card is open), and what keys, clicks, focus, links and scroll steps do with them.
 * The keys' policy is `keyAction` in the core; this carries the actions out, moving
 * the view through the zoom. A stage of the pipeline: it reads the events (their
 * order, ids and records) from the arrangement, and places the first window once per
 * set of records (its generation).
 */
export class NavigationController implements Stage {
  /** Whether the initial window (`start`/`end`, the selected event's, or the story's) is applied to the current records. */
  placed = false;
  #id?: string;
  #arranged?: Arranged;

  readonly #host: ReactiveElement & { selected?: string | undefined };
  readonly #zoom: ZoomController;
  /** The frame on screen. */
  readonly #view: () => View | undefined;

  constructor(
    host: ReactiveElement & { selected?: string | undefined },
    zoom: ZoomController,
    view: () => View | undefined,
  ) {
    this.#host = host;
    this.#zoom = zoom;
    this.#view = view;
  }

  follow(next: Arranged): void {
    if (next.loaded.generation !== this.#arranged?.loaded.generation) this.placed = false;
    this.#arranged = next;
    if (this.placed || !(next.loaded.items.length || next.loaded.source) || !next.width) return;
    this.placed = true;
    const { selected } = this.#host;
    if (this.find(selected)) this.#showSelected(selectionWindow);
    else if (next.initial ?? next.story) this.#zoom.show(next.initial ?? next.story!, false);
    // A source's event that no answer holds yet: looked up, then shown.
    if (selected !== undefined && !this.find(selected)) {
      this.#lookUp(selected, () => this.#host.selected === selected && this.#showSelected(selectionWindow));
    }
  }

  /** Source mode: when no answer holds the event yet, asks for it and calls `then` once found (true). */
  #lookUp(id: string, then: () => void): boolean | undefined {
    return !this.find(id) && this.#arranged?.loaded.source?.fetch(id, then);
  }

  /** The event of an id, in the records followed. */
  find(id: string | undefined): TimelineItem | undefined {
    return id === undefined ? undefined : this.#arranged?.loaded.byId.get(id);
  }

  /** Whether the records are in and the first window placed, so that links and steps can move the view. */
  ready(): boolean {
    return this.placed;
  }

  /** Whether an event has this id; with `keyed`, in source mode, any id: the link looks it up. */
  has(id: string, keyed = false): boolean {
    return this.find(id) !== undefined || (keyed && this.#arranged?.loaded.source !== undefined);
  }

  /** A link to an event (`#event=id`): selects and focuses it; with `reveal`, shows it with room around it, else where the view is. */
  link(id: string, reveal: boolean): void {
    if (this.#lookUp(id, () => this.link(id, reveal))) return;
    this.#showSelected(reveal ? selectionWindow : () => this.#zoom.window(), id);
  }

  /** A scroll step: focuses an event without the keyboard focus, and shows it with room around it, animated. */
  step(id: string): void {
    if (this.#lookUp(id, () => this.step(id))) return;
    const item = this.find(id);
    if (!item) return;
    this.focus(item);
    this.#zoom.show(selectionWindow(item));
  }

  /** The focused event. */
  get item(): TimelineItem | undefined {
    return this.find(this.#id);
  }

  /** Every event shown, in time order. */
  #order(): readonly TimelineItem[] {
    return this.#arranged?.shown ?? [];
  }

  /** The window the view shows, or is moving to during an animated move. */
  window(): [number, number] {
    return this.#zoom.window(this.#zoom.destination);
  }

  /**
   * Focuses an event; with `reveal`, pans to it at once if it is out of view (ending
   * any animated move first), so that its mark is drawn in the frame that names it as
   * the focus, however fast keys come.
   */
  focus(item: TimelineItem, reveal?: boolean): void {
    this.#id = item.id;
    this.#host.requestUpdate();
    if (!reveal) return;
    this.#zoom.finish();
    const window = revealWindow(item, this.window());
    if (window) this.#zoom.show(window, false);
  }

  /** Selects an event (or none), and tells the page with `summit-select`. */
  select(id: string | undefined): void {
    this.#host.selected = id;
    const item = this.find(id);
    // The record as the page gave it.
    const record = item && (this.#arranged!.loaded.given[item.index] ?? item.record);
    if (item) this.#host.dispatchEvent(new SummitSelectEvent(item.id, record as TimelineRecord));
  }

  /** Brings an event into view, focuses its mark and selects it, and gives the chart the focus. */
  focusEvent(id: string): void {
    if (this.#lookUp(id, () => this.focusEvent(id))) return;
    const item = this.find(id);
    if (!item) return;
    this.focus(item, true);
    this.select(id);
    this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('.chart')?.focus());
  }

  /** Closes the card, and gives the focus back to the chart, on the event that was selected. */
  readonly closeCard = () => {
    const was = this.#host.selected;
    this.#host.selected = undefined;
    const item = this.find(was);
    if (!item) return;
    this.focus(item);
    this.#host.renderRoot.querySelector<HTMLElement>('.chart')?.focus();
  };

  /** Shows the selected event, or selects `id` and shows it (a link), in the `window` made for it, and focuses it. */
  #showSelected(window: (item: TimelineItem) => [number, number], id = this.#host.selected): void {
    if (id !== this.#host.selected) this.select(id);
    const item = this.find(id);
    if (!item) return;
    this.focus(item);
    this.#zoom.show(window(item), false);
  }

  /** Enter, Space or a click on a mark: select its event, or open the cluster. */
  activate(target: PlacedMark): void {
    this.focus(target.first);
    if (target.mark.type === 'cluster') this.#zoom.show(clusterWindow(target.mark));
    else this.select(target.mark.item.id);
  }

  /**
   * When the chart gets the focus with no focused event in view, the first event in
   * time whose middle is in view takes it (else the first that overlaps the view). A
   * move under way ends first, so the event is chosen where the view is going.
   */
  readonly onFocus = () => {
    if (!this.#view()) return;
    this.#zoom.finish();
    const [from, to] = this.window();
    const current = this.item;
    if (current && current.end > from && current.start < to) return;
    const order = this.#order();
    const first =
      order.find((item) => (item.start + item.end) / 2 >= from && item.start < to) ??
      order.find((item) => item.end > from && item.start < to);
    if (first) this.focus(first);
  };

  readonly onClick = (event: MouseEvent) => {
    const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key');
    const target = key ? this.#view()?.marks.find((p) => p.key === key) : undefined;
    if (target) this.activate(target);
  };

  /**
   * Where +/− zoom around: the focused mark; during a move, where the focused event
   * will be when the move ends (the zoom then adds to that move).
   */
  #zoomCentre(at: number, { width, rtl }: View): number {
    const item = this.item;
    if (!item || !this.#zoom.moving) return at;
    const [from, to] = this.window();
    const x = (((item.start + item.end) / 2 - from) / (to - from)) * width;
    return rtl ? width - x : x;
  }

  readonly onKeyDown = (event: KeyboardEvent) => {
    const view = this.#view();
    if (!view) return;
    if (this.#arranged?.loaded.source?.key(event.key, view, this)) return event.preventDefault();
    const action = keyAction(event.key, {
      order: this.#order(),
      marks: view.marks,
      focused: view.focused,
      focus: this.item,
      selected: this.#host.selected !== undefined,
      width: view.width,
      rtl: view.rtl,
    });
    if (action || TIMELINE_KEYS.has(event.key)) event.preventDefault();
    if (action?.type === 'focus') this.focus(action.item, action.reveal);
    else if (action?.type === 'activate') this.activate(action.target);
    else if (action?.type === 'close') this.closeCard();
    else if (action?.type === 'zoom') this.#zoom.scaleBy(action.factor, this.#zoomCentre(action.at, view));
    else if (action?.type === 'fit') this.#zoom.fit();
  };
}
