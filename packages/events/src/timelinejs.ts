import type { DiplomaticEvent, Precision } from './types.js';

/** A date in TimelineJS's JSON format: only the parts the precision allows. */
export interface TimelineJSDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJSSlide {
  unique_id: string;
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJSData {
  title?: { text: { headline: string; text: string } };
  events: TimelineJSSlide[];
}

function part(day: string, precision: Precision): TimelineJSDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day: date };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STATUS_LABEL = { happened: '', planned: 'Planned', postponed: 'Postponed', cancelled: 'Cancelled' } as const;

/**
 * Converts events to TimelineJS's JSON format (one slide per event, grouped by
 * kind). Slide text is HTML, so titles and summaries are escaped. A day range gets
 * an `end_date`; month- and year-precision dates carry only the parts they know.
 */
export function toTimelineJS(
  events: readonly DiplomaticEvent[],
  options: { headline?: string; text?: string } = {},
): TimelineJSData {
  const slides = events.map((event): TimelineJSSlide => {
    const slide: TimelineJSSlide = {
      unique_id: event.id,
      start_date: part(event.start, event.precision),
      text: {
        headline: escapeHtml(event.title),
        text: [STATUS_LABEL[event.status], event.summary]
          .filter(Boolean)
          .map((p) => `<p>${escapeHtml(p as string)}</p>`)
          .join(''),
      },
      group: event.kind,
    };
    const endPart = part(event.end, event.precision);
    const spansMore = event.precision === 'day' ? event.start !== event.end : event.date.includes('/');
    if (spansMore) slide.end_date = endPart;
    return slide;
  });
  const data: TimelineJSData = { events: slides };
  if (options.headline !== undefined) {
    data.title = { text: { headline: escapeHtml(options.headline), text: escapeHtml(options.text ?? '') } };
  }
  return data;
}
