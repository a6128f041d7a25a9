/**
 * `receden/testing`: generators for vendors' own test suites — fast-check arbitraries derived from the record
 * tables of every claim kind, whole files of every claim kind and file kind (UKE, HEN, SAH) valid by receden's
 * rules with their model, corruptions that break exactly one rule with the diagnostic receden reports, contract
 * checks of a vendor's reader / writer / resubmission, and the conformance protocol. Pass your own fast-check
 * module; receden does not depend on it, and these types do not need it installed.
 */
import { recordArbitrary as recordArb, fieldArbitrary as fieldArb, valueArbitrary as valueArb, prefixArbitrary as prefixArb } from './testing/arbitraries.js';
import { claimFileArbitrary as claimFileArb, payerOfMix, type GeneratedKind, type PayerMix } from './testing/files.js';
import { generateFile, RETURN_KINDS, returnFileKinds, type GenerateOptions, type GeneratedFile } from './testing/returns.js';
import { KINDS } from './spec/kinds.js';
import { corrupt, CORRUPTIBLE_RULES, type CorruptedFile } from './testing/corrupt.js';
import type { ClaimKind, FieldDef } from './spec/types.js';

/**
 * The part of a fast-check `Arbitrary` receden's types name. Functions returning one take the type you want
 * as a type argument (or from the variable you assign to), so with fast-check installed:
 * `const arb: fc.Arbitrary<string[]> = recordArbitrary(fc, 'SI')` or `recordArbitrary<fc.Arbitrary<string[]>>(fc, 'SI')`.
 */
export interface Arbitrary<T> {
  map<U>(mapper: (t: T) => U): Arbitrary<U>;
  filter(predicate: (t: T) => boolean): Arbitrary<T>;
  chain<U>(f: (t: T) => Arbitrary<U>): Arbitrary<U>;
}

/** The functions of the fast-check module receden uses (pass `fc` itself). */
export interface FastCheckLike {
  integer(constraints?: { min?: number; max?: number }): Arbitrary<number>;
  constant<T>(value: T): Arbitrary<T>;
  constantFrom<T>(...values: T[]): Arbitrary<T>;
  boolean(): Arbitrary<boolean>;
  array<T>(arb: Arbitrary<T>, constraints?: { minLength?: number; maxLength?: number }): Arbitrary<T[]>;
  tuple(...arbs: Arbitrary<unknown>[]): Arbitrary<unknown[]>;
  oneof(...arbs: Arbitrary<unknown>[]): Arbitrary<unknown>;
  record(model: Record<string, Arbitrary<unknown>>): Arbitrary<Record<string, unknown>>;
  date(constraints?: { min?: Date; max?: Date; noInvalidDate?: boolean }): Arbitrary<Date>;
}

type Internal = never;

/** All field values of a record of a kind (医科 by default), `values[0]` = the record id. */
export const recordArbitrary = recordArb as Internal as <A extends Arbitrary<string[]> = Arbitrary<string[]>>(fc: FastCheckLike, id: string, kind?: ClaimKind) => A;
/** A field's value: required fields always have one, 予備 is always empty, others may be empty. */
export const fieldArbitrary = fieldArb as Internal as <A extends Arbitrary<string> = Arbitrary<string>>(fc: FastCheckLike, f: FieldDef) => A;
/** A valid, non-empty value for one field, per its table entry. */
export const valueArbitrary = valueArb as Internal as <A extends Arbitrary<string> = Arbitrary<string>>(fc: FastCheckLike, f: FieldDef) => A;
/** A history prefix (データ識別, 行番号, 枝番号). */
export const prefixArbitrary = prefixArb as Internal as <A extends Arbitrary<[string, string, string]> = Arbitrary<[string, string, string]>>(fc: FastCheckLike) => A;
/** Generated claim files of a kind (1–6 receipts, any seed). */
export const claimFileArbitrary = claimFileArb as Internal as <A extends Arbitrary<Uint8Array> = Arbitrary<Uint8Array>>(fc: FastCheckLike, claimKind?: GeneratedKind) => A;

/** What {@link fileArbitrary} varies: each option a fixed value or a list to draw from. */
export interface FileConstraints {
  readonly claimKind?: GeneratedKind | readonly GeneratedKind[];
  readonly fileKind?: GenerateOptions['fileKind'] | readonly NonNullable<GenerateOptions['fileKind']>[];
  /** Receipts per file. @defaultValue 1–6 */
  readonly receipts?: { readonly min: number; readonly max: number };
  readonly payer?: '1' | '2' | readonly ('1' | '2')[];
  /** The mixes receipts are drawn from (only those of the drawn payer are used). */
  readonly mixes?: readonly PayerMix[];
  readonly returnCategory?: string | readonly string[];
  readonly historyDepth?: { readonly min: number; readonly max: number };
  readonly dates?: 'seireki' | 'wareki' | readonly ('seireki' | 'wareki')[];
  readonly reclaim?: boolean;
}

