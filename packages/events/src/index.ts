export type {
  DiplomaticEvent,
  EventKind,
  EventStatus,
  Participant,
  Precision,
  Relation,
  RetiredId,
  Source,
  SourceRef,
} from './types.js';
export { EVENT_KINDS } from './types.js';
export { events, retiredIds, sources } from './dataset.js';
export { countryNames } from './countries.js';
export { getEvent, eventsBetween, eventsInvolving, eventsOfKind } from './query.js';
export type { BetweenOptions, DateInput } from './query.js';
export { toTimelineJS } from './timelinejs.js';
export type { TimelineJSData, TimelineJSDate, TimelineJSSlide } from './timelinejs.js';
