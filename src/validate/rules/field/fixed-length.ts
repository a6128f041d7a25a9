import { ALL_PRESETS, confidenceSeverity, defineFieldRule, widthShape } from '../define.js';

export const fixedLength = defineFieldRule({
  id: 'field/fixed-length',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  digitsSafe: true,
  description: 'A 固定 field, when recorded, is written at exactly its 最大バイト (保険者番号 is padded with leading spaces).',
  descriptionJa: '項目形式が固定の項目は、記録する場合は最大バイト数で記録する（保険者番号は先頭をスペースで埋める）。',
  why: 'Warning on history lines and on fields whose width is known only from weak sources. A date one digit short that reads as a 和暦 date is left to field/date-wareki.',
  whyJa:
    '履歴行と、桁数が弱い情報源からしか分からない項目では警告とする。１桁足りない日付で和暦の日付として読めるものは field/date-wareki に任せる。',
  reference: '第1章3(3)ウ(ウ)',
  applies: (f) => f.fixed && f.pos > 1,
  check(v, ctx) {
    const n = v.length;
    if (n >= v.spec.max) return; // longer: field/max-bytes
    const k = v.spec.kind;
    if ((k === 'ym' || k === 'ymd') && n === v.spec.max - 1 && v.allDigits()) return; // 和暦 GYYMM / GYYMMDD
    if (v.scan().bad) return;
    ctx.report(fixedLength, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: n,
      expected: widthShape(v),
      found: `${n} bytes`,
      params: { max: v.spec.max, bytes: n },
      severity: confidenceSeverity(v),
    });
  },
});
