/**
 * The runtime tables: every claim kind's descriptor as the parser, serializer and validator read it. They are
 * the descriptors of src/spec/<kind>/ without what only documentation reads (記録内容 notes, sources, code
 * meanings outside the repeat-unit tables), generated into ./tables.generated.ts by `npm run tables`
 * (test/scripts/runtime-tables.ts), so that a bundle of the core does not carry them. A test keeps the two in
 * step: after an edit of a table, run `npm run tables`.
 */
import { INPATIENT_OF } from './inpatient.js';
import * as T from './tables.generated.js';
import type { ClaimKind, KindDef } from './types.js';

/** The generated data with the kind's functions (not data, so not generated) put back. */
function withFunctions(k: KindDef): KindDef {
  const inpatientOf = INPATIENT_OF[k.id];
  return inpatientOf ? { ...k, inpatientOf } : k;
}

export const KINDS: Readonly<Record<ClaimKind, KindDef>> = {
  ika: withFunctions(T.IKA),
  shika: withFunctions(T.SHIKA),
  chozai: withFunctions(T.CHOZAI),
  houkan: withFunctions(T.HOUKAN),
  dpc: withFunctions(T.DPC),
  rosai: withFunctions(T.ROSAI),
};
