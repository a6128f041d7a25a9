import { ALL_PRESETS, confidenceSeverity, defineFieldRule, widthShape } from '../define.js';

export const maxBytes = defineFieldRule({
  id: 'field/max-bytes',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  digitsSafe: true,
  description: 'A value is no longer than the field’s 最大バイト, counted in Shift_JIS bytes.',
  descriptionJa: '項目の値が最大バイト数（シフトJISのバイト数）以内である。',
  why: 'Warning on history lines and on fields whose width is known only from weak sources ([L]/[INF]).',
  whyJa: '履歴行と、桁数が弱い情報源（[L]/[INF]）からしか分からない項目では警告とする。',
  reference: '第1章3(3)ウ(ウ)',
  applies: (f) => f.pos > 1,
  check(v, ctx) {
    if (v.length <= v.spec.max) return;
    ctx.report(maxBytes, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: widthShape(v),
      found: `${v.length} bytes`,
      params: { max: v.spec.max, bytes: v.length },
      severity: confidenceSeverity(v),
    });
  },
});
