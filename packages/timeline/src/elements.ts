// The define-free entry, `@summitline/timeline/elements.js`: the element classes and
// their types, with no custom element registered on import. For apps that register
// names themselves (`customElements.define('news-timeline', SummitTimeline)`) or use a
// scoped registry. A timeline, under whatever name, draws `<summit-event-card>` and the
// internal `<summit-overview>` in its shadow root, and registers those two names when
// it is first created if the page has not.
export { SummitTimeline } from './summit-timeline.js';
export { SummitEventCard } from './summit-event-card.js';
export { SummitSelectEvent } from './select-event.js';
export { SummitRangeChangeEvent } from './range-change-event.js';
export { SummitErrorEvent } from './error-event.js';
export { define } from './define.js';
export type { SourceInfo, TimelineRecord } from './record.js';
export type { Problem, TimelineItem } from './core/normalize.js';
export type { WheelZoom } from './controllers/zoom-controller.js';
export { STRINGS_EN } from './core/strings.js';
export type { Plural, Strings } from './core/strings.js';
export { KIND_COLORS, KIND_SHAPES } from './core/kind-styles.js';
export type { KindOption, KindOptions, KindShape } from './core/kind-styles.js';
