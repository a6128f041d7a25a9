import { ModeCode } from '../../engine/compile.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule, hexAt } from '../define.js';

export const jisX0208 = defineFieldRule({
  id: 'field/jis-x0208',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  digitsSafe: true,
  applies: (f) => (f.mode === ModeCode.Kanji || f.mode === ModeCode.Either) && f.pos > 1,
  check(v, ctx) {
    const s = v.scan();
    if (s.firstExt < 0) return;
    ctx.report(jisX0208, {
      rec: v.rec,
      field: v.spec.field,
      at: s.firstExt,
      length: 2,
      expected: 'JIS X 0208',
      found: hexAt(v.buf, s.firstExt, 2),
      params: { bytes: hexAt(v.buf, s.firstExt, 2) },
      severity: confidenceSeverity(v),
    });
  },
});
