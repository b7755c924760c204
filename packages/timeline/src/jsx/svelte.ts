// `@summitline/timeline/jsx/svelte`: <summit-timeline> and <summit-event-card> in
// Svelte's markup, with their properties, attributes and events typed (checked by
// svelte-check and the Svelte language tools). Svelte sets a prop as a property when
// the element has one (`events`, `groupBy`), else as an attribute (`group-by`); Svelte 5
// listens for `onsummit-select`, Svelte 4 for `on:summit-select`.
// Types only: `import type {} from '@summitline/timeline/jsx/svelte'` in a `.d.ts` or
// script of the app, or name it in `compilerOptions.types`.
import type { HTMLAttributes } from 'svelte/elements';
import type { OnEventHandlers, SummitElements, SvelteDirectiveHandlers } from './elements.js';

/** Svelte's attributes for one of the elements. */
export type SvelteElementProps<T extends keyof SummitElements> = Omit<
  HTMLAttributes<SummitElements[T]['element']>,
  keyof SummitElements[T]['props']
> &
  SummitElements[T]['props'] &
  OnEventHandlers<SummitElements[T]['events']> &
  SvelteDirectiveHandlers<SummitElements[T]['events']>;

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'summit-timeline': SvelteElementProps<'summit-timeline'>;
    'summit-event-card': SvelteElementProps<'summit-event-card'>;
  }
}