/**
 * Generated files of every file kind, each with its model, valid by receden's rules (see {@link generateFile}). A SAH
 * of a kind without one online (訪問看護, 労災) is drawn as its HEN, a kind without a 和暦 edition (訪問看護) in 西暦.
 */
export function fileArbitrary<A extends Arbitrary<GeneratedFile> = Arbitrary<GeneratedFile>>(fc: FastCheckLike, c: FileConstraints = {}): A {
  const pick = <T>(v: T | readonly T[] | undefined, all: readonly T[]): Arbitrary<T> => (v === undefined ? fc.constantFrom(...all) : Array.isArray(v) ? fc.constantFrom(...(v as T[])) : fc.constant(v as T));
  const kinds = pick(c.claimKind, ['ika'] as GeneratedKind[]);
  return fc
    .record({
      claimKind: kinds,
      fileKind: pick(c.fileKind, ['UKE'] as const),
      receipts: fc.integer(c.receipts ?? { min: 1, max: 6 }),
      payer: pick(c.payer, ['1'] as const),
      seed: fc.integer(),
      historyDepth: fc.integer(c.historyDepth ?? { min: 1, max: 2 }),
      dates: pick(c.dates, ['seireki'] as const),
      category: pick(c.returnCategory, ['']),
    })
    .map((r) => {
      const o = r as { claimKind: GeneratedKind; fileKind: 'UKE' | 'HEN' | 'SAH'; receipts: number; payer: '1' | '2'; seed: number; historyDepth: number; dates: 'seireki' | 'wareki'; category: string };
      // A SAH of a kind that has none online (訪問看護, 労災): its HEN, with a HEN's 返戻区分.
      const fileKind = o.fileKind === 'SAH' && !returnFileKinds(o.claimKind).includes('SAH') ? 'HEN' : o.fileKind;
      const sah = fileKind === 'SAH';
      const category = o.category && fileKind === o.fileKind ? o.category : sah ? '4' : '1';
      const mixes = c.mixes?.filter((m) => !payerOfMix(m) || payerOfMix(m) === o.payer);
      // A kind without returns gets claims; one without a 和暦 edition (訪問看護) 西暦 dates.
      const returns = RETURN_KINDS.includes(o.claimKind);
      const dates = KINDS[o.claimKind].editions.some((e) => e.dates === 'wareki') ? o.dates : 'seireki';
      return generateFile({ claimKind: o.claimKind, fileKind: returns ? fileKind : 'UKE', receipts: o.receipts, payer: o.claimKind === 'rosai' ? undefined : o.payer, seed: o.seed, historyDepth: o.historyDepth, dates, returnCategory: category, reclaim: returns && c.reclaim, ...(mixes && mixes.length ? { mixes } : {}) });
    }) as Internal as A;
}

/** Corrupted files (one rule broken, with what receden reports), of the given rules (default: every rule). */
export function corruptionArbitrary<A extends Arbitrary<CorruptedFile> = Arbitrary<CorruptedFile>>(fc: FastCheckLike, rules: readonly string[] = CORRUPTIBLE_RULES): A {
  return fc.record({ rule: fc.constantFrom(...rules), seed: fc.integer({ min: 0, max: 1_000_000 }), receipts: fc.integer({ min: 1, max: 3 }) }).map((r) => {
    const o = r as { rule: string; seed: number; receipts: number };
    return corrupt(o.rule, { seed: o.seed, receipts: o.receipts });
  }) as Internal as A;
}

export { KANJI_POOL, ALNUM_POOL } from './testing/arbitraries.js';
export { generateClaimFile, GENERATED_KINDS, PAYER_MIXES, payerOfMix, type GenerateFileOptions, type GeneratedKind, type PayerMix } from './testing/files.js';
export { generateFile, RETURN_KINDS, returnFileKinds, searchNumberMax, type GenerateOptions, type GeneratedFile } from './testing/returns.js';
export { corrupt, corruptionKind, CORRUPTIBLE_RULES, type CorruptedFile, type CorruptOptions, type ExpectedDiagnostic } from './testing/corrupt.js';
export { roundTripContract, resubmissionContract, ContractError, type ContractOptions, type ResubmitCase } from './testing/contracts.js';
export { compareDiagnostics, conformanceDiagnostics, readVendorOutput, formatConformanceDiagnostic, type Comparison, type ConformanceDiagnostic, type CorpusEntry, type CorpusIndex, type Sidecar } from './testing/conformance.js';
export { valuePlan, sample, seeded, type ValuePlan, type Random } from './testing/values.js';
