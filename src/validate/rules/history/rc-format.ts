import { boundsOf, fieldText, keyRef, recBuffer } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const rcFormat = defineRule({
  id: 'history/rc-format',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['RC'],
  record(rec, _info, ctx) {
    if (!rec.prefixed) return;
    const n = boundsOf(rec).n - 1;
    if (n !== 5) {
      ctx.report(rcFormat, { rec, at: rec.offset, expected: '5 fields', found: `${n} fields`, params: { problem: 'count', count: n } });
      return;
    }
    const sp = rec.span(2)!;
    const len = sp.end - sp.start;
    const b = recBuffer(rec);
    let ok = len > 0 && len <= 100;
    for (let i = sp.start; ok && i < sp.end; i++) {
      const c = b[i]!;
      ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    }
    if (ok) return;
    ctx.report(rcFormat, {
      rec,
      field: keyRef(rec, 'managementInfo'),
      at: sp.start,
      length: len,
      expected: '英数 [0-9A-Za-z] 1–100 bytes',
      found: len === 0 ? 'empty' : len > 100 ? `${len} bytes` : 'other characters',
      params: { problem: 'value', ...(len <= 100 && /^[\x20-\x7e]*$/.test(fieldText(rec, 2)) ? { value: fieldText(rec, 2) } : {}) },
    });
  },
});
