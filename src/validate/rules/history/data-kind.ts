import { codeTable, meaningIn } from '../../../spec/registry.js';
import { boundsOf, recBuffer } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const dataKind = defineRule<{ seen: Set<string>; receipt: number }>({
  id: 'history/data-kind',
  severity: 'info',
  presets: ALL_PRESETS,
  scope: 'record',
  records: '*',
  init: () => ({ seen: new Set<string>(), receipt: -1 }),
  record(rec, info, ctx, s) {
    if (!rec.prefixed) return;
    const { a: bounds, o } = boundsOf(rec);
    const b = recBuffer(rec);
    const at = bounds[o]!;
    let v = '';
    for (let i = at; i < bounds[o + 1]! - 1; i++) v += String.fromCharCode(b[i]!);
    if (meaningIn(codeTable('ret:data-kind'), v) !== undefined) return;
    const r = info?.ordinal ?? -1;
    if (r !== s.receipt) {
      s.receipt = r;
      s.seen.clear();
    }
    if (s.seen.has(v)) return;
    s.seen.add(v);
    ctx.report(dataKind, { rec, at, expected: 'データ識別コード', found: `"${v}"`, params: { value: v } });
  },
});
