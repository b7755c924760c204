// An adopter's React 19 code, type-checked against the packed packages.
import { events, sources, type DiplomaticEvent } from '@summitline/events';
import type { SummitSelectEvent } from '@summitline/timeline';
import type {} from '@summitline/timeline/jsx/react';
import { SummitEventCard, SummitTimeline } from '@summitline/timeline/react';
import { useState } from 'react';

export function Article() {
  const [selected, setSelected] = useState<DiplomaticEvent | undefined>();
  const [range, setRange] = useState('');
  return (
    <main>
      <SummitTimeline
        events={events}
        sources={sources}
        groupBy="kind"
        hashLink
        onSummitSelect={(e: SummitSelectEvent) => setSelected(events.find((d) => d.id === e.detail.id))}
        onSummitRangeChange={(e) => setRange(`${e.detail.start.toISOString()}/${e.detail.end.toISOString()}`)}
        onSummitError={(e) => console.warn(e.detail.problems)}
      />
      <p>{range}</p>
      {selected ? <SummitEventCard event={selected} sources={sources} headingLevel={2} /> : null}
      {/* @ts-expect-error not a grouping */}
      <SummitTimeline groupBy="year" />
      {/* The plain tag, typed by the package's JSX typings. */}
      <summit-timeline
        events={events}
        group-by="country"
        locale="fr"
        onsummit-select={(e: SummitSelectEvent) => console.log(e.detail.event.title)}
      />
      {/* @ts-expect-error not a grouping */}
      <summit-timeline group-by="year" />
    </main>
  );
}
