// Renders the elements on the server with @lit-labs/ssr, as a page's server would. The
// node tests import `renderScene`; the browser tests get its HTML through the
// `serverRender` command (commands.ts), which runs it in Node.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import type { SourceInfo, TimelineRecord } from '../src/index.js';
import '../src/index.js';
// Every language, as a server that renders pages in several would import them.
import '../src/locales/all.js';

/** What to render: a timeline (of `events`, or of a light-DOM `list`) or a card (of `event`). */
export interface Scene {
  element: 'summit-timeline' | 'summit-event-card';
  events?: readonly unknown[];
  src?: string;
  event?: TimelineRecord;
  sources?: readonly SourceInfo[];
  locale?: string;
  selected?: string;
  /** Items of a light-DOM fallback list. */
  list?: readonly { date: string; kind: string; title: string }[];
}

export function renderScene(scene: Scene): string {
  const { sources = [], src, locale, selected, list } = scene;
  const fallback = list
    ? html`<ol>
        ${list.map((li) => html`<li data-date=${li.date} data-kind=${li.kind}>${li.title}</li>`)}
      </ol>`
    : nothing;
  const template =
    scene.element === 'summit-event-card'
      ? html`<summit-event-card
          .event=${scene.event}
          .sources=${sources}
          locale=${locale ?? nothing}
        ></summit-event-card>`
      : html`<summit-timeline
          .events=${scene.events as TimelineRecord[] | undefined}
          .sources=${sources}
          src=${src ?? nothing}
          locale=${locale ?? nothing}
          selected=${selected ?? nothing}
          >${fallback}</summit-timeline
        >`;
  return collectResultSync(render(template));
}
