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
  description:
    'A 訪問看護 KA with 金額 0 (a 加算 given as a 割合, whose amount is added to its base) sits directly below its base: a KA of the same 算定年月日 with a non-zero 金額 (or below another such 0 KA).',
  descriptionJa: '割合等により規定される加算（金額 0 で記録し、額は加算対象の療養費に合算）は、加算対象となる基本療養費（同じ算定年月日、金額 0 以外）の直下のレコードに記録する。',
  why: 'A warning while the kind marks it [INF]: that every 0-amount KA is such a 加算 is inferred (without the 訪問看護療養費 master the 加算 itself cannot be told).',
  whyJa:
    '種類が [INF] とする間は警告とする：金額 0 の KA がすべてこのような加算であるというのは推定である（訪問看護療養費のマスターがなければ加算そのものを判断できない）。',
  reference: '訪問看護 R06 KA 金額 記録内容2; 手引き（訪問看護）R06.6 第18章',
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
