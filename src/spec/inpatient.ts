/**
 * 入院 / 入院外 of a receipt from its レセプト種別, per kind (KindDef.inpatientOf): functions, not table data, so the
 * full descriptors (src/spec/<kind>/index.ts) and the runtime tables (./tables.ts) take the same ones from here.
 */
import type { ClaimKind } from './types.js';

/**
 * 入院 / 入院外 from a レセプト種別 of the 医科 pattern (別表5: 1 医科, then 医保/公費/後期…, the count,
 * and the patient digit — odd 入院, even 入院外; for 公費 only 1 入院 / 2 入院外), undefined when the code
 * does not say. 歯科 (3xxx) and DPC use the same pattern.
 */
function inpatientOfType(type: string, first = '1'): boolean | undefined {
  if (type.length !== 4 || type[0] !== first || !/^[1-4][1-5]\d$/.test(type.slice(1))) return undefined;
  const d4 = type.charCodeAt(3) - 0x30;
  if (type[1] === '2') return d4 === 1 ? true : d4 === 2 ? false : undefined;
  return d4 % 2 === 1;
}

/** 医科's レセプト種別 (1xxx), which DPC files use too. */
export const inpatientOfIka = (t: string): boolean | undefined => inpatientOfType(t, '1');
export const inpatientOfShika = (t: string): boolean | undefined => inpatientOfType(t, '3');

/** Each kind's `inpatientOf` (kinds whose レセプト種別 does not tell 入院 have none). */
export const INPATIENT_OF: Partial<Record<ClaimKind, (receiptType: string) => boolean | undefined>> = { ika: inpatientOfIka, shika: inpatientOfShika, dpc: inpatientOfIka };
