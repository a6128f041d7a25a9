import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

export const repeatUnit = defineFieldRule({
  id: 'field/repeat-unit',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  description: 'A field holding several concatenated codes (病棟区分, 特記事項, 修飾語コード, 患者の状態) has a byte count that is a multiple of the code width.',
  descriptionJa: '複数のコードを連結して記録する項目（病棟区分・レセプト特記事項・修飾語コード・患者の状態）のバイト数はコード桁数の倍数とする。',
  reference: 'RE 病棟区分・レセプト特記事項・患者の状態, SY 修飾語コード の記録内容',
  applies: (f) => f.repeat !== undefined && f.pos > 1,
  check(v, ctx) {
    const unit = v.spec.repeat!.unit;
    if (v.length === 0 || v.length % unit === 0) return;
    ctx.report(repeatUnit, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: `multiple of ${unit} bytes`,
      found: `${v.length} bytes`,
      params: { unit, bytes: v.length },
      severity: confidenceSeverity(v),
    });
  },
});
