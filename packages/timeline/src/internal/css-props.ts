import { noChange } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type DirectiveResult,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';

/**
 * Sets style properties through the CSSOM on every render, first one included. Lit's
 * `styleMap` writes a `style` attribute on the first render, which a page with a
 * Content-Security-Policy of `style-src 'self'` blocks; this never does.
 * Use as an element binding: `<li ${cssProps({ 'margin-top': '4px' })}>`.
 */
class CssPropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() goes on an element, not in an attribute');
  }

  render(_props: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssProps: (
  ...values: Parameters<CssPropsDirective['render']>
) => DirectiveResult<typeof CssPropsDirective> = directive(CssPropsDirective);
