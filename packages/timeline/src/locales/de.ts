// The words of <summit-timeline> and <summit-event-card> in German: import this module
// ('@summitline/timeline/locales/de.js') and the elements speak it wherever `locale`, or the
// page's `lang`, asks for it. The one-file embed has every language inside.
import { addTranslation } from '../core/strings.js';

addTranslation('de', [
  'Gipfel', // summit
  'Treffen', // meeting
  'Besuch', // visit
  'Telefonat', // call
  'Militärparade', // parade
  'Abkommen', // agreement
  'Erklärung', // statement
  'Militär', // military
  'Gesetzgebung', // legislation
  'Amtseinführung', // inauguration
  'Sonstiges', // other
  'geplant', // planned
  'verschoben', // postponed
  'abgesagt', // cancelled
  'Ereignisse werden geladen …', // loading
  'Keine Ereignisse vorhanden.', // empty
  'Die Zeitleiste kann nicht angezeigt werden: {error}', // failed
  'Erneut versuchen', // retry
  'Zeitleiste der Ereignisse', // label
  'Zeitleiste', // timeline
  { one: '{count} Ereignis', other: '{count} Ereignisse' }, // events
  '{label}: {events}, sichtbarer Zeitraum {range}', // chart
  'Sichtbarer Zeitraum: {range}', // showing
  'Ereignisarten', // legend
  '{kind}, {date}: {title}', // item
  '{events}, {span}', // cluster
  '{status}: {date}', // status
  'ca. {date}', // approximate
  '{date}?', // uncertain
  'Vergrößern', // zoomIn
  'Verkleinern', // zoomOut
  'Alles anzeigen', // fit
  'Schließen', // close
  '{key} + Mausrad zum Zoomen', // hint
  'Strg', // ctrl
  'Mehr anzeigen (noch {count})', // more
  'Übersicht über den gesamten Zeitraum', // overview
  'Wer', // who
  'Wo', // where
  'Bild herunterladen', // download
  'SVG-Bild herunterladen', // downloadSvg
  'Quelle: {names}', // source
  'Grafik: summitline', // chartBy
]);
