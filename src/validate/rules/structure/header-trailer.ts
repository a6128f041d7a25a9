import { ALL_PRESETS, defineRule } from '../define.js';

export const headerTrailer = defineRule<{ trailer: boolean }>({
  id: 'structure/header-trailer',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'file',
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
