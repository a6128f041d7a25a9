import { recordIn } from '../../../spec/kinds.js';
import { receiptStructure } from '../../../spec/structure.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { compileOrder } from './order.js';
import { isLow } from '../../engine/compile.js';

export const requiredRecords = defineRule({
  id: 'structure/required-records',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    const kst = ctx.file.kindDef?.structure;
    if (!kst) return;
    // The receipt's own layout where its RE chooses one (DPC レセプト総括区分).
    const st = receiptStructure(kst, info.re);
    const o = compileOrder(st);
    const present = new Set<string>();
    for (const rec of info.claim) {
      const id = rec.id;
      // The receipt's own records end where a trailing block (医科 臓器提供者) starts.
      const b = o.opens.get(id);
      if (b && !b.inline) break;
      present.add(id);
    }
    // A requirement resting on an L / INF fact is a warning (a one-line table edit corrects it).
    const missing = (ids: readonly string[], confidence = st.confidence): void => {
      if (ids.some((id) => present.has(id))) return;
      const names = ids.map((id) => `${recordIn(ctx.file.kindDef!, id)?.name ?? 'レコード'}（${id}）`).join('・');
      const expected = `at least one ${ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} or ${ids[ids.length - 1]}`}`;
      ctx.report(requiredRecords, { rec: info.re, at: info.re.offset, expected, found: `no ${ids.join('/')}`, params: { missing: ids.join('/'), names }, severity: isLow(confidence) ? 'warning' : undefined });
    };
    // 歯科: each receipt opens with its IR.
    if (st.receiptHeader && info.claim[0]?.id !== st.receiptHeader) missing([st.receiptHeader]);
    for (const slot of st.receipt) if (slot.required) missing(slot.requiredIds ?? slot.ids, slot.confidence ?? st.confidence);
    for (const g of st.requiredAny ?? []) missing(g.ids, g.confidence ?? st.confidence);
  },
});
