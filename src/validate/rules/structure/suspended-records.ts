import { CLAIM_KINDS, KINDS } from '../../../spec/kinds.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

/** Records the kind's structure table marks `suspended` (訪問看護 GI: 当分の間、記録を省略する) are not recorded. */
export const suspendedRecords = defineRule({
  id: 'structure/suspended-records',
  severity: 'warning',
  presets: CLAIM_PRESETS,
  kinds: CLAIM_KINDS.filter((k) => KINDS[k].structure.receipt.some((s) => s.suspended)),
  scope: 'receipt',
  description: 'Records the spec defines but says not to record for now are absent (訪問看護 GI 災害等レコード: 「当分の間、記録を省略する」).',
  descriptionJa: '当分の間記録を省略するとされたレコード（訪問看護の災害等レコード）を記録しない。',
  why: 'A warning: the instruction is temporary (当分の間) and the layout is defined, so a payer may accept the record again without a new edition.',
  whyJa:
    '警告とする：この指示は一時的なもの（当分の間）でレイアウトは定義されているため、新しい版なしに保険者が再びこのレコードを受け付けることがありうる。',
  reference: '訪問看護 R06 第1章3(3)ア(ウ) 注4; GI 注',
  receipt(info, ctx) {
    const slots = ctx.file.kindDef?.structure.receipt.filter((s) => s.suspended);
    if (!slots?.length) return;
    for (const rec of info.claim) {
      if (rec.prefixed) continue;
      const slot = slots.find((s) => s.ids.includes(rec.id));
      if (slot) ctx.report(suspendedRecords, { rec, at: rec.offset, expected: `no ${rec.id} (${slot.suspended})`, found: rec.id, params: { record: rec.id } });
    }
  },
});
