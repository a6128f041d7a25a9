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

/** The 検索番号 of the history block's first line (its RE or MN), if it starts with one of those. */
export function historySearchNumber(info: ReceiptInfo): { rec: Rec; pos: number; value: string; fromMn: boolean } | undefined {
  const first = historyHead(info);
  if (!first || !first.prefixed) return undefined;
  if (first.id !== 'RE' && first.id !== 'MN') return undefined;
  const pos = keyPos(first, 'searchNumber');
  if (pos === 0) return undefined;
  return { rec: first, pos, value: keyText(first, 'searchNumber'), fromMn: first.id === 'MN' };
}
