export * from './answer.js';
export * from './fake-source.js';
export * from './http-source.js';
export * from './local-archive.js';
export * from './params.js';
export * from './source.js';
export * from './tiles.js';
