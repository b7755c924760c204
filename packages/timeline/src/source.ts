// `@summitline/timeline/source.js`: the timeline's windowed source mode, for archives too
// large to hold in the page. Importing it lets `<summit-timeline>` take a `source`; it
// exports `HttpSource` (a server speaking the wire format of `@summitline/server`),
// `FakeSource` (records in memory, answered the same way, slow or failing on demand) and
// the `TimelineSource` interface for a source of one's own.
//
//   import { HttpSource } from '@summitline/timeline/source.js';
//   document.querySelector('summit-timeline').source = new HttpSource('https://archive.example/');
import { SourceController } from './controllers/source-controller.js';
import { registerSourceMode } from './controllers/source-mode.js';
import { sourceList } from './render/source-list.js';

registerSourceMode((host) => new SourceController(host), sourceList);

export * from './source/index.js';
