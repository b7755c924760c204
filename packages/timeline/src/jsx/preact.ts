// `@summitline/timeline/jsx/preact`: <summit-timeline> and <summit-event-card> in
// Preact's JSX, with their properties, attributes and events typed. Preact sets a prop
// as a property when the element has one (`events`, `groupBy`), else as an attribute
// (`group-by`), and listens for `onsummit-select` as the `summit-select` event.
// Types only: `import type {} from '@summitline/timeline/jsx/preact'`, or name it in
// `compilerOptions.types`.
import type { HTMLAttributes } from 'preact';
import type { OnEventHandlers, SummitElements } from './elements.js';

/** Preact's props for one of the elements. */
export type PreactElementProps<T extends keyof SummitElements> = Omit<
  HTMLAttributes<SummitElements[T]['element']>,
  keyof SummitElements[T]['props']
> &
  SummitElements[T]['props'] &
  OnEventHandlers<SummitElements[T]['events']>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact's JSX is a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'summit-timeline': PreactElementProps<'summit-timeline'>;
      'summit-event-card': PreactElementProps<'summit-event-card'>;
    }
  }
}
