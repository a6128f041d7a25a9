import { keyLength, keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const multiVolume = defineRule<{ done: boolean }>({
  id: 'cross/multi-volume',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'file',
  init: () => ({ done: false }),
  tail(rec, ctx, s) {
    if (s.done || rec.prefixed || (rec.id !== 'GO' && rec.id !== 'HG')) return;
    s.done = true;
    const hv = ctx.file.headerVolume;
    const tv = keyText(rec, 'volume');
    if (!/^\d\d$/.test(tv) || tv === '99') return;
    for (const key of ['totalCount', 'totalPoints'] as const) {
      const n = keyLength(rec, key);
      if (n > 0) ctx.report(multiVolume, { rec, field: keyRef(rec, key), at: keySpan(rec, key), expected: 'empty on a non-final volume', found: `${n} digits`, params: { problem: 'totals', volume: tv } });
    }
    if (/^\d\d$/.test(hv) && Number(tv) !== Number(hv) + 1) {
      const want = String(Number(hv) + 1).padStart(2, '0');
      ctx.report(multiVolume, { rec, field: keyRef(rec, 'volume'), at: keySpan(rec, 'volume'), expected: `${want} (header ${hv} + 1) or 99`, found: tv, params: { problem: 'sequence', volume: tv, header: hv, want } });
    }
  },
});
