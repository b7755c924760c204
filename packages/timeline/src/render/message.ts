import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../core/strings.js';

/**
 * What the element shows in place of the chart: while loading, after a failure (an
 * alert, whose `{error}` is filled in, and a button to try again if `retry` is given),
 * or with nothing to draw.
 */
export function renderMessage(
  text: string,
  error?: string,
  retry?: [label: string, onRetry: () => void],
): TemplateResult {
  return error
    ? html`<p class="message error">
        <span role="alert">${fill(text, { error })}</span>
        ${retry ? html`<button type="button" part="retry" @click=${retry[1]}>${retry[0]}</button>` : nothing}
      </p>`
    : html`<p class="message" role="status">${text}</p>`;
}
