/**
 * 保険者番号 / 公費負担者番号 check digit (claim-records.md §3.11, [M], quoting the MHLW 設定要領):
 * weights 2, 1, 2, 1 … from the rightmost digit of the body; products ≥ 10 fold to their digit sum;
 * check = (10 − Σ mod 10) mod 10.
 */
import type { Severity } from '../../../diagnostics/index.js';
import { keyRef, keySpan, keyText } from '../../engine/read.js';
import type { StreamRule } from '../../types.js';
import { defineRule } from '../define.js';

export function checkDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const w = (body.length - 1 - i) % 2 === 0 ? 2 : 1;
    let p = (body.charCodeAt(i) - 0x30) * w;
    if (p >= 10) p = Math.floor(p / 10) + (p % 10);
    sum += p;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of a number is its check digit. */
export function checkDigitOk(n: string): boolean {
  return checkDigit(n.slice(0, -1)) === n.charCodeAt(n.length - 1) - 0x30;
}

/** Which number a check-digit rule reads: a field of one record type, by key. */
export interface CheckedNumber {
  readonly record: 'HO' | 'KO';
  readonly key: string;
  /** The values the rule checks (others are the shape rule's business); the number is the value trimmed. */
  readonly shape: RegExp;
  /** A severity below the rule's for some numbers (e.g. 6-digit 国保 numbers, where the algorithm is inferred). */
  readonly severity?: (n: string) => Severity | undefined;
}

/** A record rule checking the check digit of a number: the rule's metadata plus what it reads. */
export function defineCheckDigitRule(meta: Omit<StreamRule, 'scope' | 'records' | 'record'>, what: CheckedNumber): StreamRule {
  const rule: StreamRule = defineRule({
    ...meta,
    scope: 'record',
    records: [what.record],
    record(rec, _info, ctx) {
      if (rec.prefixed) return;
      const v = keyText(rec, what.key);
      if (!what.shape.test(v)) return;
      const n = v.trim();
      if (checkDigitOk(n)) return;
      const want = checkDigit(n.slice(0, -1));
      ctx.report(rule, {
        rec,
        field: keyRef(rec, what.key),
        at: keySpan(rec, what.key),
        length: 8,
        expected: `check digit ${want}`,
        found: `check digit ${n[n.length - 1]}`,
        params: { value: v, want },
        severity: what.severity?.(n),
      });
    },
  });
  return rule;
}
