// `@summitline/timeline/react`: React components for the two elements, made with
// `@lit/react`, which sets properties (not attributes) and maps the elements' events to
// typed `on…` props. Registers the elements, as the package's main entry does.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './define/summit-timeline.js';
import type { SummitErrorEvent } from './error-event.js';
import type { SummitRangeChangeEvent } from './range-change-event.js';
import type { SummitSelectEvent } from './select-event.js';
import { SummitEventCard as SummitEventCardElement } from './summit-event-card.js';
import { SummitTimeline as SummitTimelineElement } from './summit-timeline.js';

/**
 * `<summit-timeline>` as a React component: every property of the element is a prop
 * (`events`, `sources`, `strings` as values), and `onSummitSelect`,
 * `onSummitRangeChange` and `onSummitError` receive the element's typed events.
 */
export const SummitTimeline = createComponent({
  tagName: 'summit-timeline',
  elementClass: SummitTimelineElement,
  react: React,
  events: {
    onSummitSelect: 'summit-select' as EventName<SummitSelectEvent>,
    onSummitRangeChange: 'summit-rangechange' as EventName<SummitRangeChangeEvent>,
    onSummitError: 'summit-error' as EventName<SummitErrorEvent>,
  },
  displayName: 'SummitTimeline',
});

/** `<summit-event-card>` as a React component: `event`, `sources` and `strings` are set as properties. */
export const SummitEventCard = createComponent({
  tagName: 'summit-event-card',
  elementClass: SummitEventCardElement,
  react: React,
  displayName: 'SummitEventCard',
});
