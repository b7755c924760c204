#!/usr/bin/env node
// Prints the dataset at a glance: events per kind and per year, then the events
// involving one country or person (default: China).
//
//   node examples/data-node/summary.mjs [country-or-name]
//   node examples/data-node/summary.mjs JPN
//   node examples/data-node/summary.mjs "Antony Blinken"
import { EVENT_KINDS, countryNames, events, eventsInvolving, eventsOfKind, sources } from '@summitline/events';

const who = process.argv[2] ?? 'China';

function table(rows) {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, count] of rows)
    console.log(`  ${label.padEnd(width)}  ${String(count).padStart(3)}  ${'■'.repeat(count)}`);
}

console.log(`@summitline/events: ${events.length} events from ${sources.length} articles\n`);

console.log('Events per kind');
table(EVENT_KINDS.map((kind) => [kind, eventsOfKind(kind).length]).filter(([, n]) => n > 0));

console.log('\nEvents per year');
const years = new Map();
for (const event of events) years.set(event.start.slice(0, 4), (years.get(event.start.slice(0, 4)) ?? 0) + 1);
table([...years].sort(([a], [b]) => a.localeCompare(b)));

const involving = eventsInvolving(who);
const label = countryNames[who.toUpperCase()] ?? who;
console.log(`\nEvents involving ${label}: ${involving.length}`);
for (const event of involving) {
  const status = event.status === 'happened' ? '' : ` (${event.status})`;
  console.log(`  ${event.date.padEnd(22)} ${event.kind.padEnd(12)} ${event.title}${status}`);
}
