/**
 * `receden/testing`: generators for vendors' own test suites — fast-check arbitraries derived from
 * the record tables. Pass your own fast-check module; receden does not depend on it at run time.
 */
export { recordArbitrary, fieldArbitrary, valueArbitrary, prefixArbitrary, KANJI_POOL, ALNUM_POOL } from './testing/arbitraries.js';
