/** 検索番号 helpers shared by return/ and resubmit/ rules (the field is found by key: RE 19 in 医科, 20 in 歯科 …). */
import type { Rec } from '../../model/record.js';
import { keyPos, keyText } from '../engine/read.js';
import type { ReceiptInfo } from '../types.js';

/** 17–30 digits. */
export function validSearchNumber(s: string): boolean {
  return /^\d{17,30}$/.test(s);
}

/** The history block's first line, past the record that heads each receipt (歯科 IR). */
export function historyHead(info: ReceiptInfo): Rec | undefined {
  const h = info.history;
  const head = info.receipt.claim[0];
  return h.length > 1 && h[0]!.prefixed && head !== undefined && head.id !== 'RE' && h[0]!.id === head.id ? h[1] : h[0];
}

/**
 * The MN that closes a history block after its RC (…, RC, MN): the order of an insurer-side real file, where MN
 * is the last record of each receipt (return-files.md §2.9; issue 9 §4). Undefined in the order ORCA expects
 * (MN, when present, first and RC last).
 */
export function trailingMn(info: ReceiptInfo): Rec | undefined {
  const h = info.history;
  if (h.length < 2) return undefined;
  const last = h[h.length - 1]!;
  const before = h[h.length - 2]!;
  return last.prefixed && last.id === 'MN' && before.prefixed && before.id === 'RC' ? last : undefined;
}

/** The receipt's closing RC: the last history line, or the one before a trailing MN. */
export function closingRc(info: ReceiptInfo): Rec | undefined {
  const h = info.history;
  const last = trailingMn(info) ? h[h.length - 2] : h[h.length - 1];
  return last && last.prefixed && last.id === 'RC' ? last : undefined;
}

/** A history line that carries the receipt's 検索番号. */
export interface HistorySearchNumber {
  readonly rec: Rec;
  /** 1-based 項目 position of 検索番号 in it. */
  readonly pos: number;
  readonly value: string;
  /** An MN (field 4), not an RE. */
  readonly fromMn: boolean;
  /**
   * The MN after the closing RC. That such an MN holds the receipt's own 検索番号 is inferred from one
   * insurer-side file [INF]: a mismatch there is a warning, where one on the first line (ORCA 21200) is an error.
   */
  readonly trailing: boolean;
}

function carried(rec: Rec, trailing: boolean): HistorySearchNumber | undefined {
  const pos = keyPos(rec, 'searchNumber');
  if (pos === 0) return undefined;
  return { rec, pos, value: keyText(rec, 'searchNumber'), fromMn: rec.id === 'MN', trailing };
}

/**
 * The history lines that carry the 検索番号 to compare with RE's: the block's first line when it is a
 * prefixed RE or MN (ORCA's order), and an MN after the closing RC (the insurer-side order). Either, both or none.
 */
export function historySearchNumbers(info: ReceiptInfo): HistorySearchNumber[] {
  const out: HistorySearchNumber[] = [];
  const first = historyHead(info);
  if (first && first.prefixed && (first.id === 'RE' || first.id === 'MN')) {
    const c = carried(first, false);
    if (c) out.push(c);
  }
  const mn = trailingMn(info);
  if (mn && mn !== first) {
    const c = carried(mn, true);
    if (c) out.push(c);
  }
  return out;
}
