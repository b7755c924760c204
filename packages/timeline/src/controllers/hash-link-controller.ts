import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hashFor, readHash } from '../core/hash.js';

export interface HashLinkOptions {
  /** Whether the link is on (`hash-link`). */
  enabled(): boolean;
  /** The selected event's id. */
  selected(): string | undefined;
  /** Whether the records are in (and drawn), so that the hash can be read. */
  ready(): boolean;
  /** Whether an event has this id. */
  has(id: string): boolean;
  /** The hash names one of the events (on load, back/forward, or a link in the page). */
  onHash(id: string): void;
}

/**
 * Keeps the selection and `location.hash` in step: reads the hash once the records
 * are in and on every `hashchange`, and writes the selected event's id (without a
 * history entry) after each update that changed it. A hash that names no event (a
 * heading's anchor, say) is left alone.
 */
export class HashLinkController implements ReactiveController {
  private written?: string;
  private unread?: boolean;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: HashLinkOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.read);
    this.unread = true;
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.read);
  }

  hostUpdated(): void {
    if (!this.options.enabled()) return;
    if (this.unread && this.options.ready()) {
      this.unread = false;
      this.read();
    }
    const id = this.options.selected();
    if (id === this.written) return;
    const shown = readHash(location.hash);
    if (id && shown !== id) history.replaceState(history.state, document.title, hashFor(id));
    // Closing the card clears the hash we wrote, and leaves any other alone.
    else if (!id && shown !== undefined && shown === this.written) {
      history.replaceState(history.state, document.title, location.pathname + location.search);
    }
    this.written = id;
  }

  private readonly read = () => {
    if (!this.options.enabled()) return;
    const id = readHash(location.hash);
    if (id !== undefined && id !== this.options.selected() && this.options.has(id)) this.options.onHash(id);
  };
}
