import { ALL_PRESETS, defineRule } from '../define.js';
import { boundsOf, recBuffer } from '../../engine/read.js';
import { closingRc } from '../search-number.js';

function digits(b: Uint8Array, s: number, e: number, max: number): boolean {
  if (e <= s || e - s > max) return false;
  for (let i = s; i < e; i++) if (b[i]! < 0x30 || b[i]! > 0x39) return false;
  return true;
}

export const historyPrefix = defineRule({
  id: 'history/prefix',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: '*',
  record(rec, info, ctx) {
    if (!rec.prefixed) return;
    const { a: bounds, o } = boundsOf(rec);
    const b = recBuffer(rec);
    const f1 = bounds[o + 1]!;
    const f2 = bounds[o + 2]!;
    const line = digits(b, f1, f2 - 1, 5);
    const branch = digits(b, f2, bounds[o + 3]! - 1, 3);
    if (line && branch) return;
    const isLast = rec.id === 'RC' && info !== undefined && closingRc(info) === rec;
    const which = line ? '枝番号' : '行番号';
    ctx.report(historyPrefix, {
      rec,
      at: line ? f2 : f1,
      expected: line ? '枝番号 1–3 digits' : '行番号 1–5 digits',
      found: 'other',
      params: { which },
      severity: isLast ? undefined : 'warning',
    });
  },
});
