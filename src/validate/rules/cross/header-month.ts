import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';
import type { Pinned } from '../../types.js';

/** YYYYMM of a 西暦 YYYYMMDD or YYYYMM value, or undefined. */
function monthOf(v: string): string | undefined {
  return /^(19|20)\d\d(0[1-9]|1[0-2])(\d\d)?$/.test(v) ? v.slice(0, 6) : undefined;
}

interface S {
  latest: string;
  /** The header's 請求年月, pinned while the header is current (reported at the end). */
  at: Pinned | undefined;
}

/**
 * The header's 請求年月 is the latest 診療年月 of the file's receipts (the kind's HeaderMonthDef; 労災 IR #8
 * from RR 療養期間―末日). A later receipt is an error (ORCA 21590 rejects it as claimable next month); a
 * header later than every receipt is a warning (what all three writers do [H], not a stated rejection).
 */
export const headerMonth = defineRule<S>({
  id: 'cross/header-month',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'file',
  init: () => ({ latest: '', at: undefined }),
  lead(rec, ctx, s) {
    const hm = ctx.file.kindDef?.headerMonth;
    if (hm && rec === ctx.file.header) s.at = ctx.pin(rec, keySpan(rec, hm.key));
  },
  receipt(info, ctx, s) {
    const hm = ctx.file.kindDef?.headerMonth;
    if (!hm || !ctx.file.header || ctx.file.header.id !== ctx.file.kindDef?.structure.header) return;
    const rec = info.claim.find((r) => !r.prefixed && r.id === hm.from.record);
    if (!rec) return;
    const v = keyText(rec, hm.from.key);
    const m = monthOf(v);
    if (!m) return;
    if (m > s.latest) s.latest = m;
    const b = monthOf(ctx.file.headerBillingMonth);
    if (!b || m <= b) return;
    ctx.report(headerMonth, { rec, field: keyRef(rec, hm.from.key), at: keySpan(rec, hm.from.key), expected: `month ≤ ${b}`, found: m, params: { problem: 'later', value: m, billing: b } });
  },
  finish(ctx, s) {
    const hm = ctx.file.kindDef?.headerMonth;
    const h = ctx.file.header;
    if (!hm || !h || h.id !== ctx.file.kindDef?.structure.header || s.latest === '') return;
    const b = monthOf(ctx.file.headerBillingMonth);
    if (!b || b <= s.latest) return;
    ctx.report(headerMonth, { rec: h, ...(s.at ? { pinned: s.at } : { at: keySpan(h, hm.key) }), field: keyRef(h, hm.key), expected: s.latest, found: b, severity: 'warning', params: { problem: 'not-latest', value: b, want: s.latest } });
  },
});
