import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

interface S {
  first: number;
  other: number;
  done: boolean;
}

/**
 * First claims in files of their own per office (the kind's FileSplitDef; 労災 RS 都道府県労働局コード /
 * 労働基準監督署コード): the trailer's office codes are all recorded or all empty; a file with them holds
 * only 初回 receipts, a file without them none. Warnings: what 初回 means rests on one weak source [L].
 */
export const fileSplit = defineRule<S>({
  id: 'cross/file-split',
  severity: 'warning',
  presets: CLAIM_PRESETS,
  scope: 'file',
  init: () => ({ first: 0, other: 0, done: false }),
  receipt(info, ctx, s) {
    const fsd = ctx.file.kindDef?.fileSplit;
    if (!fsd) return;
    const rec = info.claim.find((r) => !r.prefixed && r.id === fsd.first.record);
    if (!rec) return;
    if (fsd.first.codes.includes(keyText(rec, fsd.first.key))) s.first++;
    else s.other++;
  },
  tail(rec, ctx, s) {
    const fsd = ctx.file.kindDef?.fileSplit;
    if (!fsd || s.done || rec.prefixed || rec.id !== ctx.file.kindDef?.structure.trailer) return;
    s.done = true;
    const keys = fsd.trailerKeys;
    const set = keys.filter((k) => keyText(rec, k) !== '');
    if (set.length > 0 && set.length < keys.length) {
      const k = keys.find((x) => keyText(rec, x) === '')!;
      ctx.report(fileSplit, { rec, field: keyRef(rec, k), at: keySpan(rec, k) ?? rec.offset, expected: 'recorded with the other office code', found: 'empty', params: { problem: 'partial' } });
      return;
    }
    const k0 = keys[0]!;
    if (set.length > 0 && s.other > 0) ctx.report(fileSplit, { rec, field: keyRef(rec, k0), at: keySpan(rec, k0), expected: 'only 初回 receipts', found: `${s.other} other receipts`, params: { problem: 'other-in-first', count: s.other } });
    if (set.length === 0 && s.first > 0) ctx.report(fileSplit, { rec, field: keyRef(rec, k0), at: keySpan(rec, k0) ?? rec.offset, expected: 'office codes of the 初回 receipts', found: `empty, ${s.first} 初回 receipts`, params: { problem: 'first-without-office', count: s.first } });
  },
});
