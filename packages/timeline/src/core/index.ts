export * from './edtf.js';
export * from './format.js';
export * from './kinds.js';
export * from './layout.js';
export * from './normalize.js';
export * from './scale.js';
export * from './ticks.js';
export * from './visible.js';
