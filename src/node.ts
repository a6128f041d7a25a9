/** `receden/node`: Node adapters (files, streams). */
export * from './node/index.js';
export * from './node/stream.js';
export { writeAtomic, writeAllAtomic, resolveTarget, removeStaleTemps, removePendingTempsSync, WriteError, type WriteTarget, type WriteData, type SyncProducer } from './node/write.js';
