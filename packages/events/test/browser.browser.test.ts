import { describe, expect, it } from 'vitest';
import { events, eventsBetween, eventsInvolving, sources, toTimelineJS } from '../src/index.js';

// Data users bundle the package for the browser: it must need nothing from Node.
describe('@summitline/events in a browser', () => {
  it('loads the records and answers queries', () => {
    expect(events.length).toBeGreaterThan(50);
    expect(sources).toHaveLength(6);
    expect(eventsInvolving('China').length).toBeGreaterThan(0);
    expect(eventsBetween('2024', '2026').length).toBeGreaterThan(0);
  });

  it('gives TimelineJS slides that render as text in the page', () => {
    const slide = toTimelineJS(events).events[0]!;
    const div = document.createElement('div');
    div.innerHTML = slide.text.headline;
    expect(div.textContent).toBe(events[0]!.title);
  });

  it('freezes the records so one reader cannot change them for another', () => {
    expect(() => {
      (events[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(Object.isFrozen(events[0]!.sources[0])).toBe(true);
  });
});
