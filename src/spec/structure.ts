/**
 * Reading a kind's {@link StructureDef} for one receipt: the layout its RE chooses (variants) and its role in a receipt
 * group. Generic: every kind-specific fact is in the kind's structure table.
 */
import type { StructureDef } from './types.js';

/** What is read of a receipt's RE: a field by key (a {@link import('../model/record.js').Rec} has `get`). */
export interface KeyedRecord {
  get(key: string): string | undefined;
}

const variantCache = new WeakMap<StructureDef, Map<string, StructureDef>>();

/**
 * The structure that holds for a receipt whose RE is `re`: the kind's own, or — when the kind's
 * {@link StructureDef.variants} list the value of the RE's variant field — that variant's slots and blocks
 * (the same object for the same value, so compiled orders are cached).
 */
export function receiptStructure(st: StructureDef, re: KeyedRecord | undefined): StructureDef {
  const v = st.variants;
  if (!v || !re) return st;
  const value = re.get(v.key) ?? '';
  const layout = Object.prototype.hasOwnProperty.call(v.by, value) ? v.by[value] : undefined;
  if (!layout) return st;
  let m = variantCache.get(st);
  if (!m) variantCache.set(st, (m = new Map()));
  let out = m.get(value);
  if (!out) {
    out = { ...st, receipt: layout.receipt, blocks: layout.blocks ?? [], confidence: v.confidence ?? st.confidence };
    m.set(value, out);
  }
  return out;
}

/** A receipt's place in a receipt group: `head`, `member`, or undefined (not grouped, or the kind has no groups). */
export function groupRole(st: StructureDef | undefined, re: KeyedRecord | undefined): 'head' | 'member' | undefined {
  const g = st?.groups;
  if (!g || !re) return undefined;
  const value = re.get(g.key) ?? '';
  if (g.head.includes(value)) return 'head';
  if (g.members.includes(value)) return 'member';
  return undefined;
}

const openerCache = new WeakMap<StructureDef, ReadonlySet<string>>();

/** The records that open a block of a receipt, or open it again (医科 臓器提供者: TI, and TR for each donor receipt). */
export function blockOpeners(st: StructureDef): ReadonlySet<string> {
  let ids = openerCache.get(st);
  if (!ids) {
    ids = new Set((st.blocks ?? []).flatMap((b) => [b.start, ...(b.restart ?? [])]));
    openerCache.set(st, ids);
  }
  return ids;
}
