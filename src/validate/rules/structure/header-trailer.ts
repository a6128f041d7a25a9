import { ALL_PRESETS, defineRule } from '../define.js';

export const headerTrailer = defineRule<{ trailer: boolean }>({
  id: 'structure/header-trailer',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'file',
  description: 'The header and trailer match the file kind: IR … GO in a claim file, HI … HG in a return file.',
  descriptionJa: 'ファイルの先頭・最後のレコードがファイルの種類に合っている（請求ファイルは IR…GO、返戻ファイルは HI…HG）。',
  why: 'A return file that starts with IR is accepted (reported by the byte layer as structure/ir-as-return-header, info): some payers are known to do this.',
  reference: '第1章3(3)ア(エ); return-files.md §2.2, §2.4',
  init: () => ({ trailer: false }),
  lead(rec, ctx) {
    if (rec.prefixed || rec !== ctx.file.header) return;
    if (!ctx.file.isReturn && rec.id === 'HI') {
      ctx.report(headerTrailer, { rec, at: rec.offset, expected: 'IR', found: 'HI', params: { which: 'header' } });
    }
  },
  tail(rec, ctx, s) {
    if (s.trailer || rec.prefixed || (rec.id !== 'GO' && rec.id !== 'HG')) return;
    s.trailer = true;
    const want = ctx.file.isReturn ? 'HG' : 'GO';
    if (rec.id !== want) ctx.report(headerTrailer, { rec, at: rec.offset, expected: want, found: rec.id, params: { which: 'trailer' } });
  },
});
