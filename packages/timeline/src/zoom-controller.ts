import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import 'd3-transition';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long animated zooms (buttons, keys, `zoomTo`) take, unless the reader prefers reduced motion. */
export const ZOOM_DURATION_MS = 250;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export type WheelZoom = 'ctrl' | 'free';

export interface ZoomOptions {
  /** Current `wheel-zoom` setting. */
  wheelZoom(): WheelZoom;
  /** Called with every new transform, and with the input event when a gesture caused it. */
  onZoom(transform: ZoomTransform, sourceEvent: Event | null): void;
  /** Called when a plain wheel scrolls past the timeline, to show the hint. */
  onPlainWheel(): void;
}

/**
 * Gestures only: wheel and pinch decide whether to zoom (`defaultFilter`), and d3-zoom
 * turns drags, pinches and double-clicks into a transform. Pure x-zoom; y is ignored.
 */
export function zoomFilter(event: Event, wheelZoom: WheelZoom): boolean {
  const e = event as MouseEvent & WheelEvent;
  if (event.type === 'wheel') return wheelZoom === 'free' || e.ctrlKey || e.metaKey;
  // Pinch-zoom trackpads send ctrl+wheel; a ctrl+drag is left to the page (context menus on macOS).
  return !e.ctrlKey && !e.button;
}

/** d3's default, but ⌘+wheel as fast as ctrl+wheel (a trackpad pinch sends ctrl). */
export function wheelDelta(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return -event.deltaY * unit * (event.ctrlKey ? 10 : event.metaKey ? 4 : 1);
}

export class ZoomController implements ReactiveController {
  readonly behavior: ZoomBehavior<Element, unknown>;
  transform: ZoomTransform = zoomIdentity;
  private target?: Element;
  private readonly onWheel = (event: WheelEvent) => {
    if (!zoomFilter(event, this.options.wheelZoom())) this.options.onPlainWheel();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this.behavior = zoom<Element, unknown>()
      .filter((event: Event) => zoomFilter(event, this.options.wheelZoom()))
      .wheelDelta(wheelDelta)
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        this.transform = event.transform;
        this.options.onZoom(event.transform, event.sourceEvent ?? null);
      });
  }

  /** Attaches the gestures to the element the host rendered (again, if it changed). */
  attach(element: Element | null | undefined): void {
    if (element === this.target) return;
    this.detach();
    if (!element) return;
    this.target = element;
    this.behavior.duration(reducedMotion() ? 0 : ZOOM_DURATION_MS);
    select(element).call(this.behavior);
    element.addEventListener('wheel', this.onWheel as EventListener, { passive: true });
    // Vertical swipes may still scroll the page on touch screens; horizontal swipes and pinches are the timeline's.
    (element as HTMLElement | SVGElement).style.touchAction = 'pan-y';
  }

  /** Zoom limits, in the units of the base scale: `[1, maxScale]`, and no panning past the fitted view. */
  setExtent(width: number, height: number, maxScale: number): void {
    const size: [[number, number], [number, number]] = [
      [0, 0],
      [width, height],
    ];
    this.behavior
      .extent(size)
      .translateExtent(size)
      .scaleExtent([1, Math.max(1, maxScale)]);
  }

  /** Moves to a transform (constrained by the limits), animated unless `animate` is false or the reader prefers reduced motion. */
  moveTo(target: ZoomTransform, animate: boolean): void {
    if (!this.target) {
      this.transform = target;
      return;
    }
    const selection = select(this.target);
    selection.interrupt();
    if (animate && !reducedMotion()) {
      selection.transition().duration(ZOOM_DURATION_MS).call(this.behavior.transform, target);
    } else {
      this.behavior.transform(selection, target);
    }
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    if (!this.target) return;
    select(this.target).interrupt().on('.zoom', null);
    this.target.removeEventListener('wheel', this.onWheel as EventListener);
    this.target = undefined;
  }
}
