import { valueParams } from '../../engine/read.js';
import { ModeCode } from '../../engine/compile.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

/**
 * 英数 fields that hold numbers (kind `digits` in the tables: 保険者番号, 公費負担者番号, 枝番,
 * 保険者番号等（資格確認）, 修飾語コード). Their モード allows any JIS X 0201 character, so field/mode
 * passes letters; the 記録内容 says they are numbers. 数字 fields are field/mode's.
 */
export const digits = defineFieldRule({
  id: 'field/digits',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  digitsSafe: true,
  applies: (f) => f.kind === 'digits' && f.mode !== ModeCode.Digit && f.pos > 1,
  check(v, ctx) {
    let i = v.start;
    if (v.spec.fixed) while (i < v.end && v.buf[i] === 0x20) i++;
    let ok = i < v.end;
    for (let p = i; ok && p < v.end; p++) ok = v.buf[p]! >= 0x30 && v.buf[p]! <= 0x39;
    if (ok) return;
    ctx.report(digits, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: v.spec.fixed ? 'digits (leading spaces allowed)' : 'digits',
      found: 'other characters',
      params: valueParams(v, ctx.showPersonalData),
      severity: confidenceSeverity(v),
    });
  },
});
