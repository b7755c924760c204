#!/usr/bin/env node
// Builds the article page into build/: the HTML with the events written in as a plain
// list (what readers without JavaScript see, and what search engines index), the
// embed bundle, and the data the timeline loads (records and their sources).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { events, sources } from '@summitline/events';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'build');
const require = createRequire(import.meta.url);

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
function when(event) {
  const start = new Date(`${event.start}T00:00:00Z`);
  const end = new Date(`${event.end}T00:00:00Z`);
  const text =
    event.precision === 'year'
      ? String(start.getUTCFullYear())
      : event.precision === 'month'
        ? monthFormat.formatRange(start, end)
        : dateFormat.formatRange(start, end);
  return event.status === 'happened' ? text : `${event.status}: ${text}`;
}

const list = events
  .map(
    (e) =>
      `        <li data-id="${escape(e.id)}" data-date="${escape(e.date)}" data-kind="${e.kind}" data-status="${e.status}"` +
      ` data-countries="${escape(e.countries.join(' '))}"><time datetime="${escape(e.start)}">${escape(when(e))}</time> — ${escape(e.title)}</li>`,
  )
  .join('\n');

const credits = sources
  .map(
    (s) =>
      `          <li>${escape(s.publisher)}, “${escape(s.headline)}” (${escape(s.published.replace(/[?~]/g, ''))})</li>`,
  )
  .join('\n');

mkdirSync(out, { recursive: true });
const template = readFileSync(join(here, 'index.html'), 'utf8');
writeFileSync(
  join(out, 'index.html'),
  template
    .replace('<!-- events -->', list)
    .replace('<!-- sources -->', credits)
    .replace('<!-- count -->', String(events.length)),
);
writeFileSync(join(out, 'timeline-data.json'), JSON.stringify({ events, sources }));
const bundle = require.resolve('@summitline/timeline/summit-timeline.min.js');
copyFileSync(bundle, join(out, 'summit-timeline.min.js'));
copyFileSync(`${bundle}.map`, join(out, 'summit-timeline.min.js.map'));
copyFileSync(join(here, 'article.css'), join(out, 'article.css'));
console.log(`examples/article: built build/index.html with ${events.length} events`);
