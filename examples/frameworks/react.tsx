// React 19: the elements as plain tags. Props that are the element's properties
// (`events`) are set as properties; `onsummit-select` listens for `summit-select`.
import { useState } from 'react';
import '@summitline/timeline';
import type { TimelineRecord } from '@summitline/timeline';
import type {} from '@summitline/timeline/jsx/react';

const events: TimelineRecord[] = [
  { id: 'sco-2025', title: 'SCO summit in Tianjin', kind: 'summit', date: '2025-08-31/2025-09-01' },
  { id: 'parade-2025', title: 'Victory Day parade in Beijing', kind: 'parade', date: '2025-09-03' },
];

export function ArticleTimeline() {
  const [selected, setSelected] = useState<TimelineRecord>();
  return (
    <>
      <summit-timeline
        events={events}
        group-by="kind"
        label="How Beijing courted Washington's allies"
        hash-link
        onsummit-select={(e) => setSelected(e.detail.event)}
        onsummit-rangechange={(e) => console.log(e.detail.start, e.detail.end)}
        onsummit-error={(e) => console.table(e.detail.problems)}
      />
      {selected && <summit-event-card event={selected} heading-level={2} />}
    </>
  );
}
