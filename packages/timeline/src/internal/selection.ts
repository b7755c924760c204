// Stands in for d3-selection in the one-file embed (the build points d3-zoom's and
// d3-drag's imports here; see `rollup.config.mjs`). They use a handful of it on one node
// at a time: `select` a node or a window, set a property, add and remove namespaced
// listeners, set a style, keep the nodes that pass a test, and `pointer`. Those are
// written here as d3-selection writes them (listeners are kept on the node's `__on`, and
// are called with the node as `this` and `(event, datum)`), in a small part of its bytes:
// the whole of d3-selection was about a third of the embed's budget.

import { transition } from './no-transition.js';

type Listener = (this: EventTarget, event: Event, datum: unknown) => void;

interface On {
  type: string;
  name: string;
  value: Listener;
  listener: EventListener;
  options: AddEventListenerOptions | boolean | undefined;
}

type Node_ = EventTarget & { __on?: On[] | undefined; __data__?: unknown; style?: CSSStyleDeclaration };

/** `"wheel.zoom touchend.zoom"` → its types and names. */
export function typenames(text: string): { type: string; name: string }[] {
  return text
    .trim()
    .split(/\s+/)
    .map((t) => {
      const i = t.indexOf('.');
      return i < 0 ? { type: t, name: '' } : { type: t.slice(0, i), name: t.slice(i + 1) };
    });
}

/** The nodes of one group, with d3-selection's methods that d3-zoom and d3-drag call. */
export class Selection {
  readonly #nodes: Node_[];

  constructor(nodes: Node_[]) {
    this.#nodes = nodes;
  }

  node(): Node_ | undefined {
    return this.#nodes[0];
  }

  each(callback: (this: Node_, datum: unknown, index: number, nodes: Node_[]) => void): this {
    this.#nodes.forEach((node, i) => callback.call(node, node.__data__, i, this.#nodes));
    return this;
  }

  call<A extends unknown[]>(callback: (selection: this, ...args: A) => void, ...args: A): this {
    callback(this, ...args);
    return this;
  }

  /** What d3-transition would add: d3-zoom interrupts before every `zoom.transform`; there is nothing to interrupt (see `no-transition.ts`). */
  interrupt(): this {
    return this;
  }

  transition(): never {
    return transition();
  }

  datum(): unknown {
    return this.node()?.__data__;
  }

  filter(test: (this: Node_, datum: unknown, index: number) => unknown): Selection {
    return new Selection(this.#nodes.filter((node, i) => test.call(node, node.__data__, i)));
  }

  /** Sets a property on each node, to `value` or to what `value` returns for it (removed when null). */
  property(name: string, value: unknown): this {
    return this.each(function (datum, i, nodes) {
      const v = typeof value === 'function' ? value.call(this, datum, i, nodes) : value;
      const node = this as unknown as Record<string, unknown>;
      if (v == null) delete node[name];
      else node[name] = v;
    });
  }

  style(name: string, value: string): this {
    return this.each(function () {
      this.style?.setProperty(name, value);
    });
  }

  /** Adds (`value`), removes (`null`: by type and name, or every type of a `.name`) or returns (no `value`) listeners. */
  on(text: string): Listener | undefined;
  on(text: string, value: Listener | null, options?: AddEventListenerOptions | boolean): this;
  on(text: string, value?: Listener | null, options?: AddEventListenerOptions | boolean): this | Listener | undefined {
    const wanted = typenames(text);
    if (value === undefined) {
      return this.node()?.__on?.find((o) => wanted.some((t) => t.type === o.type && t.name === o.name))?.value;
    }
    for (const t of wanted) {
      this.each(function () {
        const kept: On[] = [];
        for (const o of this.__on ?? []) {
          const same = (!t.type || o.type === t.type) && o.name === t.name;
          if (same) this.removeEventListener(o.type, o.listener, o.options);
          else kept.push(o);
        }
        if (value) {
          const listener = function (this: Node_, event: Event) {
            value.call(this, event, this.__data__);
          };
          this.addEventListener(t.type, listener, options);
          kept.push({ type: t.type, name: t.name, value, listener, options });
        }
        this.__on = kept.length ? kept : undefined;
      });
    }
    return this;
  }
}

/** d3-selection's `selection`, whose prototype d3-transition would extend. */
export const selection = Selection;

export function select(node: EventTarget): Selection {
  return new Selection([node]);
}

/**
 * Where `event` (or the event it came from, or a touch) is, in the coordinates of
 * `target` (default: the event's current target): its user space for an SVG element,
 * its padding box for an HTML element, the page otherwise.
 */
export function pointer(event: unknown, target?: Element): [number, number] {
  let e = event as MouseEvent & { sourceEvent?: unknown };
  while (e.sourceEvent) e = e.sourceEvent as typeof e;
  const node = (target ?? e.currentTarget) as (Element & Partial<SVGGraphicsElement>) | null;
  if (node) {
    const svg = (node as SVGElement).ownerSVGElement ?? (node as unknown as SVGSVGElement);
    if (svg.createSVGPoint && node.getScreenCTM) {
      const point = svg.createSVGPoint();
      point.x = e.clientX;
      point.y = e.clientY;
      const p = point.matrixTransform(node.getScreenCTM()!.inverse());
      return [p.x, p.y];
    }
    if (node.getBoundingClientRect) {
      const rect = node.getBoundingClientRect();
      return [e.clientX - rect.left - node.clientLeft, e.clientY - rect.top - node.clientTop];
    }
  }
  return [e.pageX, e.pageY];
}
