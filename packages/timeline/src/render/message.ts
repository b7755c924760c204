import { html } from 'lit';

/** What the element shows in place of the chart: while loading, after a failure (an alert), or with nothing to draw. */
export function renderMessage(text: string, role: 'status' | 'alert' = 'status') {
  return html`<p class=${role === 'alert' ? 'message error' : 'message'} role=${role}>${text}</p>`;
}
