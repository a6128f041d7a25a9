/**
 * `receden/testing`: generators for vendors' own test suites — fast-check arbitraries derived from
 * the record tables of every claim kind, and whole claim files valid by their kind's rules. Pass your
 * own fast-check module; receden does not depend on it at run time.
 */
export { recordArbitrary, fieldArbitrary, valueArbitrary, prefixArbitrary, KANJI_POOL, ALNUM_POOL } from './testing/arbitraries.js';
export { generateClaimFile, claimFileArbitrary, GENERATED_KINDS, type GenerateFileOptions, type GeneratedKind } from './testing/files.js';
export { valuePlan, sample, seeded, type ValuePlan, type Random } from './testing/values.js';
