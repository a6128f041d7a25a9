import type { Rec } from '../../../model/record.js';
import { receiptStructure } from '../../../spec/structure.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { compileOrder, type CompiledBlock } from './order.js';
import { isLow } from '../../engine/compile.js';
import type { RuleContext } from '../../types.js';
import type { StructureDef } from '../../../spec/types.js';

function report(ctx: RuleContext, rec: Rec, after: string, where: string, order: string, st: StructureDef): void {
  // An order resting on L / INF facts is a warning.
  const low = isLow(st.confidence);
  ctx.report(recordOrder, { rec, at: rec.offset, expected: `${rec.id} before ${after}`, found: `${rec.id} after ${after}`, params: { after, where, order }, severity: low ? 'warning' : undefined });
}

export const recordOrder = defineRule({
  id: 'structure/record-order',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    const kst = ctx.file.kindDef?.structure;
    if (!kst) return;
    // The receipt's own layout where its RE chooses one (DPC レセプト総括区分).
    const st = receiptStructure(kst, info.re);
    const o = compileOrder(st);
    const claim = info.claim;
    let max = 0;
    let maxId = 'RE';
    let block: CompiledBlock | undefined;
    let dmax = 0;
    let dmaxId = '';
    // From the record after the RE (歯科: the IR before it heads the receipt).
    for (let i = Math.max(claim.indexOf(info.re), 0) + 1; i < claim.length; i++) {
      const rec = claim[i]!;
      const id = rec.id;
      if (!block) {
        const b = o.opens.get(id);
        if (b) {
          block = b;
          dmax = 0;
          dmaxId = '';
          // An inline block takes its slot's place in the receipt order.
          if (b.inline) {
            if (b.slotRank < max) report(ctx, rec, maxId, 'claim', o.text, st);
            else {
              max = b.slotRank;
              maxId = id;
            }
          }
        }
      }
      if (block) {
        const r = block.rank.get(id);
        if (r === undefined) {
          const rr = o.rank.get(id);
          if (block.inline && rr !== undefined && rr > block.slotRank) block = undefined; // the block is over
          else {
            if (rr !== undefined) report(ctx, rec, block.start, block.inline ? 'block' : 'donor', o.text, st);
            continue;
          }
        } else {
          if (block.restart.has(id)) {
            // a new provider (TI), donor receipt (TR) or prescription (SH) starts the order again
            dmax = r;
            dmaxId = id;
          } else if (r < dmax) report(ctx, rec, dmaxId, block.inline ? 'block' : 'donor', o.text, st);
          else {
            dmax = r;
            dmaxId = id;
          }
          continue;
        }
      }
      const r = o.rank.get(id);
      if (r === undefined) continue;
      if (r < max) report(ctx, rec, maxId, 'claim', o.text, st);
      else {
        max = r;
        maxId = id;
      }
    }
    for (const rec of info.reasons) {
      const id = rec.id;
      if (id !== 'HR' && o.rank.has(id)) report(ctx, rec, 'HR', 'reasons', o.text, st);
    }
  },
});
