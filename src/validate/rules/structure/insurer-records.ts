import { keyRef, keySpan } from '../../engine/read.js';
import { payerMix } from '../payers.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const insurerRecords = defineRule({
  id: 'structure/insurer-records',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
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
