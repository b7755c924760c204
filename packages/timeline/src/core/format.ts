import { PERIODS_KEPT } from './defaults.js';
import { DAY_MS, type Precision } from './edtf.js';
import { kindLabel } from './kind-styles.js';
import { eventCount, fill, STRINGS_EN, type Status, type Strings } from './strings.js';

const formats = new Map<string, Intl.DateTimeFormat>();
/** The same formats by options object, so that the constant options of every mark's label skip building a key. */
const byOptions = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** A cached UTC `Intl.DateTimeFormat` in the Gregorian calendar (creating one is slow, and axes and labels ask for them every frame). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let locales = byOptions.get(options);
  if (!locales) byOptions.set(options, (locales = new Map()));
  let format = locales.get(locale);
  if (format) return format;
  const key = `${locale}|${JSON.stringify(options)}`;
  format = formats.get(key);
  if (!format) {
    try {
      // Gregorian months and years whatever the locale's calendar (`fa-IR`, `-u-ca-hebrew`), in its digits and words:
      // the ticks fall on Gregorian month starts, and the records' dates are Gregorian.
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', calendar: 'gregory' });
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    formats.set(key, format);
  }
  locales.set(locale, format);
  return format;
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** Periods already written, by locale, precision and the units they name; cleared when it grows large. */
const periods = new Map<string, string>();

/**
 * A period written at a precision: "3 September 2025", "8–9 April 2024", "March – May 2026", "2019".
 * The words depend only on the days, months or years the period names, so they are
 * kept by those: clusters re-formed on every frame of a zoom mostly name periods
 * written before, and `Intl` is slow to write them.
 */
export function formatPeriod(start: number, end: number, precision: Precision, locale: string): string {
  const last = end - DAY_MS;
  const [a, b] = [new Date(start), new Date(last)];
  const unit = (d: Date) =>
    precision === 'day' ? +d : precision === 'month' ? d.getUTCFullYear() * 12 + d.getUTCMonth() : d.getUTCFullYear();
  const key = `${locale}|${precision}|${unit(a)}|${unit(b)}`;
  let text = periods.get(key);
  if (text === undefined) {
    const format = dateFormat(locale, OPTIONS[precision]);
    // ICU versions differ on spacing around the dash between two numbers; write it closed up ("8–9 April").
    text =
      unit(b) <= unit(a) ? format.format(start) : format.formatRange(start, last).replace(/(\d)\s*–\s*(\d)/g, '$1–$2');
    if (periods.size >= PERIODS_KEPT) periods.clear();
    periods.set(key, text);
  }
  return text;
}

export interface DatedItem {
  start: number;
  end: number;
  precision: Precision;
  status?: string;
  uncertain?: boolean;
  approximate?: boolean;
}

/**
 * An event's date written at its precision, as a reader would say it:
 * "3 September 2025", "September 2025", "8–9 April 2024", "planned: February 2026",
 * "c. May 2025" (approximate), "June 2025?" (uncertain).
 */
export function formatEventDate(item: DatedItem, locale = 'en-GB', strings: Strings = STRINGS_EN): string {
  let date = formatPeriod(item.start, item.end, item.precision, locale);
  if (item.approximate) date = fill(strings.approximate, { date });
  if (item.uncertain) date = fill(strings.uncertain, { date });
  const status = item.status;
  if (status && status !== 'happened') date = fill(strings.status, { status: statusName(status, strings), date });
  return date;
}

/** A status in the table's words ("planned"), or as the record gives it if the table has none. */
export function statusName(status: string, strings: Strings = STRINGS_EN): string {
  return strings[status as Status] ?? status;
}

/**
 * What a screen reader says for an event: "Parade, 3 September 2025: Victory Day parade
 * in Beijing". `kind` is the kind's label (default: the word in `strings` for a curated
 * kind, else its name).
 */
export function describeItem(
  item: DatedItem & { kind: string; title: string },
  locale = 'en-GB',
  strings: Strings = STRINGS_EN,
  kind = kindLabel(item.kind, strings),
): string {
  return fill(strings.item, {
    kind,
    date: formatEventDate(item, locale, strings),
    title: item.title,
  });
}

/**
 * What a screen reader says for a cluster: its count and the coarsest natural name of
 * its span ("2 events, 8–9 April 2024", "14 events, March 2022", "5 events, 2019–2024").
 */
export function describeCluster(
  count: number,
  start: number,
  end: number,
  locale = 'en-GB',
  strings: Strings = STRINGS_EN,
): string {
  return fill(strings.cluster, { events: eventCount(strings, count, locale), span: clusterSpan(start, end, locale) });
}

/** The dates of a cluster, [start, end): to the day within a week, to the month within two years (or one calendar year), else to the year. */
export function clusterSpan(start: number, end: number, locale = 'en-GB'): string {
  const length = end - start;
  const first = new Date(start);
  const last = new Date(end - DAY_MS);
  let precision: Precision = 'year';
  if (length <= 7 * DAY_MS) precision = 'day';
  else if (length <= 2 * 366 * DAY_MS || first.getUTCFullYear() === last.getUTCFullYear()) precision = 'month';
  return formatPeriod(start, end, precision, locale);
}

/** A window in words, to the day: "3 March – 17 June 2025"; set in `template`'s `{range}` if given ("Showing {range}"). */
export function describeWindow(
  [start, end]: readonly [number, number],
  locale = 'en-GB',
  template = '{range}',
): string {
  const range = dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(start, end);
  return fill(template, { range });
}

/**
 * Builds the date formats a first drawing uses, so that their cost (the first one
 * for a locale loads its data) is paid while the page is idle rather than when the
 * records arrive.
 */
export function warmFormats(locale: string): void {
  for (const precision of ['day', 'month', 'year'] as const) {
    formatPeriod(0, DAY_MS, precision, locale);
    formatPeriod(0, 400 * DAY_MS, precision, locale);
  }
  describeWindow([0, DAY_MS], locale);
}
