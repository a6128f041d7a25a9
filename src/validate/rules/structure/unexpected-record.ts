import type { KindDef } from '../../../spec/types.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/**
 * Per kind: the records of its history family (RC, JY, EX, MN, MD, RT, JR, MK, ON) and its return
 * header and trailer, which never appear unprefixed inside a receipt; and its file-level records (the
 * trailer and the return header and trailer), which never appear in a history block; the claim
 * header may (a 医科 history block carries IR).
 */
const cache = new WeakMap<KindDef, { notInReceipt: ReadonlySet<string>; notInHistory: ReadonlySet<string>; notInFile: ReadonlySet<string> }>();
function setsOf(k: KindDef) {
  let c = cache.get(k);
  if (!c) {
    const history = Object.values(k.returnRecords).filter((d) => d.family === 'history' && d.id !== '').map((d) => d.id);
    const ret = [k.returns?.header, k.returns?.trailer].filter((x): x is string => !!x);
    // The claim header may be carried as a history line (医科 IR; 調剤 YK [INF]), as may 歯科's per-receipt IR.
    const file = [k.structure.trailer, ...ret].filter((id) => id !== k.structure.receiptHeader);
    // A kind with forms reads all its files with one set of tables (労災: RR, SY, RS and アフターケア AR, AS): the
    // claim records the file's own structure has no place for belong to the other form.
    const placed = new Set([k.structure.header, k.structure.trailer, k.structure.receiptHeader ?? '', ...k.structure.receipt.flatMap((s) => s.ids), ...(k.structure.blocks ?? []).flatMap((b) => b.slots.flatMap((s) => s.ids))]);
    const notInFile = k.forms?.length ? new Set(Object.values(k.records).filter((d) => d.family === 'claim' && !placed.has(d.id)).map((d) => d.id)) : new Set<string>();
    c = { notInReceipt: new Set([...history, ...ret]), notInHistory: new Set(file), notInFile };
    cache.set(k, c);
  }
  return c;
}

export const unexpectedRecord = defineRule({
  id: 'structure/unexpected-record',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    const k = ctx.file.kindDef;
    if (!k) return;
    const { notInReceipt, notInHistory, notInFile } = setsOf(k);
    for (const list of [info.claim, info.reasons]) {
      for (const rec of list) {
        const id = rec.id;
        if (!rec.def) continue; // not a record of the kind (its table is the kind's)
        if (notInReceipt.has(id)) {
          ctx.report(unexpectedRecord, { rec, at: rec.offset, expected: 'claim record (RE … SJ) or HR', found: id, params: { where: 'claim' } });
        } else if (!rec.prefixed && notInFile.has(id)) {
          ctx.report(unexpectedRecord, { rec, at: rec.offset, expected: `a record of a ${k.nameEn} file`, found: id, params: { where: 'form', kind: k.name, kindEn: k.nameEn } });
        }
      }
    }
    for (const rec of info.history) {
      if (rec.prefixed && notInHistory.has(rec.id)) {
        ctx.report(unexpectedRecord, { rec, at: rec.offset, expected: 'no HI/HG/GO in a history block', found: rec.id, params: { where: 'history' }, severity: 'warning' });
      }
    }
  },
});
