// Checked by `tsc -b` (part of `npm test`), not run: what the frameworks' typings let a
// page set on the elements, derived from the element classes. Each `@ts-expect-error`
// fails the type-check if the line it marks stops being an error.
import type { SummitErrorEvent } from '../src/error-event.js';
import type {
  Kebab,
  Pascal,
  SummitEventCardProps,
  SummitTimelineEventMap,
  SummitTimelineProps,
} from '../src/jsx/elements.js';
import type { SummitRangeChangeEvent } from '../src/range-change-event.js';
import type { SummitSelectEvent } from '../src/select-event.js';
import type { TimelineSource } from '../src/source/source.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const is = <T extends true>(): T => true as T;
declare const archive: TimelineSource;

// Every settable property, by its name and, for a string, number or boolean, by its attribute.
export const timeline: Required<SummitTimelineProps> = {
  events: [],
  src: 'events.json',
  srcTimeout: 5000,
  'src-timeout': 8000,
  sources: [],
  source: archive,
  start: '2025-01-01',
  end: '2025-12-31',
  kinds: 'summit visit',
  groupBy: 'kind',
  'group-by': 'country',
  selected: 'an-id',
  hashLink: true,
  'hash-link': true,
  steps: '#story',
  wheelZoom: 'free',
  'wheel-zoom': 'ctrl',
  locale: 'fr',
  strings: { call: 'Appel' },
  kindOptions: { election: { label: 'Élection', color: '#7a1f5c', shape: 'square' } },
  direction: 'rtl',
  theme: 'dark',
  label: 'Timeline',
  credit: 'Source: AP',
  download: true,
};
export const card: Required<SummitEventCardProps> = {
  event: { id: 'a', title: 'A', kind: 'call', date: '2025-06-05' },
  sources: [],
  locale: 'de',
  strings: {},
  kindOptions: { summit: { label: 'Gipfel' } },
  headingLevel: 2,
  'heading-level': 4,
  theme: 'light',
};

// @ts-expect-error: a value the property does not take
export const wrongGrouping: SummitTimelineProps = { 'group-by': 'year' };
// @ts-expect-error: records, not numbers
export const wrongRecords: SummitTimelineProps = { events: [1, 'two'] };
// @ts-expect-error: `visibleRange` is read-only
export const readOnly: SummitTimelineProps = { visibleRange: { start: new Date(), end: new Date() } };
// @ts-expect-error: methods are not props
export const method: SummitTimelineProps = { fit: () => undefined };
// @ts-expect-error: LitElement's own members are not the element's props
export const inherited: SummitTimelineProps = { renderOptions: {} };
// @ts-expect-error: an internal getter of the card
export const internal: SummitEventCardProps = { resolvedLocale: 'en' };
// @ts-expect-error: an attribute takes its property's type
export const wrongLevel: SummitEventCardProps = { 'heading-level': 'two' };

export const names = [
  is<Equal<Kebab<'groupBy'>, 'group-by'>>(),
  is<Equal<Kebab<'headingLevel'>, 'heading-level'>>(),
  is<Equal<Pascal<'summit-rangechange'>, 'SummitRangechange'>>(),
];

// The timeline's events, each with its class.
export const events = [
  is<Equal<keyof SummitTimelineEventMap, 'summit-select' | 'summit-rangechange' | 'summit-error'>>(),
  is<Equal<SummitTimelineEventMap['summit-select'], SummitSelectEvent>>(),
  is<Equal<SummitTimelineEventMap['summit-rangechange'], SummitRangeChangeEvent>>(),
  is<Equal<SummitTimelineEventMap['summit-error'], SummitErrorEvent>>(),
];
