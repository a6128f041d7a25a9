import { ALL_PRESETS, defineRule } from '../define.js';

const DONOR = new Set(['TI', 'TR', 'TS']);

export const requiredRecords = defineRule({
  id: 'structure/required-records',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  description: 'Every receipt has at least one SY (傷病名) and at least one of SI / IY / TO (必須※1).',
  descriptionJa: '各レセプトに傷病名レコードを１以上、診療行為・医薬品・特定器材レコードのいずれかを１以上記録する（必須※1）。',
  reference: '第1章3(3)ア(オ) 注1',
  receipt(info, ctx) {
    let sy = false;
    let practice = false;
    for (const rec of info.claim) {
      const id = rec.id;
      if (DONOR.has(id)) break;
      if (id === 'SY') sy = true;
      else if (id === 'SI' || id === 'IY' || id === 'TO') practice = true;
    }
    if (!sy) ctx.report(requiredRecords, { rec: info.re, at: info.re.offset, expected: 'at least one SY', found: 'no SY', params: { missing: 'SY' } });
    if (!practice) ctx.report(requiredRecords, { rec: info.re, at: info.re.offset, expected: 'at least one SI, IY or TO', found: 'no SI/IY/TO', params: { missing: 'SI/IY/TO' } });
  },
});
