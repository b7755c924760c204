export { SummitTimeline } from './summit-timeline.js';
export { SummitEventCard } from './summit-event-card.js';
export { SummitSelectEvent } from './select-event.js';
export { SummitRangeChangeEvent } from './range-change-event.js';
export { SummitErrorEvent } from './error-event.js';
export type { SourceInfo, TimelineRecord } from './record.js';
export type { Problem, TimelineItem } from './core/normalize.js';
export type { WheelZoom } from './controllers/zoom-controller.js';
