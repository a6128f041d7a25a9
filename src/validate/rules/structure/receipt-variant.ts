import { recordIn } from '../../../spec/kinds.js';
import { receiptStructure } from '../../../spec/structure.js';
import type { StructureDef } from '../../../spec/types.js';
import { isLow } from '../../engine/compile.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/** The record ids a layout has: its slots' and its blocks'. */
const idsCache = new WeakMap<StructureDef, ReadonlySet<string>>();
function idsOf(st: StructureDef): ReadonlySet<string> {
  let s = idsCache.get(st);
  if (!s) {
    const ids = new Set<string>();
    for (const slot of st.receipt) for (const id of slot.ids) ids.add(id);
    for (const b of st.blocks ?? []) {
      ids.add(b.start);
      for (const slot of b.slots) for (const id of slot.ids) ids.add(id);
    }
    idsCache.set(st, (s = ids));
  }
  return s;
}

export const receiptVariant = defineRule({
  id: 'structure/receipt-variant',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    const k = ctx.file.kindDef;
    const kst = k?.structure;
    if (!k || !kst?.variants) return;
    const st = receiptStructure(kst, info.re);
    const ids = idsOf(st);
    const value = info.re.get(kst.variants.key) ?? '';
    const label = kst.variants.by[value]?.label ?? '';
    for (const rec of info.claim) {
      if (rec.prefixed || rec === info.re) continue;
      const id = rec.id;
      // Records the kind does not know are others' to report (record/unknown, structure/foreign-record), as are the
      // file's header and trailer and the return-only records (structure/unexpected-record).
      if (ids.has(id) || !k.records[id] || id === kst.header || id === kst.trailer || id === kst.receiptHeader) continue;
      if (!recordIn(k, id)) continue;
      ctx.report(receiptVariant, {
        rec,
        at: rec.offset,
        expected: `records of ${kst.variants.key} ${value}`,
        found: id,
        params: { record: id, value, label },
        severity: isLow(st.confidence) ? 'warning' : undefined,
      });
    }
  },
});
