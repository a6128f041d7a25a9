import { isLow } from '../../engine/compile.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

interface S {
  receipts: number;
  done: boolean;
}

export const noReceipts = defineRule<S>({
  id: 'structure/no-receipts',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'file',
  init: () => ({ receipts: 0, done: false }),
  receipt(_info, _ctx, s) {
    s.receipts++;
  },
  // Reported on the trailer, when every receipt has been seen (a file without one is structure/no-trailer's).
  // A record is reported while it is current: a streamed record's position is gone by the end.
  tail(rec, ctx, s) {
    const want = ctx.file.kindDef?.structure.receipts;
    if (s.done || rec.prefixed || rec.id !== ctx.file.kindDef?.structure.trailer) return;
    s.done = true;
    if (!want || ctx.file.isReturn || s.receipts >= want.min) return;
    ctx.report(noReceipts, { rec, at: rec.offset, expected: `at least ${want.min} receipt`, found: `${s.receipts} receipts`, params: { count: s.receipts, min: want.min }, severity: isLow(want.confidence) ? 'warning' : undefined });
  },
});
