import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HINT_MS } from '../core/defaults.js';
import { fill, type Strings } from '../core/strings.js';

/** The "Use Ctrl + scroll to zoom" hint: shown when a plain wheel passes over the chart, gone `HINT_MS` later. */
export class HintController implements ReactiveController {
  shown = false;
  #timer = 0;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  show(): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#set(false), HINT_MS);
    this.#set(true);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.shown = false;
  }

  #set(shown: boolean): void {
    if (shown === this.shown) return;
    this.shown = shown;
    this.#host.requestUpdate();
  }
}

/** The hint's words, with the modifier key of the reader's platform. */
export function hintText(strings: Strings): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return fill(strings.hint, { key: mac ? '⌘' : strings.ctrl });
}
