/** `receden/node`: Node adapters (files, streams). */
export * from './node/index.js';
export * from './node/stream.js';
