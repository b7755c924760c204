// Reading and checking a request's query parameters. Each problem names the parameter
// and says why, and the request gets a 400 before any query runs.
import { compareKinds } from './archive.js';
import { MAX_TIME, MAX_ZOOM, MIN_ZOOM, TILE_WIDTHS } from './tiles.js';
import type { Group, StepDirection } from './wire.js';

/** A bad query parameter: answered with 400 `bad-parameter`. */
export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** The defaults and limits of the window parameters, named as WIRE-FORMAT.md names them. */
export const LIMITS = {
  /** Pixels per bin: the timeline merges point events within 12 px into a cluster. */
  px: { default: 12, min: 1, max: 256 },
  /** Most marks answered as events: past 1,500 the timeline draws a row as bins anyway. */
  limit: { default: 1500, min: 0, max: 5000 },
  width: { min: 1, max: 8192 },
  bins: { default: 200, min: 1, max: 4000 },
  kinds: { max: 64, length: 100 },
  id: { length: 500 },
} as const;

const GROUPS: readonly Group[] = ['none', 'kind', 'country'];
const DIRECTIONS: readonly StepDirection[] = ['next', 'previous', 'first', 'last'];
const DAY = /^(-?\d{4,6})-(\d{2})-(\d{2})$/;
const INSTANT = /^-?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The query parameters of one request, read once each, with the unread ones reported as unknown. */
export class Query {
  private readonly read = new Set<string>();

  constructor(private readonly params: URLSearchParams) {
    for (const name of new Set(params.keys())) {
      if (params.getAll(name).length > 1) throw new ParameterError(name, `${name} is given more than once.`);
    }
  }

  /** The raw value, or undefined when absent. */
  raw(name: string): string | undefined {
    this.read.add(name);
    return this.params.get(name) ?? undefined;
  }

  /** Rejects parameters the endpoint does not take. */
  done(endpoint: string): void {
    for (const name of this.params.keys()) {
      if (!this.read.has(name)) throw new ParameterError(name, `${endpoint} takes no parameter "${name}".`);
    }
  }

  required(name: string): string {
    const value = this.raw(name);
    if (value === undefined || value === '') throw new ParameterError(name, `${name} is required.`);
    return value;
  }

  /** A time: UTC milliseconds (an integer), a day (`2025-09-03`, its UTC midnight) or an ISO instant with a zone. */
  time(name: string, value = this.raw(name)): number | undefined {
    if (value === undefined) return undefined;
    let ms: number;
    if (/^-?\d{1,16}$/.test(value)) ms = Number(value);
    else if (DAY.test(value)) {
      const [, y, m, d] = DAY.exec(value)!.map(Number) as [number, number, number, number];
      ms = Date.UTC(y, m - 1, d);
      if (Number.isNaN(ms) || new Date(ms).getUTCDate() !== d || new Date(ms).getUTCMonth() !== m - 1) {
        throw new ParameterError(name, `${name} "${value}" is not a day of the calendar.`);
      }
      if (y >= 0 && y < 100) ms = new Date(ms).setUTCFullYear(y);
    } else if (INSTANT.test(value)) ms = Date.parse(value);
    else {
      throw new ParameterError(
        name,
        `${name} "${value}" is not a time: give UTC milliseconds (1756857600000), a day (2025-09-03) or an ISO instant with its zone (2025-09-03T09:00:00Z).`,
      );
    }
    if (!Number.isFinite(ms) || Math.abs(ms) > MAX_TIME) {
      throw new ParameterError(
        name,
        `${name} "${value}" is outside the times served (±2e14 ms, about the years −4400 to 8300).`,
      );
    }
    return ms;
  }

  /** A whole number within [min, max]. */
  integer(name: string, min: number, max: number, fallback?: number): number {
    const value = this.raw(name);
    if (value === undefined || value === '') {
      if (fallback === undefined) throw new ParameterError(name, `${name} is required.`);
      return fallback;
    }
    if (!/^-?\d{1,16}$/.test(value)) throw new ParameterError(name, `${name} "${value}" is not a whole number.`);
    const n = Number(value);
    if (n < min || n > max) throw new ParameterError(name, `${name} ${n} is outside ${min}…${max}.`);
    return n;
  }

  /** One of a closed set of words. */
  choice<T extends string>(name: string, choices: readonly T[], fallback?: T): T {
    const value = this.raw(name);
    if (value === undefined || value === '') {
      if (fallback === undefined) throw new ParameterError(name, `${name} is required: one of ${choices.join(', ')}.`);
      return fallback;
    }
    if (!(choices as readonly string[]).includes(value)) {
      throw new ParameterError(name, `${name} "${value}" is not one of ${choices.join(', ')}.`);
    }
    return value as T;
  }

  /**
   * The kind filter: kinds separated by spaces or commas, as the timeline's `kinds`
   * attribute; none given (or only separators) means every kind. Any string is a kind;
   * the answer holds only events of the kinds named. Put in legend order, each once.
   */
  kinds(): string[] | null {
    const value = this.raw('kinds');
    if (value === undefined) return null;
    const kinds = [...new Set(value.split(/[\s,]+/).filter(Boolean))];
    if (!kinds.length) return null;
    if (kinds.length > LIMITS.kinds.max) {
      throw new ParameterError('kinds', `kinds names ${kinds.length} kinds; at most ${LIMITS.kinds.max} are taken.`);
    }
    const long = kinds.find((kind) => kind.length > LIMITS.kinds.length);
    if (long) {
      throw new ParameterError(
        'kinds',
        `kinds has a kind of ${long.length} characters; at most ${LIMITS.kinds.length}.`,
      );
    }
    return kinds.sort(compareKinds);
  }

  group(): Group {
    return this.choice('group', GROUPS, 'none');
  }

  direction(): StepDirection {
    return this.choice('dir', DIRECTIONS);
  }

  id(name = 'id'): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (!value) throw new ParameterError(name, `${name} is empty.`);
    if (value.length > LIMITS.id.length) {
      throw new ParameterError(name, `${name} is ${value.length} characters long; at most ${LIMITS.id.length}.`);
    }
    return value;
  }

  /** `from` and `to`, both required, from before to. */
  window(): { from: number; to: number } {
    const from = this.time('from', this.required('from'))!;
    const to = this.time('to', this.required('to'))!;
    if (to <= from) throw new ParameterError('to', `to (${to}) must be after from (${from}).`);
    return { from, to };
  }

  tile(): { z: number; i: number; width: number } {
    const z = this.integer('z', MIN_ZOOM, MAX_ZOOM);
    const length = 86_400_000 * 2 ** z;
    const reach = Math.floor(MAX_TIME / length);
    const i = this.integer('i', -reach, reach - 1);
    const width = this.integer('width', TILE_WIDTHS[0], TILE_WIDTHS.at(-1)!, 512);
    if (!(TILE_WIDTHS as readonly number[]).includes(width)) {
      throw new ParameterError('width', `width ${width} is not a tile width: one of ${TILE_WIDTHS.join(', ')}.`);
    }
    return { z, i, width };
  }
}
