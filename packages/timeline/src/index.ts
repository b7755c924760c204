// `@summitline/timeline`: registers <summit-timeline> and <summit-event-card> (each
// only if the page has not already: two copies on one page do no harm) and exports
// their classes, events and types. `@summitline/timeline/elements.js` is the same
// without registering anything.
import './define/summit-timeline.js';
import './define/summit-event-card.js';

export * from './elements.js';
