// The article page, rendered on the server: plain HTML around the timeline, which
// @lit-labs/ssr renders into a declarative shadow root (the chronological list of every
// event, what a phone shows and what readers without JavaScript keep).
import { render } from '@lit-labs/ssr';
import { html } from 'lit';
// Registers <summit-timeline> and <summit-event-card>; Lit's Node build gives them the
// DOM shim they need to be defined and rendered here.
import '@summitline/timeline';
import { events, sources } from '@summitline/events';

/** JSON that is safe inside a <script> element. */
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The page, as strings and the timeline's render result, in order: write each to the
 * response as it comes (see server.mjs), or collect them (`collectResultSync`).
 */
export function* renderPage() {
  yield `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>How Beijing courted Washington’s allies, 2023–2026</title>
    <link rel="stylesheet" href="/page.css" />
    <link rel="icon" href="data:," />
    <!-- Hydrate support, then the elements: see client.mjs. -->
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    <main>
      <article>
        <h1>How Beijing courted Washington’s allies, 2023–2026</h1>
        <p class="standfirst">
          Summits, state visits, phone calls and a parade: ${events.length} events of three years of diplomatic
          calendar, each dated against the article that reported it.
        </p>
        <figure>
          <figcaption><h2 id="timeline-title">The diplomatic calendar, event by event</h2></figcaption>
`;
  // The server has no width and cannot read the page's language: it renders the list, in
  // the words of `locale` (else British English). The browser draws the chart once it runs.
  yield* render(
    html`<summit-timeline
      .events=${events}
      .sources=${sources}
      locale="en-GB"
      label="Diplomatic events, 2023–2026"
    ></summit-timeline>`,
  );
  yield `
        </figure>
        <h2>Sources</h2>
        <ul class="sources">
${sources.map((s) => `          <li>${escape(s.publisher)}, “${escape(s.headline)}”</li>`).join('\n')}
        </ul>
      </article>
    </main>
    <!-- The records the server rendered: the browser must hydrate with the same ones. -->
    <script type="application/json" id="timeline-data">${json({ events, sources })}</script>
  </body>
</html>
`;
}

function escape(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}
