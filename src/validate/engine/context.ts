/**
 * The receipt facts that apply to one record of a receipt: its 診療年月, 入院 / 入院外 and 保険種別. They are the
 * RE's, except inside a block whose records open receipts of their own (医科 臓器提供者レセプト: each TR has its
 * 診療年月 and 臓器提供者レセプト種別, see {@link BlockDef.receipt}). Computed once per receipt, on first use.
 */
import { readSpecDate } from '../../codec/dates.js';
import type { Rec } from '../../model/record.js';
import { codeTable } from '../../spec/registry.js';
import type { KindDef } from '../../spec/types.js';
import type { ReceiptInfo } from '../types.js';
import { keyPos, keyText } from './read.js';

export interface RecordContext {
  /** 診療年月 as 西暦 YYYYMM (a 和暦 GYYMM of older editions converted), '' when it cannot be read. */
  readonly month: string;
  /** 入院 (true), 入院外 (false) or unknown. */
  readonly inpatient: boolean | undefined;
  /**
   * 保険種別 of a 医科-pattern レセプト種別 (its second digit: 1 医保, 2 公費, 3 後期高齢者, 4 退職者), '' when the kind's
   * types do not follow the pattern. A donor receipt is claimed under the recipient's: the RE's.
   */
  readonly insurance: string;
  /** The record belongs to a receipt opened inside a block (a donor receipt). */
  readonly donor: boolean;
}

interface Contexts {
  readonly main: RecordContext;
  /** Line indexes of the block records that open a receipt, ascending, and their contexts. */
  readonly starts: readonly number[];
  readonly donors: readonly RecordContext[];
}

const SEIREKI_MONTH = /^(19|20)\d\d(0[1-9]|1[0-2])$/;

/** A 診療年月 value as 西暦 YYYYMM, '' when it is not a month. */
export function westernMonth(v: string): string {
  if (SEIREKI_MONTH.test(v)) return v;
  if (v.length !== 5) return '';
  const d = readSpecDate(v);
  return d && d.precision === 'month' ? d.iso.slice(0, 4) + d.iso.slice(5, 7) : '';
}

const cache = new WeakMap<ReceiptInfo, Contexts>();

function build(info: ReceiptInfo, kind: KindDef | undefined): Contexts {
  const type = info.receiptType;
  const pattern = kind?.receiptTypeDigit;
  const insurance = pattern !== undefined && type.length === 4 && type[0] === pattern ? type[1]! : '';
  const main: RecordContext = { month: westernMonth(keyText(info.re, 'serviceMonth')), inpatient: info.inpatient, insurance, donor: false };
  const block = kind?.structure.blocks?.find((b) => b.receipt !== undefined);
  const starts: number[] = [];
  const donors: RecordContext[] = [];
  if (block?.receipt) {
    const { record, month, type: typeKey } = block.receipt;
    const claim = info.claim;
    for (let i = 0; i < claim.length; i++) {
      const r = claim[i]!;
      if (r.id !== record) continue;
      const t = keyText(r, typeKey);
      const def = r.def;
      const table = def ? def.fields[keyPos(r, typeKey) - 1]?.table : undefined;
      const setting = table ? codeTable(table)?.conditions?.[t]?.setting : undefined;
      starts.push(r.index);
      donors.push({ month: westernMonth(keyText(r, month)), inpatient: setting === undefined ? undefined : setting === 'inpatient', insurance, donor: true });
    }
  }
  return { main, starts, donors };
}

/** The context of a claim record of `info` (records of the history block: the RE's). */
export function contextOf(rec: Rec, info: ReceiptInfo, kind: KindDef | undefined): RecordContext {
  let c = cache.get(info);
  if (!c) {
    c = build(info, kind);
    cache.set(info, c);
  }
  const s = c.starts;
  if (s.length === 0 || rec.prefixed || rec.index < s[0]!) return c.main;
  let k = s.length - 1;
  while (k > 0 && s[k]! > rec.index) k--;
  return c.donors[k]!;
}

/** The context of the receipt itself (the RE's). */
export function receiptContext(info: ReceiptInfo, kind: KindDef | undefined): RecordContext {
  let c = cache.get(info);
  if (!c) {
    c = build(info, kind);
    cache.set(info, c);
  }
  return c.main;
}
