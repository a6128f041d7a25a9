import type { Rec } from '../../../model/record.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const donorRecords = defineRule({
  id: 'structure/donor-records',
  severity: 'error',
  presets: ALL_PRESETS,
  // 臓器提供者レセプト情報 (TI/TR/TS) is a 医科 (and DPC) block.
  kinds: ['ika', 'dpc'],
  scope: 'receipt',
  receipt(info, ctx) {
    let i = info.claim.findIndex((r) => r.id === 'TI' || r.id === 'TR' || r.id === 'TS');
    if (i < 0) return;
    const recs = info.claim;
    if (recs[i]!.id !== 'TI') ctx.report(donorRecords, { rec: recs[i]!, at: recs[i]!.offset, expected: 'TI first', found: recs[i]!.id, params: { problem: 'no-ti' } });
    let tr: Rec | undefined;
    // The TI whose 臓器提供者 receipts are being read, and whether it has a TR of its own (注1: each
    // 臓器提供医療機関 opens its own block; 注2: each donor receipt is a TR — a TI with none claims nothing).
    let ti: Rec | undefined;
    let tiHasTr = true;
    const closeTi = (): void => {
      if (ti && !tiHasTr) ctx.report(donorRecords, { rec: ti, at: ti.offset, expected: 'TR after TI', found: 'no TR', params: { problem: 'no-tr' } });
    };
    let ts = false;
    let sy = false;
    let practice = false;
    const close = (): void => {
      if (!tr) return;
      const missing = [!ts && 'TS', !sy && 'SY', !practice && 'SI/IY/TO'].filter(Boolean).join(', ');
      if (missing) ctx.report(donorRecords, { rec: tr, at: tr.offset, expected: 'TR, TS, SY, SI/IY/TO', found: `missing ${missing}`, params: { problem: 'incomplete', missing } });
    };
    for (; i < recs.length; i++) {
      const r = recs[i]!;
      switch (r.id) {
        case 'TI':
          close();
          closeTi();
          tr = undefined;
          ti = r;
          tiHasTr = false;
          break;
        case 'TR':
          close();
          tr = r;
          tiHasTr = true;
          ts = sy = practice = false;
          break;
        case 'TS':
          ts = true;
          break;
        case 'SY':
          sy = true;
          break;
        case 'SI':
        case 'IY':
        case 'TO':
          practice = true;
          break;
      }
    }
    close();
    closeTi();
  },
});
