import { pointer, select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, zoom, ZoomTransform, zoomIdentity } from 'd3-zoom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SWIPE_DECIDE_PX, ZOOM_DURATION_MS, ZOOM_STEP } from '../core/defaults.js';
import {
  constrain,
  IDENTITY,
  tweenTransform,
  viewWindow,
  windowTransform,
  zoomAround,
  type XTransform,
} from '../core/transform.js';
import type { Arranged, Stage } from './pipeline.js';

export type WheelZoom = 'ctrl' | 'free';

/** Whether d3-zoom should take an input event: a plain wheel only with `wheel-zoom="free"`, never a ctrl+drag. */
export function zoomFilter(event: Event, wheelZoom: WheelZoom): boolean {
  const e = event as MouseEvent;
  if (event.type === 'wheel') return wheelZoom === 'free' || e.ctrlKey || e.metaKey;
  // A double-click zooms through `ZoomController`, animated; a double tap d3-zoom zooms at once.
  if (event.type === 'dblclick') return false;
  // Pinch-zoom trackpads send ctrl+wheel; a ctrl+drag is left to the page (context menus on macOS).
  return !e.ctrlKey && !e.button;
}

/** d3's default, but ⌘+wheel as fast as ctrl+wheel (a trackpad pinch sends ctrl). */
export function wheelDelta(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return -event.deltaY * unit * (event.ctrlKey ? 10 : event.metaKey ? 4 : 1);
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface ZoomOptions {
  /** The current `wheel-zoom` setting. */
  wheelZoom(): WheelZoom;
  /** After every change of the transform (gesture, animation step or `moveTo`). */
  onZoom(): void;
  /** When a plain wheel scrolls past the timeline, to show the hint. */
  onPlainWheel(): void;
}

/**
 * The one owner of the zoom transform. d3-zoom turns drags, wheels, pinches and
 * double-clicks into transforms; every other move goes through `moveTo`, which sets
 * it with d3-zoom's `zoom.transform`, so the transform the host draws and the one
 * d3 keeps on the node (and starts the next gesture from) are always the same.
 *
 * It follows the arrangement (a stage of the pipeline): its limits come from it; new
 * records open on all of them; a new width, direction or domain keeps the window in
 * view, since the view is a window in time.
 */
export class ZoomController implements ReactiveController, Stage {
  readonly #behavior: ZoomBehavior<SVGSVGElement, unknown>;
  #current: ZoomTransform = zoomIdentity;
  /** A move asked for while no node is attached, applied when one is. */
  #pending?: ZoomTransform;
  #target?: SVGSVGElement;
  #width = 1;
  #maxScale = 1;
  /** The arrangement followed. */
  #arranged?: Arranged;

  readonly #host: ReactiveControllerHost;
  readonly #options: ZoomOptions;

  constructor(host: ReactiveControllerHost, options: ZoomOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#behavior = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => zoomFilter(event, this.#options.wheelZoom()))
      .wheelDelta(wheelDelta)
      .duration(0)
      // A gesture takes over from an animated move.
      .on('start', ({ sourceEvent }: D3ZoomEvent<SVGSVGElement, unknown>) => sourceEvent && this.#stop())
      .on('zoom', ({ transform }: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (transform.k === this.#current.k && transform.x === this.#current.x) return;
        this.#current = transform;
        this.#host.requestUpdate();
        this.#options.onZoom();
      });
  }

  /** The transform of the view. */
  get transform(): XTransform {
    return this.#pending ?? this.#current;
  }

  /** Where the view is going: the end of the animated move under way, else the transform of the view. */
  get destination(): XTransform {
    return this.#goal ?? this.transform;
  }

  /** Whether an animated move is under way. */
  get moving(): boolean {
    return this.#goal !== undefined;
  }

  /** Attaches the gestures to the node the host rendered (again, if it changed), carrying the transform over. */
  attach(element: SVGSVGElement | null | undefined): void {
    if (element === this.#target) return;
    this.#detach();
    if (!element) return;
    this.#target = element;
    // Before d3-zoom's own listeners, so that a vertical swipe never reaches them.
    element.addEventListener('touchstart', this.#onTouch, { passive: true });
    element.addEventListener('touchmove', this.#onTouch, { passive: true });
    select(element).call(this.#behavior);
    element.addEventListener('wheel', this.#onWheel, { passive: true });
    element.addEventListener('dblclick', this.#onDoubleClick);
    // Vertical swipes scroll the page on touch screens; horizontal swipes and pinches are the timeline's.
    element.style.touchAction = 'pan-y';
    // The host has drawn this transform already: hand it to d3 without another update.
    this.#current = this.#pending ?? this.#current;
    this.#pending = undefined;
    this.#behavior.transform(select(element), this.#current);
  }

  /** The window a transform shows (default: the view's), in the arrangement followed. */
  window(transform = this.transform): [number, number] {
    const { domain = [0, 1], width = 0, rtl = false } = this.#arranged ?? {};
    return viewWindow(domain, width, transform, rtl);
  }

  follow(next: Arranged): void {
    const last = this.#arranged;
    if (next === last) return;
    this.#arranged = next;
    this.#setExtent(next.width, next.height, next.maxScale);
    if (last?.loaded.generation !== next.loaded.generation) return this.moveTo(IDENTITY, false);
    const [a, b] = last.domain;
    const same = last.width === next.width && last.rtl === next.rtl && a === next.domain[0] && b === next.domain[1];
    if (same || !last.width || !next.width) return;
    // The same dates stay in view (or, during a move, the ones it was going to).
    const kept = viewWindow(last.domain, last.width, this.destination, last.rtl);
    this.moveTo(windowTransform(next.domain, next.width, kept, next.rtl), false);
  }

  /** Moves the view so that `window` fills the width (animated unless `animate` is false); nothing before there is an arrangement. */
  show([a, b]: readonly [number, number], animate = true): void {
    const arranged = this.#arranged;
    if (!(b > a) || !arranged) return;
    this.moveTo(windowTransform(arranged.domain, arranged.width, [a, b], arranged.rtl), animate);
  }

  /** Zooms out to show every event. */
  fit(animate = true): void {
    this.moveTo(IDENTITY, animate);
  }

  /** Zoom limits: magnify from 1 to `maxScale` times the fitted view, and never pan past it. */
  #setExtent(width: number, height: number, maxScale: number): void {
    this.#width = Math.max(1, width);
    this.#maxScale = Math.max(1, maxScale);
    const size: [[number, number], [number, number]] = [
      [0, 0],
      [this.#width, Math.max(1, height)],
    ];
    this.#behavior.extent(size).translateExtent(size).scaleExtent([1, this.#maxScale]);
  }

  /**
   * Moves the view to `target`, within the limits (`center` stays put if the zoom is
   * clamped), animated unless `animate` is false or the reader prefers reduced motion.
   */
  moveTo(target: XTransform, animate: boolean, center?: number): void {
    const { k, x } = constrain(target, this.#width, this.#maxScale, center);
    const next = new ZoomTransform(k, x, 0);
    if (!this.#target) {
      this.#pending = next;
      this.#host.requestUpdate();
      return;
    }
    this.#stop();
    if (!animate || reducedMotion()) return this.#behavior.transform(select(this.#target), next);
    // From where the view is now, even in the middle of another move: a new move retargets it.
    const tween = tweenTransform(this.#current, next, this.#width);
    this.#goal = next;
    let began: number | undefined;
    const step = (now: number) => {
      began ??= now;
      const t = (now - began) / ZOOM_DURATION_MS;
      this.#animation = t < 1 ? requestAnimationFrame(step) : 0;
      if (!this.#animation) this.#goal = undefined;
      const { k, x } = tween(t);
      if (this.#target) this.#behavior.transform(select(this.#target), new ZoomTransform(k, x, 0));
    };
    this.#animation = requestAnimationFrame(step);
  }

  /** The frame request of an animated move under way, or 0. */
  #animation = 0;
  /** The end of the animated move under way. */
  #goal?: ZoomTransform;

  /** Stops an animated move where it is. */
  #stop(): void {
    cancelAnimationFrame(this.#animation);
    this.#animation = 0;
    this.#goal = undefined;
  }

  /** Ends an animated move under way at once, where it was going. */
  finish(): void {
    const goal = this.#goal;
    const target = this.#target;
    this.#stop();
    if (goal && target) this.#behavior.transform(select(target), goal);
  }

  /**
   * Zooms by `factor` (animated) around `at`, the screen x that stays put (default: the
   * middle). During another move it zooms from where that move was going, so that keys
   * pressed faster than the animation add up to the same zoom as slow ones.
   */
  scaleBy(factor: number, at = this.#width / 2): void {
    this.moveTo(zoomAround(this.destination, factor, at), true, at);
  }

  /** Back in a document (moved to another container, say): the next update attaches the gestures again. */
  hostConnected(): void {
    this.#host.requestUpdate();
  }

  /** Out of the document: the gestures go, and a move under way ends where it was going, shown on reconnect. */
  hostDisconnected(): void {
    const goal = this.#goal;
    this.#detach();
    if (goal) this.#pending = goal;
  }

  /** Where a one-finger touch began, and once it has moved far enough, which way it goes. */
  #swipe?: { x: number; y: number; vertical?: boolean };

  /**
   * A one-finger swipe that moves more up or down than sideways is the page's: it is
   * kept from d3-zoom, which would otherwise cancel the scroll to pan. Until the
   * finger has moved `SWIPE_DECIDE_PX`, d3-zoom sees nothing either.
   */
  readonly #onTouch = (event: TouchEvent) => {
    const touch = event.touches.length === 1 ? event.touches[0]! : undefined;
    if (!touch) this.#swipe = undefined;
    else if (event.type === 'touchstart') this.#swipe = { x: touch.clientX, y: touch.clientY };
    else if (this.#swipe) {
      const dx = touch.clientX - this.#swipe.x;
      const dy = touch.clientY - this.#swipe.y;
      if (this.#swipe.vertical === undefined && Math.hypot(dx, dy) >= SWIPE_DECIDE_PX) {
        this.#swipe.vertical = Math.abs(dy) > Math.abs(dx);
      }
      if (this.#swipe.vertical !== false) event.stopImmediatePropagation();
    }
  };

  /** Double-click zooms in around the pointer; with Shift, out. */
  readonly #onDoubleClick = (event: MouseEvent) => {
    if (!this.#target || event.ctrlKey) return;
    event.preventDefault();
    this.scaleBy(event.shiftKey ? 1 / ZOOM_STEP : ZOOM_STEP, pointer(event, this.#target)[0]);
  };

  readonly #onWheel = (event: WheelEvent) => {
    if (!zoomFilter(event, this.#options.wheelZoom())) this.#options.onPlainWheel();
  };

  #detach(): void {
    if (!this.#target) return;
    this.#stop();
    select(this.#target).on('.zoom', null);
    this.#target.removeEventListener('wheel', this.#onWheel);
    this.#target.removeEventListener('dblclick', this.#onDoubleClick);
    this.#target.removeEventListener('touchstart', this.#onTouch);
    this.#target.removeEventListener('touchmove', this.#onTouch);
    this.#target = undefined;
  }
}
