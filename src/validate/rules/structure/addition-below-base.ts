import { CLAIM_KINDS, KINDS } from '../../../spec/kinds.js';
import { isLow } from '../../engine/compile.js';
import { keyInt, keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

/**
 * A record whose amount is 0 because it is folded into its base (StructureDef.foldedAmounts: 訪問看護 KA 割合の加算)
 * comes directly below a record of the same date with a non-zero amount, or below another such 0 record.
 */
export const additionBelowBase = defineRule({
  id: 'structure/addition-below-base',
  severity: 'error',
  presets: CLAIM_PRESETS,
  kinds: CLAIM_KINDS.filter((k) => KINDS[k].structure.foldedAmounts),
  scope: 'receipt',
  receipt(info, ctx) {
    const d = ctx.file.kindDef?.structure.foldedAmounts;
    if (!d) return;
    let prev: { date: string; based: boolean } | undefined;
    for (const rec of info.claim) {
      if (rec.prefixed) continue;
      if (!d.ids.includes(rec.id)) {
        prev = undefined;
        continue;
      }
      const amount = keyInt(rec, d.amountKey);
      const date = keyText(rec, d.dateKey);
      if (amount === 0) {
        if (!prev || !prev.based || prev.date !== date) {
          ctx.report(additionBelowBase, {
            rec,
            field: keyRef(rec, d.amountKey),
            at: keySpan(rec, d.amountKey),
            expected: `directly below its base (a ${rec.id} of ${date} with a non-zero amount)`,
            found: prev ? (prev.date !== date ? `below a ${rec.id} of ${prev.date}` : `below a ${rec.id} at 0 without a base`) : `no ${rec.id} above`,
            params: { record: rec.id, date },
            severity: isLow(d.confidence) ? 'warning' : undefined,
          });
          prev = { date, based: false };
        }
        continue;
      }
      prev = typeof amount === 'number' ? { date, based: true } : undefined;
    }
  },
});
