import { fieldText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { burdenField, payerName, receiptPayers } from '../payers.js';
import type { ReceiptInfo } from '../../types.js';

interface S {
  info: ReceiptInfo | undefined;
  payers: string;
}

export const burdenPayers = defineRule<S>({
  id: 'cross/burden-payers',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: '*',
  init: () => ({ info: undefined, payers: '' }),
  record(rec, info, ctx, s) {
    if (rec.prefixed || !info || !rec.def) return;
    const b = burdenField(rec.def);
    if (!b) return;
    const code = fieldText(rec, b.pos);
    const names = b.payers[code];
    if (names === undefined) return; // empty or not a code: field/required, code/unknown
    if (s.info !== info) {
      s.info = info;
      s.payers = receiptPayers(info);
    }
    // The common case, every payer present, allocates nothing.
    let all = true;
    for (let i = 0; i < names.length && all; i++) all = s.payers.includes(names[i]!);
    if (all) return;
    const lacking = [...names].filter((p) => !s.payers.includes(p));
    const f = rec.def.fields[b.pos - 1]!;
    ctx.report(burdenPayers, {
      rec,
      field: { key: f.key, name: f.name, position: b.pos },
      at: rec.span(b.pos)?.start,
      expected: `payers of the receipt (${[...s.payers].map(payerName).join('・') || 'none'})`,
      found: `${code} (${[...names].map(payerName).join('・')})`,
      params: { code, lacking: lacking.map(payerName).join('・'), receiptType: info.receiptType },
    });
  },
});
