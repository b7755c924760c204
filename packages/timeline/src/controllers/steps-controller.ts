import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STEPS_ROOT_MARGIN } from '../core/defaults.js';
import { activeStep } from '../core/steps.js';
import { parsePeriod } from '../core/transform.js';

const STEP = 'data-summit-step';
const RANGE = 'data-summit-range';
const ACTIVE = 'data-summit-active';

/** What the controller reads and calls on the element. */
export interface StepsHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  /** The `steps` attribute: the selector of the container of the steps, empty for the whole document, undefined when off. */
  steps?: string | undefined;
  zoomTo(start: number, end: number): void;
}

export interface StepsOptions {
  /** Whether the timeline can move (its records are in, and the first window placed). */
  ready(): boolean;
  /** Shows an event with room around it, and focuses its mark without taking the keyboard focus. */
  step(id: string): void;
}

/**
 * Scroll-driven steps: the elements of the container with `data-summit-step="event-id"`
 * or `data-summit-range="2025-08/2025-09"` move the timeline to that event or window
 * as they cross the middle of the viewport (an IntersectionObserver, no scroll
 * listener); the step followed gets `data-summit-active`. Steps added to the container
 * later are followed too (a MutationObserver). Moves animate unless the reader prefers
 * reduced motion (the zoom controller's rule).
 */
export class StepsController implements ReactiveController {
  #bound?: string | undefined;
  #root?: ParentNode | undefined;
  #io?: IntersectionObserver;
  #mo?: MutationObserver;
  readonly #crossing = new Set<Element>();
  #active?: Element | undefined;
  /** Whether the active step has yet to be shown (it became active before the timeline was ready). */
  #due = false;

  readonly #host: StepsHost;
  readonly #options: StepsOptions;

  constructor(host: StepsHost, options: StepsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#bind();
  }

  hostUpdated(): void {
    // An update may run after the host left the page (a change made in the task that removed it): bind nothing then.
    if (!this.#host.isConnected) return;
    // A container that is not in the page yet is looked for again on the next update.
    if (this.#host.steps !== this.#bound || (typeof this.#bound === 'string' && !this.#root)) this.#bind();
    if (!this.#options.ready()) this.#due = true;
    else if (this.#due) this.#show();
  }

  hostDisconnected(): void {
    this.#unbind();
  }

  #bind(): void {
    this.#unbind();
    const selector = (this.#bound = this.#host.steps);
    if (selector === undefined || selector === null) return;
    try {
      this.#root = selector.trim() ? (document.querySelector(selector) ?? undefined) : document;
    } catch {
      return; // Not a selector.
    }
    if (!this.#root) return;
    this.#io = new IntersectionObserver(this.#onCross, { rootMargin: STEPS_ROOT_MARGIN });
    this.#mo = new MutationObserver(this.#observe);
    this.#mo.observe(this.#root, { childList: true, subtree: true, attributeFilter: [STEP, RANGE] });
    this.#observe();
  }

  #unbind(): void {
    this.#io?.disconnect();
    this.#mo?.disconnect();
    this.#io = this.#mo = this.#root = undefined;
    this.#crossing.clear();
    this.#active?.removeAttribute(ACTIVE);
    this.#active = undefined;
  }

  /** (Re)observes every step in the container; the observer then reports which cross the band. */
  readonly #observe = () => {
    this.#io!.disconnect();
    this.#crossing.clear();
    for (const step of this.#root!.querySelectorAll(`[${STEP}],[${RANGE}]`)) this.#io!.observe(step);
  };

  readonly #onCross = (entries: IntersectionObserverEntry[]) => {
    for (const { target, isIntersecting } of entries) this.#crossing[isIntersecting ? 'add' : 'delete'](target);
    // In document order, so that the choice between equals does not depend on the order of the entries.
    const steps = [...this.#crossing].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    const boxes = steps.map((s) => s.getBoundingClientRect());
    const step = steps[activeStep(boxes, innerHeight / 2)];
    if (!step || step === this.#active) return;
    this.#active?.removeAttribute(ACTIVE);
    step.setAttribute(ACTIVE, '');
    this.#active = step;
    this.#due = true;
    if (this.#options.ready()) this.#show();
  };

  /** Moves to the active step: its event (with room around it), or its range; both if it names both (the range wins the window). */
  #show(): void {
    this.#due = false;
    const id = this.#active?.getAttribute(STEP);
    const window = parsePeriod(this.#active?.getAttribute(RANGE));
    if (id) this.#options.step(id);
    if (window) this.#host.zoomTo(...window);
  }
}
