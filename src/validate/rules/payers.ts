/** The payer mix a レセプト種別 states, for the kinds whose codes follow the 医科 別表5 pattern. */
import type { Rec } from '../../model/record.js';
import { codeTable, fieldIndex } from '../../spec/registry.js';
import type { KindDef, RecordDef } from '../../spec/types.js';
import { fieldText } from '../engine/read.js';
import type { ReceiptInfo } from '../types.js';

export interface PayerMix {
  /** 2桁目: 1 医保・国保, 2 公費, 3 後期高齢者, 4 退職者. */
  readonly insurance: string;
  /** A 公費-only receipt (2桁目 2). */
  readonly publicOnly: boolean;
  /** 3桁目: 併用の数 (医保+n種 → n+1; 公費n種 → n). */
  readonly n: number;
}

const patterns = new Map<string, RegExp>();

/**
 * The payer mix of a レセプト種別 in a kind whose codes follow the 医科 pattern (医科, DPC 1xxx, 歯科 3xxx,
 * 調剤 4xxx: `receiptTypeDigit`); undefined for another kind or a code outside the pattern.
 */
export function payerMix(type: string, kind: KindDef | undefined): PayerMix | undefined {
  const d = kind?.receiptTypeDigit;
  if (!d) return undefined;
  let re = patterns.get(d);
  if (!re) patterns.set(d, (re = new RegExp(`^${d}[1-4][1-5]\\d$`)));
  if (!re.test(type)) return undefined;
  return { insurance: type[1]!, publicOnly: type[1] === '2', n: Number(type[2]) };
}

// ---- the payers of a receipt and of a 負担区分 ----
/**
 * The payers a receipt's 請求データ has, as 負担者種別 digits (別表28, the encoding of
 * {@link CodeTable.payers}): `1` when it has an HO (医保), then `2`… for its KO records in order
 * (公費①…④). `'123'`: 医保 and two 公費.
 */
export function receiptPayers(info: ReceiptInfo): string {
  let s = info.ho.length > 0 ? '1' : '';
  for (let i = 0; i < info.ko.length && i < 4; i++) s += String(i + 2);
  return s;
}

/** The name of a payer digit (別表28): 医保, 公費①…④. */
export function payerName(digit: string): string {
  return digit === '1' ? '医保' : `公費${'①②③④'[Number(digit) - 2] ?? digit}`;
}

const burdenCache = new WeakMap<RecordDef, { pos: number; payers: Readonly<Record<string, string>> } | null>();

/**
 * Where a record has a 負担区分 whose table is a payer matrix (医科 別表21 and its copies): its position
 * and the matrix. Null for records without one (CO's 負担区分 is matrixed too).
 */
export function burdenField(def: RecordDef): { pos: number; payers: Readonly<Record<string, string>> } | null {
  let b = burdenCache.get(def);
  if (b === undefined) {
    const i = fieldIndex(def).byKey.get('burdenCategory');
    const t = i === undefined ? undefined : def.fields[i]!.table;
    const payers = t ? codeTable(t)?.payers : undefined;
    b = i !== undefined && payers ? { pos: i + 1, payers } : null;
    burdenCache.set(def, b);
  }
  return b;
}

/** The payer slots named by a record's 負担区分 (undefined when it has none, or the code is not in the matrix). */
export function burdenOf(rec: Rec): string | undefined {
  const b = rec.def ? burdenField(rec.def) : null;
  if (!b) return undefined;
  return b.payers[fieldText(rec, b.pos)];
}
