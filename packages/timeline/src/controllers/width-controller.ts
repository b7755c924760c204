import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The host's content width, in whole pixels. Measured synchronously when the host is
 * connected, so that the first drawing already has its width, then kept up to date by
 * a ResizeObserver. While `later()` says so when the host connects (its first update
 * takes over HTML rendered on the server, which knew no width), the first measurement
 * is the observer's, after that update: the width then comes as a change, and the
 * update it brings draws for it.
 */
export class WidthController implements ReactiveController {
  width = 0;
  #observer?: ResizeObserver;
  #frame = 0;

  readonly #host: ReactiveElement;
  readonly #later: () => boolean;

  constructor(host: ReactiveElement, later: () => boolean = () => false) {
    this.#host = host;
    this.#later = later;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#later()) this.#set(this.#host.getBoundingClientRect().width);
    this.#observer = new ResizeObserver(([entry]) => {
      // Next frame: drawing inside the observer's callback could resize the host again and loop.
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#set(entry!.contentRect.width));
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  #set(width: number): void {
    const whole = Math.floor(width);
    if (whole === this.width) return;
    this.width = whole;
    this.#host.requestUpdate();
  }
}
