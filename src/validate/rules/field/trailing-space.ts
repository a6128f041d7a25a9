import { ModeCode } from '../../engine/compile.js';
import { CLAIM_PRESETS, defineFieldRule } from '../define.js';

export const trailingSpace = defineFieldRule({
  id: 'field/trailing-space',
  severity: 'warning',
  presets: CLAIM_PRESETS,
  scope: 'field',
  history: false,
  digitsSafe: true,
  applies: (f) => !f.fixed && f.mode !== ModeCode.Digit && f.pos > 1,
  check(v, ctx) {
    if (!v.scan().trailingSpace) return;
    const fullWidth = v.buf[v.end - 1] === 0x40 && v.length >= 2 && v.buf[v.end - 2] === 0x81;
    ctx.report(trailingSpace, {
      rec: v.rec,
      field: v.spec.field,
      at: v.end - (fullWidth ? 2 : 1),
      length: fullWidth ? 2 : 1,
      expected: 'no trailing space',
      found: fullWidth ? 'trailing full-width space' : 'trailing space',
      params: { width: fullWidth ? 'full' : 'half' },
    });
  },
});
