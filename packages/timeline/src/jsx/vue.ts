// `@summitline/timeline/jsx/vue`: <summit-timeline> and <summit-event-card> in Vue's
// templates (checked by vue-tsc and the Vue language tools) and TSX, with their
// properties, attributes and events typed. Vue sets a prop as a property when the
// element has one (`:events`, `:group-by`), and `@summit-select` listens for the
// `summit-select` event (`onSummitSelect` in TSX). Tell Vue's compiler the tags are
// custom elements (`compilerOptions.isCustomElement: (tag) => tag.startsWith('summit-')`).
// Types only: `import type {} from '@summitline/timeline/jsx/vue'`, or name it in
// `compilerOptions.types`.
import type { HTMLAttributes, ReservedProps } from 'vue';
import type { SummitElements, VueEventHandlers } from './elements.js';

/** Vue's props for one of the elements. */
export type VueElementProps<T extends keyof SummitElements> = Omit<HTMLAttributes, keyof SummitElements[T]['props']> &
  SummitElements[T]['props'] &
  VueEventHandlers<SummitElements[T]['events']>;

/** One of the elements as the component type that Vue's template checking expects. */
export type VueCustomElement<T extends keyof SummitElements> = new () => SummitElements[T]['element'] & {
  $props: VueElementProps<T> & ReservedProps;
};

declare module 'vue' {
  // Templates: tags are looked up among the global components.
  interface GlobalComponents {
    'summit-timeline': VueCustomElement<'summit-timeline'>;
    'summit-event-card': VueCustomElement<'summit-event-card'>;
  }
  // TSX (`jsxImportSource: "vue"`): the intrinsic elements.
  interface IntrinsicElementAttributes {
    'summit-timeline': VueElementProps<'summit-timeline'>;
    'summit-event-card': VueElementProps<'summit-event-card'>;
  }
}
