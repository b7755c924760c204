// `summit-timeline-source.min.js`: the single-file embed with the windowed source mode
// inside (`@summitline/timeline/source.js`). A classic `<script>` registers the elements
// and gives the page `summitline.HttpSource`:
//
//   timeline.source = new summitline.HttpSource('https://archive.example/');
export * from './embed.js';
export * from './source.js';
