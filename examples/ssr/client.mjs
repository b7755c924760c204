// In the browser. Lit's hydrate support must run before Lit itself: it is imported first,
// and the elements only once the timeline has the records the server rendered, so that
// its first update renders the same list (Lit hydration requires it) and takes the
// server's HTML over instead of rendering it again. The chart follows once the timeline
// knows its width.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

const { events, sources } = JSON.parse(document.getElementById('timeline-data').textContent);
const timeline = document.querySelector('summit-timeline');
timeline.events = events;
timeline.sources = sources;
timeline.addEventListener('summit-error', (e) => console.error(e.detail.problems));

await import('@summitline/timeline');
