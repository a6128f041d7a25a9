import { defineRule } from '../define.js';

export const noReclaims = defineRule<{ receipts: number; reclaimed: number }>({
  id: 'resubmit/no-reclaims',
  severity: 'warning',
  presets: ['resubmission'],
  scope: 'file',
  init: () => ({ receipts: 0, reclaimed: 0 }),
  receipt(info, _ctx, s) {
    s.receipts++;
    if (info.reclaimed) s.reclaimed++;
  },
  finish(ctx, s) {
    if (s.receipts === 0 || s.reclaimed > 0) return;
    // (A kind re-claimed by reception number: a re-claimed receipt is one whose RE carries the number.)
    const byNumber = ctx.file.kindDef?.resubmission?.mode === 'reception-number';
    ctx.report(noReclaims, { expected: byNumber ? 'a receipt with its reception number' : 'a receipt with a history block', found: `${s.receipts} first-claim receipts`, params: { receipts: s.receipts, ...(byNumber ? { by: 'reception-number' } : {}) } });
  },
});
