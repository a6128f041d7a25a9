import type { Rec } from '../../../model/record.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import type { RuleContext } from '../../types.js';

/** Order of the records of one receipt (第1章3(3)ア(オ)); 摘要 records (SI IY TO CO) mix freely. */
const RANK: Readonly<Record<string, number>> = { RE: 0, HO: 1, KO: 2, SN: 3, JD: 4, MF: 5, GR: 6, SY: 7, SI: 8, IY: 8, TO: 8, CO: 8, SJ: 9 };
/** Order inside the 臓器提供者レセプト情報 (第1章3(3)ア(キ)): TI, then per donor receipt TR TS SY 摘要 SJ. */
const DONOR: Readonly<Record<string, number>> = { TI: 0, TR: 1, TS: 2, SY: 3, SI: 4, IY: 4, TO: 4, CO: 4, SJ: 5 };

function report(ctx: RuleContext, rec: Rec, after: string, where: string): void {
  ctx.report(recordOrder, { rec, at: rec.offset, expected: `${rec.id} before ${after}`, found: `${rec.id} after ${after}`, params: { after, where } });
}

export const recordOrder = defineRule({
  id: 'structure/record-order',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  description:
    'Records of a receipt follow the spec order: RE, HO, KO, SN, JD, MF, GR, SY, 摘要 (SI/IY/TO/CO), SJ, then the 臓器提供者 data (TI, TR, TS, SY, 摘要, SJ); in return files the HR come after the claim data.',
  descriptionJa: '１レセプト内のレコードは仕様の記録順（RE・HO・KO・SN・JD・MF・GR・SY・摘要（SI/IY/TO/CO）・SJ、続いて臓器提供者レセプト情報 TI・TR・TS・SY・摘要・SJ）に従う。返戻ファイルでは HR は請求データの後に記録する。',
  why: 'SJ before the 摘要 records (as some generators write it) is reported: the R04 table puts SJ after them.',
  reference: '第1章3(3)ア(オ)(キ); return-files.md §4.1',
  receipt(info, ctx) {
    let max = 0;
    let maxId = 'RE';
    let donor = false;
    let dmax = 0;
    let dmaxId = '';
    for (let i = 1; i < info.claim.length; i++) {
      const rec = info.claim[i]!;
      const id = rec.id;
      if (!donor && (id === 'TI' || id === 'TR' || id === 'TS')) donor = true;
      if (!donor) {
        const r = RANK[id];
        if (r === undefined) continue;
        if (r < max) report(ctx, rec, maxId, 'claim');
        else {
          max = r;
          maxId = id;
        }
        continue;
      }
      const r = DONOR[id];
      if (r === undefined) {
        if (RANK[id] !== undefined) report(ctx, rec, 'TI', 'donor');
        continue;
      }
      if (id === 'TI' || id === 'TR') {
        // a new provider (TI) or donor receipt (TR) starts the order again
        dmax = r;
        dmaxId = id;
        continue;
      }
      if (r < dmax) report(ctx, rec, dmaxId, 'donor');
      else {
        dmax = r;
        dmaxId = id;
      }
    }
    for (const rec of info.reasons) {
      const id = rec.id;
      if (id !== 'HR' && RANK[id] !== undefined) report(ctx, rec, 'HR', 'reasons');
    }
  },
});
