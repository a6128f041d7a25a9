import type { Rec } from '../../../model/record.js';
import { CLAIM_KINDS, KINDS } from '../../../spec/kinds.js';
import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

/**
 * Records kept per payer and named by 負担者種別 (訪問看護 SN / JD), as the kind's structure lists them
 * (StructureDef.payerRecords): each names a payer the receipt has (1 the HO, 2–5 the KO in order), once, in
 * ascending 負担者種別; a record for a 公費 whose 負担者番号 is not among `publicPrefixes` is 記録不可.
 */
export const payerRecords = defineRule({
  id: 'structure/payer-records',
  severity: 'error',
  presets: CLAIM_PRESETS,
  kinds: CLAIM_KINDS.filter((k) => KINDS[k].structure.payerRecords),
  scope: 'receipt',
  receipt(info, ctx) {
    const defs = ctx.file.kindDef?.structure.payerRecords;
    if (!defs) return;
    for (const d of defs) {
      let last = 0;
      const seen = new Set<string>();
      for (const rec of info.claim as readonly Rec[]) {
        if (rec.id !== d.id || rec.prefixed) continue;
        const t = keyText(rec, d.payerKey);
        if (!/^[1-5]$/.test(t)) continue; // empty or not a 負担者種別: field / code rules
        const n = Number(t);
        const where = { rec, field: keyRef(rec, d.payerKey), at: keySpan(rec, d.payerKey) };
        const ko = n >= 2 ? info.ko[n - 2] : undefined;
        const exists = n === 1 ? info.ho.length > 0 : ko !== undefined;
        if (seen.has(t)) ctx.report(payerRecords, { ...where, expected: `one ${d.id} per 負担者種別`, found: `a second ${d.id} for 負担者種別 ${t}`, params: { record: d.id, kind: t, problem: 'duplicate' } });
        else if (!exists) ctx.report(payerRecords, { ...where, expected: `${d.id} for a payer of the receipt`, found: `負担者種別 ${t} (no ${n === 1 ? 'HO' : `KO ${n - 1}`})`, params: { record: d.id, kind: t, problem: 'absent' } });
        else if (ko && d.publicPrefixes && !d.publicPrefixes.some((p) => keyText(ko, 'payerNumber').startsWith(p))) {
          ctx.report(payerRecords, { ...where, expected: `${d.id} only for a 公費 whose 負担者番号 starts with ${d.publicPrefixes.join(' / ')}`, found: `負担者種別 ${t} (法別 ${keyText(ko, 'payerNumber').slice(0, 2)})`, params: { record: d.id, kind: t, problem: 'prefix', prefixes: d.publicPrefixes.join('・') } });
        } else if (d.ascending && n < last) ctx.report(payerRecords, { ...where, expected: `ascending 負担者種別`, found: `${t} after ${last}`, params: { record: d.id, kind: t, problem: 'order', after: last } });
        seen.add(t);
        last = Math.max(last, n);
      }
    }
  },
});
