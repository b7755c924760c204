// An adopter's TypeScript, type-checked against the packed packages with strict
// settings and skipLibCheck off.
import { events, sources, type DiplomaticEvent } from '@summitline/events';
import {
  SummitErrorEvent,
  SummitTimeline,
  type SummitRangeChangeEvent,
  type SummitSelectEvent,
  type TimelineRecord,
} from '@summitline/timeline';
import { SummitEventCard } from '@summitline/timeline/elements.js';
import '@summitline/timeline/summit-event-card.js';
import '@summitline/timeline/locales/zh-Hant.js';
import { normalize } from '@summitline/timeline/core';
import { FakeSource, HttpSource, type TimelineSource } from '@summitline/timeline/source.js';

// The data package's records are the timeline's records, as they are.
const timeline = document.createElement('summit-timeline') as SummitTimeline<DiplomaticEvent>;
timeline.events = events;
timeline.sources = sources;
timeline.groupBy = 'country';
timeline.wheelZoom = 'free';
timeline.addEventListener('summit-select', (e) => {
  const selected: SummitSelectEvent = e;
  console.log(selected.detail.id, selected.detail.event.title);
});

// A typed listener: the caller's record type comes back in `detail.event`.
function onSelect(e: SummitSelectEvent<DiplomaticEvent>): string {
  return e.detail.event.dateBasis;
}
timeline.addEventListener('summit-select', (e) => onSelect(e as SummitSelectEvent<DiplomaticEvent>));
timeline.addEventListener('summit-rangechange', (e: SummitRangeChangeEvent) => e.detail.start.getUTCFullYear());
timeline.addEventListener('summit-error', (e) => {
  if (e instanceof SummitErrorEvent) for (const p of e.detail.problems) console.warn(p.index, p.field, p.message);
});

const card = document.createElement('summit-event-card');
card.event = events[0];
card.sources = sources;
const cardClass: typeof SummitEventCard = customElements.get('summit-event-card') as typeof SummitEventCard;
console.log(cardClass.name);

// Records of one's own, with a kind of one's own.
const own: TimelineRecord[] = [{ id: 'vote', title: 'General election', kind: 'election', date: '2026-05-07' }];
const plain = document.querySelector('summit-timeline');
if (plain) plain.events = own;
console.log(normalize(own).items.length);
document.body.append(timeline, card);

// Nonsense is refused.
// @ts-expect-error numbers are not records
timeline.events = [1, 'two', null];
// @ts-expect-error not a grouping
timeline.groupBy = 'year';

// An archive too large for the page: the source mode, a server's source and one's own.
const archive: TimelineSource = new HttpSource('https://archive.example/');
timeline.source = archive;
timeline.source = new FakeSource(events, { delay: 200 });
