/** 検索番号 helpers shared by return/ and resubmit/ rules. */
import type { Rec } from '../../model/record.js';
import { fieldText, posOf } from '../engine/read.js';
import type { ReceiptInfo } from '../types.js';

export const RE_SEARCH = posOf('RE', 'searchNumber');
export const HR_SEARCH = posOf('HR', 'searchNumber');
export const MN_SEARCH = posOf('MN', 'searchNumber');

/** 17–30 digits. */
export function validSearchNumber(s: string): boolean {
  return /^\d{17,30}$/.test(s);
}

/** The 検索番号 of the history block's first line (RE field 19 or MN field 4), if it starts with one of those. */
export function historySearchNumber(info: ReceiptInfo): { rec: Rec; pos: number; value: string; fromMn: boolean } | undefined {
  const first = info.history[0];
  if (!first || !first.prefixed) return undefined;
  if (first.id === 'RE') return { rec: first, pos: RE_SEARCH, value: fieldText(first, RE_SEARCH), fromMn: false };
  if (first.id === 'MN') return { rec: first, pos: MN_SEARCH, value: fieldText(first, MN_SEARCH), fromMn: true };
  return undefined;
}
