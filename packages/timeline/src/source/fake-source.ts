// A `TimelineSource` over records in memory, answering as a server would, for tests and
// stories: slow (`delay`) or failing (`fail`) on demand, and keeping the questions asked.
import type { TimelineRecord } from '../record.js';
import { LocalArchive } from './local-archive.js';
import {
  SourceError,
  type DensityRequest,
  type SourceDensity,
  type SourceRecord,
  type SourceTotals,
  type SourceWindow,
  type StepRequest,
  type TimelineSource,
  type WindowRequest,
} from './source.js';

export interface FakeSourceOptions {
  /** Milliseconds each answer takes: a slow source. 0 unless given. */
  delay?: number;
  /** Fail every question: `true`, or the message to fail with. A failing source. */
  fail?: boolean | string;
  /** The data version the answers name; a fingerprint of the records unless given. */
  dataVersion?: string;
}

/** A question the source was asked. */
export interface SourceCall {
  method: 'totals' | 'density' | 'window' | 'step' | 'event';
  /** The question as asked (the id, for `event`; nothing for `totals`). */
  request: unknown;
}

/**
 * An in-memory `TimelineSource`: the records are read as the timeline reads `events`,
 * and every answer is the one a server speaking the wire format gives for them (events
 * when they fit, else per-lane bins). `delay` and `fail` may be changed at any time.
 *
 * ```ts
 * const slow = new FakeSource(events, { delay: 800 });
 * const failing = new FakeSource(events, { fail: 'The archive is offline.' });
 * ```
 */
export class FakeSource implements TimelineSource {
  /** Milliseconds each answer takes. */
  delay: number;
  /** Whether (and with what message) every question fails. */
  fail: boolean | string;
  /** Every question asked, in order. */
  readonly calls: SourceCall[] = [];
  /** The answers, worked out without delay or failure. */
  readonly archive: LocalArchive;

  constructor(records: readonly TimelineRecord[], options: FakeSourceOptions = {}) {
    this.archive = new LocalArchive(records, options);
    this.delay = options.delay ?? 0;
    this.fail = options.fail ?? false;
  }

  totals(signal?: AbortSignal): Promise<SourceTotals> {
    return this.answer('totals', undefined, signal, () => this.archive.totals());
  }

  density(request: DensityRequest, signal?: AbortSignal): Promise<SourceDensity> {
    return this.answer('density', request, signal, () => this.archive.density(request));
  }

  window(request: WindowRequest, signal?: AbortSignal): Promise<SourceWindow> {
    return this.answer('window', request, signal, () => this.archive.window(request));
  }

  step(request: StepRequest, signal?: AbortSignal): Promise<SourceRecord | null> {
    return this.answer('step', request, signal, () => this.archive.step(request));
  }

  event(id: string, signal?: AbortSignal): Promise<SourceRecord | null> {
    return this.answer('event', id, signal, () => this.archive.event(id));
  }

  private async answer<T>(
    method: SourceCall['method'],
    request: unknown,
    signal: AbortSignal | undefined,
    work: () => T,
  ): Promise<T> {
    this.calls.push({ method, request });
    await wait(this.delay, signal);
    if (this.fail) {
      const message =
        typeof this.fail === 'string' ? this.fail : `The fake source fails every question, as asked: ${method} failed.`;
      throw new SourceError(message, { code: 'failed' });
    }
    return work();
  }
}

/** Waits `ms` (at least until the next microtask), or rejects with the signal's reason as soon as it aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const timer = ms > 0 ? setTimeout(done, ms) : undefined;
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    if (timer === undefined) queueMicrotask(() => (signal?.aborted ? undefined : done()));
  });
}
