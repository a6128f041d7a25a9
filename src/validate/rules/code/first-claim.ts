import { CLAIM_PRESETS, defineFieldRule } from '../define.js';
import { codesOf } from './codes.js';

export const codeFirstClaim = defineFieldRule({
  id: 'code/first-claim',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'field',
  history: false,
  applies: (f) => f.table !== undefined && (f.table.firstClaimOnly !== undefined || f.table.never !== undefined) && f.pos > 1,
  check(v, ctx) {
    const found = codesOf(v);
    if (found === undefined) return;
    if (typeof found === 'string' && v.spec.table!.never?.has(found) !== true && v.spec.table!.firstClaimOnly?.has(found) !== true) return; // the common case: one listed code, nothing allocated
    const codes = typeof found === 'string' ? [found] : found;
    const t = v.spec.table!;
    for (const c of codes) {
      const never = t.never?.has(c) === true;
      const first = t.firstClaimOnly?.has(c) === true && v.receipt?.firstClaim === true;
      if (!never && !first) continue;
      ctx.report(codeFirstClaim, {
        rec: v.rec,
        field: v.spec.field,
        at: v.start,
        length: v.length,
        expected: never ? `code of ${t.name} other than the shaded ones` : `code of ${t.name} usable in a first claim`,
        found: `"${c}"`,
        params: { table: t.name, value: c, when: never ? 'never' : 'first-claim' },
      });
      return;
    }
  },
});
