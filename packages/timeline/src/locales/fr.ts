// The words of <summit-timeline> and <summit-event-card> in French: import this module
// ('@summitline/timeline/locales/fr.js') and the elements speak it wherever `locale`, or the
// page's `lang`, asks for it. The one-file embed has every language inside.
import { addTranslation } from '../core/strings.js';

addTranslation('fr', [
  'Sommet', // summit
  'Rencontre', // meeting
  'Visite', // visit
  'Appel téléphonique', // call
  'Défilé', // parade
  'Accord', // agreement
  'Déclaration', // statement
  'Militaire', // military
  'Législation', // legislation
  'Investiture', // inauguration
  'Autre', // other
  'prévu', // planned
  'reporté', // postponed
  'annulé', // cancelled
  'Chargement des événements…', // loading
  'Aucun événement à afficher.', // empty
  'Impossible d’afficher la chronologie\u00a0: {error}', // failed
  'Réessayer', // retry
  'Chronologie des événements', // label
  'chronologie', // timeline
  { one: '{count} événement', other: '{count} événements' }, // events
  '{label} ({events}), période affichée\u00a0: {range}', // chart
  'Période affichée\u00a0: {range}', // showing
  'Types d’événement', // legend
  '{kind}, {date}\u00a0: {title}', // item
  '{events}, {span}', // cluster
  '{status}\u00a0: {date}', // status
  'vers {date}', // approximate
  '{date}\u202f?', // uncertain
  'Zoom avant', // zoomIn
  'Zoom arrière', // zoomOut
  'Tout afficher', // fit
  'Fermer', // close
  '{key} + molette pour zoomer', // hint
  'Ctrl', // ctrl
  'Afficher plus (encore {count})', // more
  'Vue d’ensemble de toute la période', // overview
  'Qui', // who
  'Où', // where
  'Télécharger l’image', // download
  'Télécharger l’image SVG', // downloadSvg
  'Source\u00a0: {names}', // source
  'Graphique\u00a0: summitline', // chartBy
]);
