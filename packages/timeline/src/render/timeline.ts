import { html, nothing, type TemplateResult } from 'lit';
import type { NavigationController } from '../controllers/navigation-controller.js';
import type { Frame } from '../controllers/pipeline.js';
import type { RecordsState } from '../controllers/records-controller.js';
import { sourceLister } from '../controllers/source-mode.js';
import { hintText } from '../controllers/hint-controller.js';
import type { ZoomController } from '../controllers/zoom-controller.js';
import { NARROW_BREAKPOINT_PX } from '../core/defaults.js';
import { toggleKind } from '../core/rows.js';
import type { Strings } from '../core/strings.js';
import type { SummitTimelineProperties } from '../summit-timeline-properties.js';
import { renderCard } from './card.js';
import { renderChart, renderControls } from './chart.js';
import type { ExportHost } from './export.js';
import { renderLegend } from './legend.js';
import { renderMessage } from './message.js';
import { renderPhoneList } from './phone-list.js';

/** What `<summit-timeline>` draws from: its properties and methods, the last update's records and frame, and its controllers' state. */
export interface TimelineScreen {
  host: SummitTimelineProperties & ExportHost & { download: boolean; fit(): void; reload(): void };
  /** The server's render, or the update that hydrates it: no width, the list a phone shows. */
  server: boolean;
  drawn: RecordsState;
  frame: Frame;
  width: number;
  locale: string;
  strings: Strings;
  zoom: ZoomController;
  nav: NavigationController;
  hint: boolean;
  announcement: string;
  listCount: number;
  onMore(): void;
}

/**
 * The timeline's shadow DOM: a message while loading, after a failure or with nothing
 * to draw; else the legend and controls, the chart (the phone list below the narrow
 * breakpoint, and on the server), the selected event's card and the live region.
 */
export function renderTimeline(o: TimelineScreen): TemplateResult {
  const { host, server, frame, width, locale, strings, zoom, nav } = o;
  const { loading, error } = o.drawn;
  const { view, arranged, kinds } = frame;
  const { items, byId } = arranged.loaded;
  if (loading || ((items.length || arranged.loaded.source) && !width && !server)) return renderMessage(strings.loading);
  if (error) return renderMessage(strings.failed, error, [strings.retry, () => host.reload()]);
  if (!(view || (server && items.length))) return renderMessage(strings.empty);
  // The server knows no width: it renders what a phone shows.
  const narrow = server || !view || width < NARROW_BREAKPOINT_PX;
  const { counts, active, shown } = arranged;
  // A source's answer on a phone (only there: the chart's frames never make it): its events, and entries for its
  // bins, which the zoom buttons and these narrow.
  const listed =
    narrow && arranged.loaded.source
      ? sourceLister()?.(arranged.rows, locale, strings, (window) => zoom.show(window, false))
      : undefined;
  const { selected } = host;
  const card = selected ? byId.get(selected) : undefined;
  const words = { locale, strings, kinds, label: host.label ?? strings.label };
  return html`
    <div class="top">
      ${renderLegend(counts, active, (kind) => (host.kinds = toggleKind(host.kinds, kind, counts)), kinds, strings)}
      ${renderControls(zoom, host, narrow && !listed, strings)}
    </div>
    ${
      narrow || !view
        ? renderPhoneList({
            items: listed?.items ?? shown,
            entries: listed?.entries,
            count: o.listCount,
            selected,
            ...words,
            onToggle: (id) => nav.select(id === selected ? undefined : id),
            onMore: o.onMore,
          })
        : renderChart({
            view,
            arranged,
            ...words,
            groupBy: host.groupBy,
            selected,
            hint: o.hint ? hintText(strings) : undefined,
            onKeyDown: nav.onKeyDown,
            onFocus: nav.onFocus,
            onClick: nav.onClick,
            onWindow: (window) => zoom.show(window, false),
          })
    }
    ${card ? renderCard(card, { sources: host.sources, locale, theme: host.theme, strings, kinds, onClose: nav.closeCard }) : nothing}
    <div class="visually-hidden" role="status" aria-live="polite">${o.announcement}</div>
  `;
}
