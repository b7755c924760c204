/** @jsxImportSource vue */
// Vue: the elements as plain tags, here in TSX (templates get the same checks, see
// the docs page). Vue sets `events` as a property; `onSummitSelect` (`@summit-select`
// in a template) listens for `summit-select`.
import { defineComponent, ref } from 'vue';
import '@summitline/timeline';
import type { TimelineRecord } from '@summitline/timeline';
import type {} from '@summitline/timeline/jsx/vue';

const events: TimelineRecord[] = [
  { id: 'sco-2025', title: 'SCO summit in Tianjin', kind: 'summit', date: '2025-08-31/2025-09-01' },
  { id: 'parade-2025', title: 'Victory Day parade in Beijing', kind: 'parade', date: '2025-09-03' },
];

export const ArticleTimeline = defineComponent(() => {
  const selected = ref<TimelineRecord>();
  return () => (
    <>
      <summit-timeline
        events={events}
        group-by="kind"
        label="How Beijing courted Washington's allies"
        hash-link
        onSummitSelect={(e) => (selected.value = e.detail.event)}
        onSummitRangechange={(e) => console.log(e.detail.start, e.detail.end)}
        onSummitError={(e) => console.table(e.detail.problems)}
      />
      {selected.value && <summit-event-card event={selected.value} heading-level={2} />}
    </>
  );
});
