// Requests shared by everyone who asks for the same URL, and let go when nobody waits for
// them any more; and the answers kept by URL, the least recently used first out.

/** A request (and then its answer) that any number of questions may wait for. */
export interface Shared<T> {
  readonly url: string;
  readonly promise: Promise<T>;
  /** Whether the answer (or the failure) has come. */
  settled: boolean;
  /** How much it weighs in the cache: the records it holds, and one. */
  weight: number;
  /**
   * Holds the request for a question, until the question lets go (the function it
   * gives). When the last question lets go before the answer comes, the request is
   * aborted at the next task, unless another question holds it by then.
   */
  hold(): () => void;
}

/** How a question holds the requests it waits for (see `holder`). */
export type Hold = (entry: Shared<unknown>) => void;

/**
 * A question's hold on the requests it waits for: they are let go all at once when
 * `signal` aborts (with one listener on it, however many there are); held for good
 * without a signal.
 */
export function holder(signal: AbortSignal | undefined): Hold {
  if (!signal) return (entry) => void entry.hold();
  let held: { entry: Shared<unknown>; release: () => void }[] = [];
  signal.addEventListener('abort', () => held.splice(0).forEach(({ release }) => release()), { once: true });
  return (entry) => {
    if (signal.aborted || entry.settled) return;
    // A signal that lives long (one for many questions) keeps only the holds still waiting.
    if (held.length >= 64) held = held.filter((hold) => !hold.entry.settled);
    held.push({ entry, release: entry.hold() });
  };
}

const weigh = (value: unknown) => {
  const events = (value as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? events.length + 1 : 1;
};

/** Answers kept by URL, at most `kept` of them and `weightKept` records in all; in-flight ones are never put out. */
export class Answers {
  private readonly entries = new Map<string, Shared<unknown>>();

  constructor(
    private readonly kept: number,
    private readonly weightKept: number,
  ) {}

  /**
   * Starts a shared request: `run` makes it with the signal that aborts it. `drop` takes
   * it out of wherever it is kept, when it fails or is let go, so that it is asked anew.
   */
  static start<T>(url: string, run: (signal: AbortSignal) => Promise<T>, drop: () => void): Shared<T> {
    const controller = new AbortController();
    let holders = 0;
    const entry: Shared<T> = {
      url,
      promise: run(controller.signal),
      settled: false,
      weight: 1,
      hold() {
        holders++;
        let held = true;
        return () => {
          if (!held) return;
          held = false;
          holders--;
          if (holders || entry.settled) return;
          // At the next task: a view that moves on aborts the old question and then asks the new one.
          setTimeout(() => {
            if (holders || entry.settled) return;
            drop();
            controller.abort(new DOMException(`No question waits for ${url} any more.`, 'AbortError'));
          }, 0);
        };
      },
    };
    entry.promise.then(
      (value) => {
        entry.settled = true;
        entry.weight = weigh(value);
      },
      () => {
        entry.settled = true;
        drop();
      },
    );
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry for a URL, now the most recently used. */
  get(url: string): Shared<unknown> | undefined {
    const entry = this.entries.get(url);
    if (entry) {
      this.entries.delete(url);
      this.entries.set(url, entry);
    }
    return entry;
  }

  set(url: string, entry: Shared<unknown>): void {
    this.entries.delete(url);
    this.entries.set(url, entry);
    this.trim();
  }

  /** Takes out the entry for a URL, if it is still this one. */
  delete(url: string, entry: Shared<unknown>): void {
    if (this.entries.get(url) === entry) this.entries.delete(url);
  }

  has(url: string): boolean {
    return this.entries.has(url);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Puts out the least recently used answers until the cache holds no more than it may. */
  private trim(): void {
    let weight = 0;
    for (const entry of this.entries.values()) weight += entry.weight;
    for (const [url, entry] of this.entries) {
      if (this.entries.size <= this.kept && weight <= this.weightKept) break;
      if (!entry.settled) continue;
      this.entries.delete(url);
      weight -= entry.weight;
    }
  }
}
