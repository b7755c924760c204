import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ANNOUNCE_DELAY_MS } from '../core/defaults.js';

/**
 * What the live region says. `announce` waits until it has not been called for
 * `ANNOUNCE_DELAY_MS`, so a screen reader hears where a zoom or pan ended, not every step.
 */
export class AnnouncerController implements ReactiveController {
  message = '';
  #timer = 0;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Says `text()` (read when the wait is over) once things are still. */
  announce(text: () => string): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      this.message = text();
      this.#host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
