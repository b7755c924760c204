// The stand-in for `lit/decorators.js` that the build gives the elements: a decorated
// field becomes a reactive property with its options, as Lit's decorators make it.
import { ReactiveElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { property, state } from '../src/internal/decorators.js';

describe('internal/decorators', () => {
  it('makes a decorated field a reactive property with its options, and a state one without an attribute', () => {
    class Element extends ReactiveElement {
      declare count: number;
      declare open: boolean;
    }
    property({ type: Number, attribute: 'item-count', reflect: true })(Element.prototype, 'count');
    state()(Element.prototype, 'open');
    const count = Element.getPropertyOptions('count');
    expect([count.type, count.attribute, count.reflect]).toEqual([Number, 'item-count', true]);
    const open = Element.getPropertyOptions('open');
    expect([open.state, open.attribute]).toEqual([true, false]);
    expect(Object.getOwnPropertyDescriptor(Element.prototype, 'count')?.set).toBeInstanceOf(Function);
  });

  it('refuses an accessor and a standard decorator’s context, which only Lit’s decorators take', () => {
    class Element extends ReactiveElement {
      get value() {
        return 1;
      }
    }
    expect(() => property()(Element.prototype, 'value')).toThrow(/fields only/);
    expect(() => property()(Element.prototype, { kind: 'field', name: 'x' } as never)).toThrow(/fields only/);
  });
});
