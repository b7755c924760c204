// A `fetch` that answers the wire format from records in memory, as a server would, and
// lets a test see every request, hold the answers back, and break them.
import { LocalArchive } from '../../src/source/local-archive.js';
import { SourceError, type StepRequest } from '../../src/source/source.js';

export const BASE = 'http://archive.test/api/';

/** A request the fake server was sent. */
export interface Request {
  url: URL;
  init: RequestInit;
  /** The path under the base, with the parameters in the order sent (`v1/tile?z=7&i=94`), without `dv`. */
  path: string;
  dv: string | null;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });

const error = (status: number, code: string, message: string, parameter?: string) =>
  json(status, { error: { code, message, ...(parameter ? { parameter } : {}) } });

export function fakeServer(records: ConstructorParameters<typeof LocalArchive>[0]) {
  const requests: Request[] = [];
  const waiting: (() => void)[] = [];
  const state = {
    archive: new LocalArchive(records),
    /** Answers wait until `release` while true. */
    hold: false,
    /** Answers a request in place of the archive, when it gives a Response. */
    override: undefined as ((request: Request) => Response | undefined) | undefined,
    requests,
    /** The requests for one endpoint, as paths. */
    paths(endpoint = '') {
      return requests.filter((r) => r.path.startsWith(endpoint)).map((r) => r.path);
    },
    /** Sends every answer held back. */
    release() {
      for (const send of waiting.splice(0)) send();
    },
    fetch(input: string, init: RequestInit): Promise<Response> {
      const url = new URL(input);
      const params = new URLSearchParams(url.search);
      const dv = params.get('dv');
      params.delete('dv');
      const query = params.toString();
      const path = url.pathname.slice(new URL(BASE).pathname.length) + (query ? `?${query}` : '');
      const request: Request = { url, init, path, dv };
      requests.push(request);
      return new Promise((resolve, reject) => {
        const { signal } = init;
        if (signal?.aborted) return reject(signal.reason);
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        const send = () => {
          if (!signal?.aborted) resolve(state.override?.(request) ?? answer(state.archive, request));
        };
        if (state.hold) waiting.push(send);
        else queueMicrotask(send);
      });
    },
  };
  return state;
}

/** What the server answers a request, from the archive. */
function answer(archive: LocalArchive, { url, dv }: Request): Response {
  const p = url.searchParams;
  const number = (name: string) => (p.has(name) ? Number(p.get(name)) : undefined);
  const kinds = p.get('kinds')?.split(',') ?? null;
  if (dv !== null && dv !== archive.dataVersion) {
    return error(
      409,
      'version-changed',
      `dv names data version "${dv}", but the archive is now at ${archive.dataVersion}.`,
      'dv',
    );
  }
  try {
    switch (url.pathname.replace(/^\/api/, '')) {
      case '/v1/totals':
        return json(200, archive.totals());
      case '/v1/tile': {
        const z = number('z')!;
        const i = number('i')!;
        const length = 86_400_000 * 2 ** z;
        const group = (p.get('group') ?? 'none') as 'none';
        const window = archive.window({
          from: i * length,
          to: (i + 1) * length,
          width: number('width') ?? 512,
          px: number('px'),
          limit: number('limit'),
          kinds,
          group,
        });
        const { dataVersion: _, ...body } = window;
        return json(200, { ...body, tile: { z, i } });
      }
      case '/v1/density':
        return json(200, archive.density({ from: number('from'), to: number('to'), bins: number('bins'), kinds }));
      case '/v1/step': {
        const request = { direction: p.get('dir') as StepRequest['direction'], kinds };
        const id = p.get('id');
        const at = number('at');
        return json(200, {
          event: archive.step({ ...request, ...(id === null ? {} : { id }), ...(at === undefined ? {} : { at }) }),
        });
      }
      case '/v1/event': {
        const event = archive.event(p.get('id')!);
        return event ? json(200, { event }) : error(404, 'not-found', `There is no event with id "${p.get('id')}".`);
      }
      default:
        return error(404, 'not-found', `There is no endpoint ${url.pathname}.`);
    }
  } catch (e) {
    if (e instanceof SourceError && e.code === 'not-found') return error(404, 'not-found', e.message);
    if (e instanceof SourceError) return error(400, e.code, e.message, e.parameter);
    throw e;
  }
}

/** Lets the tasks queued so far run (the source lets go of unwanted requests at the next task). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
