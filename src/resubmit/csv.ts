/**
 * The CSV libraries, in one module that the build makes a chunk of its own (tsup.config.ts): their browser builds
 * carry a Buffer polyfill whose top-level code a bundler must keep wherever it sits, so it sits where only the
 * CSV readers and writers (corrections file, reason lists) take it from.
 */
export { parse as parseCsv } from 'csv-parse/browser/esm/sync';
export { stringify } from 'csv-stringify/browser/esm/sync';
