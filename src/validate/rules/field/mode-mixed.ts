import { ModeCode } from '../../engine/compile.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

export const modeMixed = defineFieldRule({
  id: 'field/mode-mixed',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  digitsSafe: true,
  description: 'A 英数又は漢字 field is written either all in half-width (英数) or all in full-width (漢字) characters, never mixed.',
  descriptionJa: 'モードが英数又は漢字の項目に、英数と漢字の文字を混在して記録しない。',
  why: 'Warning on history lines.',
  whyJa: '履歴行では警告とする。',
  reference: 'RE 氏名・請求情報, HO 記号・番号 の記録内容「英数モードと漢字モードの文字を混在して記録しない」',
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
