// React 17 and later: the components of `@summitline/timeline/react` (made with
// `@lit/react`), which set every prop as a property and give `onSummitSelect` and the
// other event props the elements' typed events.
import { useState } from 'react';
import type { TimelineRecord } from '@summitline/timeline';
import { SummitEventCard, SummitTimeline } from '@summitline/timeline/react';

const events: TimelineRecord[] = [
  { id: 'sco-2025', title: 'SCO summit in Tianjin', kind: 'summit', date: '2025-08-31/2025-09-01' },
  { id: 'parade-2025', title: 'Victory Day parade in Beijing', kind: 'parade', date: '2025-09-03' },
];

export function ArticleTimeline() {
  const [selected, setSelected] = useState<TimelineRecord>();
  return (
    <>
      <SummitTimeline
        events={events}
        groupBy="kind"
        label="How Beijing courted Washington's allies"
        hashLink
        onSummitSelect={(e) => setSelected(e.detail.event)}
        onSummitRangeChange={(e) => console.log(e.detail.start, e.detail.end)}
        onSummitError={(e) => console.table(e.detail.problems)}
      />
      {selected && <SummitEventCard event={selected} headingLevel={2} />}
    </>
  );
}
