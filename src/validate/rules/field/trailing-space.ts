import { ModeCode } from '../../engine/compile.js';
import { CLAIM_PRESETS, defineFieldRule } from '../define.js';

export const trailingSpace = defineFieldRule({
  id: 'field/trailing-space',
  severity: 'warning',
  presets: CLAIM_PRESETS,
  scope: 'field',
  history: false,
  digitsSafe: true,
  description: 'A 可変 field does not end with spaces (half- or full-width): values are recorded up to their last significant character.',
  descriptionJa: '可変項目は有効文字までを記録し、後続のスペース（半角・全角）は記録しない。',
  why: 'The spec says trailing spaces are not recorded, but no source shows a payer rejecting them and they do not change the value, so this is a warning.',
  whyJa:
    '仕様は後続のスペースを記録しないとするが、保険者がそれを理由に受け付けなかった例を示す情報源はなく、値も変わらないため警告とする。',
  reference: '第1章3(3)ウ(ウ)「有効桁（文字）以降に継続する“スペース”は記録しない」',
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
