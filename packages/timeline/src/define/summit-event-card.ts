// `@summitline/timeline/summit-event-card.js`: registers <summit-event-card> alone
// (unless the page already has it), without the timeline.
import { define } from '../define.js';
import { SummitEventCard } from '../summit-event-card.js';

define('summit-event-card', SummitEventCard);

export { SummitEventCard };
