import { ModeCode } from '../../engine/compile.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule, hexAt } from '../define.js';

export const jisX0208 = defineFieldRule({
  id: 'field/jis-x0208',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  digitsSafe: true,
  description:
    'A 漢字 (or 英数又は漢字) field holds only JIS X 0208 characters: no CP932 extensions (①, ㈱, 髙, 﨑 …) and no user-defined (外字) characters.',
  descriptionJa: '漢字（英数又は漢字）項目の全角文字は JIS X 0208 の文字に限る（①・㈱・髙・﨑 等の CP932 拡張文字や外字は不可）。',
  why: 'Warning on history lines. Supersedes the byte layer’s encoding/cp932-extension / encoding/user-defined finding at the same offset.',
  whyJa:
    '履歴行では警告とする。同じオフセットに対するバイト層の encoding/cp932-extension / encoding/user-defined の指摘に代わって報告する。',
  reference: '第1章3(3)エ (JIS X 0208-1983 附属書1)',
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
