import type { Rec } from '../../../model/record.js';
import { CLAIM_KINDS, KINDS, recordIn } from '../../../spec/kinds.js';
import type { ClaimKind } from '../../../spec/types.js';
import type { RuleContext } from '../../types.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/** The kinds that define each record id (claim or return records). */
const OWNERS: ReadonlyMap<string, readonly ClaimKind[]> = (() => {
  const m = new Map<string, ClaimKind[]>();
  for (const k of CLAIM_KINDS) for (const id of [...Object.keys(KINDS[k].records), ...Object.keys(KINDS[k].returnRecords)]) m.set(id, [...(m.get(id) ?? []), k]);
  return m;
})();

function check(rec: Rec, ctx: RuleContext): void {
  const k = ctx.file.kindDef;
  const id = rec.id;
  if (!k || id === '' || rec.def || recordIn(k, id)) return; // (rec.def: a record of the file's tables, the common case)
  const owners = OWNERS.get(id);
  if (!owners) return; // unknown to every kind: the byte layer's record/unknown
  ctx.report(foreignRecord, {
    rec,
    at: rec.offset,
    expected: `a ${k.nameEn} record`,
    found: `${id} (${owners.map((o) => KINDS[o].nameEn).join(', ')})`,
    params: { found: id, kind: k.name, kindEn: k.nameEn, owners: owners.map((o) => KINDS[o].name).join('・'), ownersEn: owners.map((o) => KINDS[o].nameEn).join(', ') },
    // In a history block it is the payer's data, kept as returned.
    severity: rec.prefixed ? 'warning' : undefined,
  });
}

export const foreignRecord = defineRule({
  id: 'structure/foreign-record',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'file',
  lead(rec, ctx) {
    check(rec, ctx);
  },
  receipt(info, ctx) {
    for (const list of [info.claim, info.reasons, info.history]) for (const rec of list) check(rec, ctx);
  },
  tail(rec, ctx) {
    check(rec, ctx);
  },
});
