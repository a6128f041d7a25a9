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
  description:
    'A 摘要 record\'s 負担区分 names only payers its receipt has: 医保 needs an HO, 公費① the first KO, 公費② the second …; e.g. 負担区分 1 (医保) on a 公費単独 receipt is wrong.',
  descriptionJa: '摘要レコードの負担区分は、レセプトにある負担者（医保は保険者レコード、公費①は１番目の公費レコード…）だけを示す（例: 公費単独のレセプトに負担区分“1”（医保）は記録しない）。',
  why: 'Tables whose 負担区分 rests on a lower-confidence copy of 別表21 (歯科, 調剤: [H]) are still errors: the matrix is the same official table.',
  whyJa: '負担区分が信頼度の低い別表21 の写しに基づく表（歯科、調剤：[H]）でもエラーとする：対応表は同じ公式の表である。',
  reference: '別表21 注1「○は請求点数のある管掌（法別）である」 (kiroku-ika-R0404.txt l.2356)',
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
