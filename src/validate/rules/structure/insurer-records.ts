import { keyRef, keySpan } from '../../engine/read.js';
import { payerMix } from '../payers.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const insurerRecords = defineRule({
  id: 'structure/insurer-records',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  description:
    'HO and KO match レセプト種別: one HO for 医療保険 (医保・国保・後期・退職) receipts and none for 公費 receipts; as many KO as the code’s 公費 count (医保+n種 → n, 公費n種 → n).',
  descriptionJa: 'レセプト種別に応じて保険者レコード・公費レコードを記録する（医療保険レセプトは HO を１レコード、公費負担医療のみのレセプトは HO 記録不可。KO は併用する公費の数だけ記録する）。',
  reference: '第1章3(3)ア(カ); 別表5',
  receipt(info, ctx) {
    const t = info.receiptType;
    const mix = payerMix(t, ctx.file.kindDef);
    if (!mix) return;
    const { publicOnly, n } = mix;
    const wantHo = publicOnly ? 0 : 1;
    const wantKo = publicOnly ? n : n - 1;
    if (publicOnly && n > 4) return;
    const ho = info.ho.length;
    const ko = info.ko.length;
    if (ho === wantHo && ko === wantKo) return;
    ctx.report(insurerRecords, {
      rec: info.re,
      field: keyRef(info.re, 'receiptType'),
      at: keySpan(info.re, 'receiptType'),
      expected: `${wantHo} HO + ${wantKo} KO (レセプト種別 ${t})`,
      found: `${ho} HO + ${ko} KO`,
      params: { type: t, wantHo, wantKo, ho, ko },
    });
  },
});
