import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

export const required = defineFieldRule({
  id: 'field/required',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  digitsSafe: true,
  onEmpty: true,
  description: 'A field the spec always wants recorded (記録内容 with no condition for omitting it) is not empty.',
  descriptionJa: '必ず記録する項目（省略の条件がない項目）が空でない。',
  why: 'Warning for fields of the reconstructed return-file tables marked [L]/[INF].',
  whyJa: '再構成した返戻ファイルの表で [L]/[INF] とした項目では警告とする。',
  reference: '第1章3(4) 各レコードの記録内容',
  applies: (f) => f.required === 'required' && f.pos > 1,
  check(v, ctx) {
    if (v.length > 0) return;
    ctx.report(required, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: 0,
      expected: `${v.spec.modeName} value`,
      found: 'empty',
      severity: confidenceSeverity(v),
    });
  },
});
