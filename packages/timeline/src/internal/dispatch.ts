// Stands in for d3-dispatch in the one-file embed and the ESM build (the build points
// d3-zoom's import here; see `rollup.config.mjs`). d3-zoom keeps its `start`, `zoom`
// and `end` listeners in one: `dispatch(...types)`, then `on` to add, remove or read a
// listener and `call` to call them. Those two are written here as d3-dispatch writes
// them (a listener taken out while the listeners are being called is not called; one
// added then is called from the next time on), in a part of its bytes.
import { typenames } from './selection.js';

type Callback = (this: unknown, ...args: unknown[]) => void;

interface Listener {
  name: string;
  value: Callback;
}

/** What takes the place of a listener taken out, in the list a `call` may be going through. */
const REMOVED: Listener = { name: '', value: () => {} };

/** The listeners of some types, by type, each list in the order they were added. */
export class Dispatch {
  readonly #lists: Record<string, Listener[]>;

  constructor(lists: Record<string, Listener[]>) {
    this.#lists = lists;
  }

  /** Adds (a function), removes (`null`: by type and name, or every type of a `.name`) or returns (no callback) a listener. */
  on(text: string): Callback | undefined;
  on(text: string, callback: Callback | null): this;
  on(text: string, ...callback: [(Callback | null)?]): this | Callback | undefined {
    const lists = this.#lists;
    const wanted = typenames(text);
    for (const { type } of wanted) if (type && !Object.hasOwn(lists, type)) throw new Error(`unknown type: ${type}`);
    if (!callback.length) {
      for (const { type, name } of wanted) {
        const found = type && lists[type]!.find((l) => l.name === name);
        if (found) return found.value;
      }
      return undefined;
    }
    const [value] = callback;
    if (value != null && typeof value !== 'function') throw new Error(`invalid callback: ${value}`);
    for (const { type, name } of wanted) {
      for (const t of type ? [type] : value == null ? Object.keys(lists) : []) {
        let list = lists[t]!;
        const i = list.findIndex((l) => l.name === name);
        if (i >= 0) {
          list[i] = REMOVED;
          list = list.filter((l) => l !== REMOVED);
        }
        if (value) list.push({ name, value });
        lists[t] = list;
      }
    }
    return this;
  }

  /** Calls the listeners of `type`, each with `that` as `this` and the arguments. */
  call(type: string, that: unknown, ...args: unknown[]): void {
    if (!Object.hasOwn(this.#lists, type)) throw new Error(`unknown type: ${type}`);
    const list = this.#lists[type]!;
    // Those there when the call began: one added meanwhile is called from the next time on.
    for (let i = 0, n = list.length; i < n; i++) list[i]!.value.apply(that, args);
  }
}

/** d3-dispatch's `dispatch`: listeners for each of `types`. */
export function dispatch(...types: string[]): Dispatch {
  return new Dispatch(Object.fromEntries(types.map((type) => [type, []])));
}
