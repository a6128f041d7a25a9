import { ModeCode } from '../../engine/compile.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

export const modeMixed = defineFieldRule({
  id: 'field/mode-mixed',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  digitsSafe: true,
  applies: (f) => f.mode === ModeCode.Either && f.pos > 1,
  check(v, ctx) {
    const s = v.scan();
    if (s.singles === 0 || s.doubles === 0) return;
    const at = Math.max(s.firstSingle, s.firstDouble);
    ctx.report(modeMixed, {
      rec: v.rec,
      field: v.spec.field,
      at,
      length: at === s.firstDouble ? 2 : 1,
      expected: '英数 only or 漢字 only',
      found: `${s.singles} half-width + ${s.doubles} full-width characters`,
      params: { singles: s.singles, doubles: s.doubles },
      severity: confidenceSeverity(v),
    });
  },
});
