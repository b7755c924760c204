// `@summitline/timeline/summit-timeline.js`: registers <summit-timeline> and the
// <summit-event-card> it shows, unless the page already has them.
import { define } from '../define.js';
import { SummitEventCard } from '../summit-event-card.js';
import { SummitTimeline } from '../summit-timeline.js';

define('summit-event-card', SummitEventCard);
define('summit-timeline', SummitTimeline);

export { SummitTimeline };
