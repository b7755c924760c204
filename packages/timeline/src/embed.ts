// The single-file embed: `<script type="module" src="summit-timeline.min.js">` (or a
// classic `<script>`; the bundle is an IIFE) registers <summit-timeline> and
// <summit-event-card>, with the words of every language they speak. Lit and the d3
// modules are inside; no data is.
import './locales/all.js';

export * from './index.js';
