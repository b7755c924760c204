import { html, type TemplateResult } from 'lit';
import { fill } from '../core/strings.js';

/**
 * What the element shows in place of the chart: while loading, after a failure (an
 * alert, whose `{error}` is filled in), or with nothing to draw.
 */
export function renderMessage(text: string, error?: string): TemplateResult {
  return error
    ? html`<p class="message error" role="alert">${fill(text, { error })}</p>`
    : html`<p class="message" role="status">${text}</p>`;
}
