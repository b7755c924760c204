// Stands in for `lit/decorators.js` in the one-file embed and the ESM build (the build
// points the elements' import here; see `rollup.config.mjs`). The elements declare
// their reactive properties with `@property()` and `@state()` on fields, compiled as
// TypeScript's experimental decorators: each comes down to `createProperty(name,
// options)` on the class, as in Lit's own decorators, whose module also serves standard
// decorators and accessors, which the package does not use (about 0.4 KiB gzipped).
import type { PropertyDeclaration, ReactiveElement } from 'lit';

type FieldDecorator = (proto: object, name: string) => void;

/** Lit's `@property(options)`, on a field. */
export function property(options?: PropertyDeclaration): FieldDecorator {
  return (proto, name) => {
    // A standard decorator is given a context object; an accessor has its descriptor on the prototype.
    if (typeof name !== 'string' || Object.hasOwn(proto, name))
      throw new Error('summitline: its decorators take fields only, as experimental decorators');
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
  };
}

/** Lit's `@state(options)`: a reactive property without an attribute. */
export function state(options?: Pick<PropertyDeclaration, 'hasChanged'>): FieldDecorator {
  return property({ ...options, state: true, attribute: false });
}
