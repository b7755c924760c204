import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { events, sources } from './support.js';

const publisher = new Map(sources.map((s) => [s.id, s]));
const searchText = new Map(
  events.map((e) => [
    e.id,
    [e.title, e.kind, e.date, e.countries.join(' '), e.participants.map((p) => p.name).join(' '), e.summary ?? '']
      .join(' ')
      .toLowerCase(),
  ]),
);

function table(query: string) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = events.filter((e) => words.every((w) => searchText.get(e.id)!.includes(w)));
  return html`
    <p class="count" role="status">${rows.length} of ${events.length} events</p>
    <table>
      <thead>
        <tr>
          <th scope="col">Date (EDTF)</th>
          <th scope="col">Kind</th>
          <th scope="col">Event</th>
          <th scope="col">Countries</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (e) =>
            html`<tr>
              <td><code>${e.date}</code></td>
              <td>${e.kind}</td>
              <td><strong>${e.title}</strong><br /><small>${e.dateBasis}</small></td>
              <td>${e.countries.join(', ')}</td>
              <td>
                ${e.sources.map((s) => {
                  const source = publisher.get(s.source);
                  return html`<div>${source?.publisher ?? s.source}: “${s.quote}”</div>`;
                })}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}

const meta = {
  title: 'Data/Every event',
  parameters: { layout: 'fullscreen', docs: { source: { code: null } } },
  tags: ['!autodocs'],
  render: () => {
    const root = document.createElement('div');
    root.className = 'event-table';
    root.style.cssText = 'font: 14px/1.4 system-ui, sans-serif; padding: 1rem';
    const results = document.createElement('div');
    const update = (query: string) => render(table(query), results);
    render(
      html`<style>
          .event-table table {
            border-collapse: collapse;
            width: 100%;
          }
          .event-table th,
          .event-table td {
            text-align: start;
            vertical-align: top;
            padding: 0.4rem;
            border-bottom: 1px solid #ddd;
          }
          .event-table small {
            color: #555;
          }
          .event-table input {
            font: inherit;
            padding: 0.3rem 0.5rem;
            width: min(24rem, 100%);
          }
        </style>
        <label
          >Search the events <input type="search" @input=${(e: Event) => update((e.target as HTMLInputElement).value)}
        /></label>`,
      root,
    );
    root.append(results);
    update('');
    return root;
  },
} satisfies Meta;

export default meta;

/** Every record of `@summitline/events` with its date, kind, countries and the quotes it rests on; type to filter. */
export const EveryEvent: StoryObj = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('tbody tr').length).toBe(events.length);
    const input = canvasElement.querySelector('input')!;
    input.value = 'parade beijing';
    input.dispatchEvent(new Event('input'));
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('tbody tr').length).toBe(
        events.filter((e) => searchText.get(e.id)!.includes('parade') && searchText.get(e.id)!.includes('beijing'))
          .length,
      ),
    );
    const parade = events.find((e) => e.id === 'beijing-victory-day-parade-2025')!;
    await expect(canvasElement.querySelector('tbody')!.textContent).toContain(parade.title);
  },
};
