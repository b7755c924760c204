// Server rendering, as Eleventy, Astro or a plain Node server does it.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { events, sources } from '@summitline/events';
import '@summitline/timeline';
import '@summitline/timeline/locales/fr.js';

const page = html`<summit-timeline .events=${events} .sources=${sources}></summit-timeline>
  <summit-event-card .event=${events[0]} .sources=${sources}></summit-event-card>
  <summit-event-card .event=${events[0]} .sources=${sources} locale="fr"></summit-event-card>`;
process.stdout.write(collectResultSync(render(page)));
