// What a framework may set on <summit-timeline> and <summit-event-card>, and the events
// they fire, as types derived from the element classes: a property added to an element
// is settable from every framework without a change here. Types only; the modules
// beside this one (`@summitline/timeline/jsx/react`, `/jsx/preact`, `/jsx/vue`,
// `/jsx/svelte`) add them to each framework's elements.
import type { LitElement } from 'lit';
import type { SummitErrorEvent } from '../error-event.js';
import type { SummitRangeChangeEvent } from '../range-change-event.js';
import type { SummitSelectEvent } from '../select-event.js';
import type { SummitEventCard } from '../summit-event-card.js';
import type { SummitTimeline } from '../summit-timeline.js';

/** Whether two types are the same, `readonly` included. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type OwnKeys<E> = Exclude<keyof E, keyof LitElement>;

/** `T` without `readonly` (and with its optional properties still optional). */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The element's own properties that a page can set: neither methods nor read-only ones, nor LitElement's. */
export type PropertyName<E> = {
  [K in OwnKeys<E>]-?: E[K] extends (...args: never[]) => unknown
    ? never
    : Same<Pick<E, K>, Writable<Pick<E, K>>> extends true
      ? K
      : never;
}[OwnKeys<E>];

/** `groupBy` → `group-by`: Lit's attribute for a property, as the elements declare them. */
export type Kebab<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${Kebab<Rest>}`
  : S;

/** `summit-select` → `SummitSelect`. */
export type Pascal<S extends string> = S extends `${infer Head}-${infer Rest}`
  ? `${Capitalize<Head>}${Pascal<Rest>}`
  : Capitalize<S>;

/** The settable properties, by name: `events`, `groupBy`, `hashLink`… (set as properties by the frameworks). */
export type ElementProperties<E> = { [K in PropertyName<E>]?: E[K] };

/** The attributes, for the properties that have a string, number or boolean value: `group-by`, `hash-link`… */
export type ElementAttributes<E> = {
  [K in PropertyName<E> as NonNullable<E[K]> extends string | number | boolean ? Kebab<K & string> : never]?: E[K];
};

/** The events of a list of event classes, by their `eventName`. */
export type EventsOf<C extends { readonly eventName: string } & (abstract new (...args: never) => Event)> = {
  [T in C as T['eventName']]: InstanceType<T>;
};

/** The events `<summit-timeline>` fires: `summit-select` → `SummitSelectEvent`, and so on. */
export type SummitTimelineEventMap = EventsOf<
  typeof SummitSelectEvent | typeof SummitRangeChangeEvent | typeof SummitErrorEvent
>;

/** Properties and attributes of `<summit-timeline>`. */
export type SummitTimelineProps = ElementProperties<SummitTimeline> & ElementAttributes<SummitTimeline>;

/** Properties and attributes of `<summit-event-card>`. */
export type SummitEventCardProps = ElementProperties<SummitEventCard> & ElementAttributes<SummitEventCard>;

/** Each element: its class, what a page can set on it, and the events it fires. */
export interface SummitElements {
  'summit-timeline': { element: SummitTimeline; props: SummitTimelineProps; events: SummitTimelineEventMap };
  'summit-event-card': { element: SummitEventCard; props: SummitEventCardProps; events: Record<never, Event> };
}

/** `onsummit-select`: the handlers of React 19, Preact and Svelte 5, which listen for the name after `on`. */
export type OnEventHandlers<M> = { [K in keyof M & string as `on${K}`]?: (event: M[K]) => void };

/** `onSummitSelect`: Vue's handlers (`@summit-select` in a template), whose name Vue turns back into `summit-select`. */
export type VueEventHandlers<M> = { [K in keyof M & string as `on${Pascal<K>}`]?: (event: M[K]) => void };

/** `on:summit-select`: the event directives of Svelte 4 (still understood by Svelte 5). */
export type SvelteDirectiveHandlers<M> = { [K in keyof M & string as `on:${K}`]?: (event: M[K]) => void };
