/**
 * The record order of a kind's receipts, compiled once from its {@link StructureDef}: the rank of each
 * record id, the blocks with an order of their own, and the order as the spec names it (for messages).
 */
import type { BlockDef, StructureDef } from '../../../spec/types.js';

export interface CompiledBlock {
  readonly def: BlockDef;
  readonly start: string;
  readonly restart: ReadonlySet<string>;
  /** Rank of each id inside the block. */
  readonly rank: ReadonlyMap<string, number>;
  /** The block sits at the receipt slot holding its start record (調剤 処方情報), rather than after the receipt's records (医科 臓器提供者). */
  readonly inline: boolean;
  /** Rank of that slot in the receipt order (inline blocks). */
  readonly slotRank: number;
}

export interface CompiledOrder {
  /** Rank of each id in the receipt order (ids of one slot share a rank: they mix freely). */
  readonly rank: ReadonlyMap<string, number>;
  readonly blocks: readonly CompiledBlock[];
  /** Ids that open a block: the block's own ids that are not receipt records, and each block's start. */
  readonly opens: ReadonlyMap<string, CompiledBlock>;
  /** The order as the spec names it, e.g. 「RE・HO・KO・…・摘要・SJ・臓器提供者レセプト情報」. */
  readonly text: string;
}

const cache = new WeakMap<StructureDef, CompiledOrder>();

export function compileOrder(st: StructureDef): CompiledOrder {
  let c = cache.get(st);
  if (c) return c;
  const rank = new Map<string, number>();
  st.receipt.forEach((slot, i) => {
    for (const id of slot.ids) if (!rank.has(id)) rank.set(id, i);
  });
  const blocks = (st.blocks ?? []).map((b): CompiledBlock => {
    const r = new Map<string, number>();
    b.slots.forEach((slot, i) => {
      for (const id of slot.ids) if (!r.has(id)) r.set(id, i);
    });
    const slotRank = rank.get(b.start);
    return { def: b, start: b.start, restart: new Set(b.restart ?? [b.start]), rank: r, inline: slotRank !== undefined, slotRank: slotRank ?? -1 };
  });
  const opens = new Map<string, CompiledBlock>();
  for (const b of blocks) {
    opens.set(b.start, b);
    if (!b.inline) for (const id of b.rank.keys()) if (!rank.has(id) && !opens.has(id)) opens.set(id, b);
  }
  const parts = st.receipt.map((s) => s.label ?? s.ids.join('/'));
  for (const b of blocks) if (!b.inline) parts.push(b.def.label ?? b.start);
  c = { rank, blocks, opens, text: parts.join('・') };
  cache.set(st, c);
  return c;
}
