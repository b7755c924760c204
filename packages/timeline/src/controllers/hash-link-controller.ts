import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HASH_WRITE_DELAY_MS } from '../core/defaults.js';
import { ownPart, readHash, readView, viewHash, type HashView } from '../core/hash.js';

/** What the controller reads and sets on the element. */
export interface HashLinkHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  /** The element's `id`: its keys' prefix in the hash, when it has one. */
  readonly id: string;
  /** Whether the link is on (`hash-link`). */
  hashLink: boolean;
  kinds?: string | undefined;
  selected?: string | undefined;
  readonly visibleRange: { start: Date; end: Date };
  zoomTo(start: number, end: number, animate?: boolean): void;
}

export interface HashLinkOptions {
  /** Whether the records are in (and drawn), so that the hash can be read. */
  ready(): boolean;
  /** Whether an event has this id; with `keyed` (an `event=` key, not a bare id), whether it can be looked up. */
  has(id: string, keyed?: boolean): boolean;
  /** Selects an event and focuses it; with `reveal`, shows it with room around it. */
  link(id: string, reveal: boolean): void;
}

/**
 * Keeps the view and `location.hash` in step (`#from=2025-08-01&to=2025-10-31&kinds=summit,parade&event=id`).
 * A timeline with an `id` has keys of its own, prefixed with it (`#a.from=…&b.event=…`),
 * so that several on a page keep their views apart; each reads only its own keys and
 * writes them beside the others'.
 *
 * Reading: once the records are in, and on every `hashchange` and `popstate` (a link
 * in the page, back and forward) that changes its keys. A hash with a window sets the
 * window and the kinds (absent: every kind) and the selection (absent: none); an event
 * alone, or a bare `#event-id` as older links have it, selects and reveals that event.
 * A hash that is not ours (a heading's anchor, an id of no event) is left alone.
 *
 * Writing: once the view has been still for `HASH_WRITE_DELAY_MS`, never per frame.
 * Selecting an event adds a history entry, so that Back returns to the view before
 * it; zooming, panning, filtering and closing the card replace the current entry.
 * Nothing is written until the reader changes the view the page opened with, and a
 * page's anchor in the hash is only replaced when the reader selects an event.
 */
export class HashLinkController implements ReactiveController {
  /** The hash naming the view of the current history entry, as read or last written. */
  #written?: string;
  /** The event the current history entry names. */
  #event?: string | undefined;
  /** Our part of the last `location.hash` read or written, so that `hashchange` and `popstate` for one move, or a move of another timeline, read nothing. */
  #seen?: string | undefined;
  #unread = true;
  #timer?: ReturnType<typeof setTimeout>;

  readonly #host: HashLinkHost;
  readonly #options: HashLinkOptions;

  constructor(host: HashLinkHost, options: HashLinkOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#read);
    addEventListener('popstate', this.#read);
    this.#unread = true;
    this.#seen = undefined;
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#read);
    removeEventListener('popstate', this.#read);
    clearTimeout(this.#timer);
  }

  hostUpdated(): void {
    // An update that runs after the host left the page writes nothing.
    if (!this.#host.isConnected || !this.#host.hashLink || !this.#options.ready()) return;
    if (this.#unread) {
      this.#unread = false;
      this.#read();
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#write, HASH_WRITE_DELAY_MS);
  }

  /** The view on screen: its window, the kinds shown and the selected event. */
  #view(): HashView {
    const { visibleRange, kinds, selected } = this.#host;
    return { window: [+visibleRange.start, +visibleRange.end], kinds, event: selected };
  }

  readonly #read = () => {
    const host = this.#host;
    const options = this.#options;
    const hash = location.hash;
    const own = ownPart(hash, host.id);
    if (!host.hashLink || !options.ready() || own === this.#seen) return;
    this.#seen = own;
    const view = readView(hash, host.id);
    const known = view?.event !== undefined && options.has(view.event, hash.includes('='));
    if (view?.window || view?.kinds) host.kinds = view.kinds;
    if (view?.window) host.zoomTo(...view.window, false);
    if (known && view.event !== host.selected) options.link(view.event!, !view.window);
    else if (!known && view?.window) host.selected = undefined;
    this.#written = viewHash(this.#view(), host.id);
    this.#event = host.selected;
  };

  readonly #write = () => {
    const { id } = this.#host;
    const view = this.#view();
    const own = viewHash(view, id);
    if (!this.#host.hashLink || own === this.#written) return;
    const selecting = view.event !== undefined && view.event !== this.#event;
    if (!selecting && !this.#ours()) return;
    const hash = viewHash(view, id, location.hash);
    history[selecting ? 'pushState' : 'replaceState'](history.state, '', location.pathname + location.search + hash);
    this.#seen = ownPart(location.hash, id);
    this.#written = own;
    this.#event = view.event;
  };

  /** Whether the hash is empty, views (ours or other timelines'), or an event's id: not a page's anchor. */
  #ours(): boolean {
    const hash = location.hash.slice(1);
    return !hash || hash.includes('=') || this.#options.has(readHash(hash)!);
  }
}
