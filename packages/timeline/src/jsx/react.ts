// `@summitline/timeline/jsx/react`: <summit-timeline> and <summit-event-card> in React
// 19's JSX, with their properties, attributes and events typed. React 19 sets a prop
// as a property when the element has one (`events`, `groupBy`), else as an attribute
// (`group-by`), and listens for `onsummit-select` as the `summit-select` event.
// Types only: `import type {} from '@summitline/timeline/jsx/react'`, or name it in
// `compilerOptions.types`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OnEventHandlers, SummitElements } from './elements.js';

/** React's props for one of the elements. */
export type ReactElementProps<T extends keyof SummitElements> = Omit<
  DetailedHTMLProps<HTMLAttributes<SummitElements[T]['element']>, SummitElements[T]['element']>,
  keyof SummitElements[T]['props']
> &
  SummitElements[T]['props'] &
  OnEventHandlers<SummitElements[T]['events']>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX is a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'summit-timeline': ReactElementProps<'summit-timeline'>;
      'summit-event-card': ReactElementProps<'summit-event-card'>;
    }
  }
}
