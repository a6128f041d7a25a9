/** The payer mix a レセプト種別 states, for the kinds whose codes follow the 医科 別表5 pattern. */
import type { KindDef } from '../../spec/types.js';

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
