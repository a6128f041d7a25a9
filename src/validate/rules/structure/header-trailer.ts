import { ALL_PRESETS, defineRule } from '../define.js';

export const headerTrailer = defineRule<{ trailer: boolean }>({
  id: 'structure/header-trailer',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'file',
  description: 'The header and trailer match the file kind: the claim header … GO in a claim file (医科 IR, 歯科 UK, 調剤 YK), HI … HG in a return file.',
  descriptionJa: 'ファイルの先頭・最後のレコードがファイルの種類に合っている（請求ファイルは請求用のヘッダ（医科 IR・歯科 UK・調剤 YK）…GO、返戻ファイルは HI…HG）。',
  why: 'A return file that starts with IR is accepted (reported by the byte layer as structure/ir-as-return-header, info): some payers are known to do this.',
  whyJa:
    'IR で始まる返戻ファイルは受け付ける（バイト層が structure/ir-as-return-header、info として報告する）：そうする保険者があることが知られている。',
  reference: '第1章3(3)ア(エ); return-files.md §2.2, §2.4',
  init: () => ({ trailer: false }),
  lead(rec, ctx) {
    const k = ctx.file.kindDef;
    if (!k || rec.prefixed || rec !== ctx.file.header) return;
    // A claim file headed by the return header (a return's HI kept in a re-claim).
    if (!ctx.file.isReturn && rec.id !== k.structure.header && rec.id === k.returns?.header) {
      ctx.report(headerTrailer, { rec, at: rec.offset, expected: k.structure.header, found: rec.id, params: { which: 'header' } });
    }
  },
  tail(rec, ctx, s) {
    const k = ctx.file.kindDef;
    if (!k || s.trailer || rec.prefixed || (rec.id !== k.structure.trailer && rec.id !== k.returns?.trailer)) return;
    s.trailer = true;
    const want = ctx.file.isReturn ? (k.returns?.trailer ?? k.structure.trailer) : k.structure.trailer;
    if (rec.id !== want) ctx.report(headerTrailer, { rec, at: rec.offset, expected: want, found: rec.id, params: { which: 'trailer' } });
  },
});
