import { describeUrl } from './core/url.js';
import type { SourceInfo, TimelineRecord } from './record.js';

/**
 * Reads records from the light-DOM fallback list that readers without JavaScript see:
 * `<ol><li data-date="2025-09-03" data-kind="parade" data-id="…">Title</li></ol>`.
 * `data-start`/`data-end` may stand in for `data-date`; `data-status`,
 * `data-countries` (space-separated) and `data-summary` are optional. Without
 * `data-id`, an id is made from the date and title. The title is the item's text.
 */
export function readList(host: Element): TimelineRecord[] {
  const items = host.querySelectorAll(':scope > ol > li, :scope > ul > li');
  return Array.from(items, (li, index) => {
    const data = (li as HTMLElement).dataset;
    const title = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
    const record: TimelineRecord = {
      id: data.id || slug(`${data.date ?? data.start ?? index}-${title}`) || `item-${index + 1}`,
      title,
      kind: data.kind ?? 'other',
    };
    if (data.date) record.date = data.date;
    if (data.start) record.start = data.start;
    if (data.end) record.end = data.end;
    if (data.status) record.status = data.status as TimelineRecord['status'];
    if (data.countries) record.countries = data.countries.split(/\s+/).filter(Boolean);
    if (data.summary) record.summary = data.summary;
    return record;
  });
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 80);
}

/** What `src` holds. */
interface Loaded {
  records: unknown[];
  sources?: SourceInfo[];
}

/** Loads under way, by URL, with how many timelines wait for each. */
const loading = new Map<string, { loaded: Promise<Loaded>; waiting: number; abort: AbortController }>();

/**
 * Fetches `src`: a JSON array of records, or an object with an `events` array (and
 * optionally a `sources` array, which credits the quotes). Timelines that ask for the
 * same URL while it loads share one request (an article may show two views of one
 * file); `signal` gives up this timeline's wait, and the request once none waits.
 */
export function fetchRecords(src: string, signal?: AbortSignal): Promise<Loaded> {
  let url = src;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    // Not a URL: fetch says why.
  }
  const entry = shared(url, src);
  entry.waiting++;
  return new Promise((resolve, reject) => {
    // Runs at most once, and only while the load is under way.
    const leave = () => {
      if (--entry.waiting === 0) {
        if (loading.get(url) === entry) loading.delete(url);
        entry.abort.abort(signal!.reason);
      }
      reject(signal!.reason);
    };
    if (signal?.aborted) return leave();
    signal?.addEventListener('abort', leave, { once: true });
    const settle = () => signal?.removeEventListener('abort', leave);
    entry.loaded.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}

/** The load of `url` under way, or a new one, forgotten once it ends. */
function shared(url: string, src: string) {
  const known = loading.get(url);
  if (known) return known;
  const abort = new AbortController();
  const entry = { loaded: load(src, abort.signal), waiting: 0, abort };
  loading.set(url, entry);
  const done = () => void (loading.get(url) === entry && loading.delete(url));
  entry.loaded.then(done, done);
  return entry;
}

async function load(src: string, signal: AbortSignal): Promise<Loaded> {
  // Named by host and path, cut short: never its query (which may hold a token) nor a whole `data:` URL.
  const name = describeUrl(src);
  let response: Response;
  try {
    response = await fetch(src, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new Error(`could not load ${name}: ${(error as Error).message}`, { cause: error });
  }
  if (!response.ok) throw new Error(`could not load ${name}: ${response.status} ${response.statusText}`.trim());
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
  if (Array.isArray(body)) return { records: body };
  const object = body as { events?: unknown; sources?: unknown } | null;
  if (object && typeof object === 'object' && Array.isArray(object.events)) {
    return {
      records: object.events,
      sources: Array.isArray(object.sources) ? (object.sources as SourceInfo[]) : undefined,
    };
  }
  throw new Error(`${name} holds neither an array of events nor an object with an "events" array`);
}
