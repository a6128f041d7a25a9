import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { payerMix } from '../payers.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

/** 法別番号 of 医療保険 (claim-records.md §3.10, [M]; 72–75 added, [INF]). */
export const INSURANCE_HOUBETSU: Readonly<Record<string, string>> = {
  '01': '協会けんぽ',
  '02': '船員保険',
  '03': '日雇特例 一般療養',
  '04': '日雇特例 特別療養費',
  '06': '組合管掌健保',
  '07': '防衛省職員給与法 自衛官等',
  '31': '国家公務員共済',
  '32': '地方公務員等共済',
  '33': '警察共済',
  '34': '私立学校教職員共済',
  '39': '後期高齢者医療',
  '63': '特定健保組合 特例退職',
  '67': '国保 退職者医療',
  // 特例退職被保険者 of the 共済組合 (not in claim-records.md §3.10; the well-known siblings of 63) [INF]
  '72': '国家公務員共済組合 特例退職',
  '73': '地方公務員等共済組合 特例退職',
  '74': '警察共済組合 特例退職',
  '75': '日本私立学校振興・共済事業団 特例退職',
};

export const lawNumber = defineRule({
  id: 'cross/law-number',
  severity: 'warning',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    const ho = info.ho[0];
    const t = info.receiptType;
    const mix = payerMix(t, ctx.file.kindDef);
    if (!ho || !mix) return;
    const v = keyText(ho, 'insurerNumber');
    if (!/^(\d{8}| {2}\d{6})$/.test(v)) return;
    const n = v.trim();
    const d2 = mix.insurance;
    const k = t[0]; // the kind's 点数表 digit (1 医科, 3 歯科, 4 調剤)
    const h = n.length === 8 ? n.slice(0, 2) : '';
    let want: string | undefined;
    if (n.length === 6) {
      if (d2 !== '1') want = `医保/国保 (${k}1xx) for a 国保 number`;
    } else if (INSURANCE_HOUBETSU[h] === undefined) {
      ctx.report(lawNumber, { rec: ho, field: keyRef(ho, 'insurerNumber'), at: keySpan(ho, 'insurerNumber'), expected: '医療保険 法別番号', found: `法別 ${h}`, params: { houbetsu: h, problem: 'unknown' } });
      return;
    } else if ((h === '39') !== (d2 === '3')) want = h === '39' ? `後期高齢者 (${k}3xx) for 法別 39` : `法別 39 for 後期高齢者 (${k}3xx)`;
    else if ((h === '67') !== (d2 === '4')) want = h === '67' ? `退職者 (${k}4xx) for 法別 67` : `法別 67 for 退職者 (${k}4xx)`;
    if (!want) return;
    ctx.report(lawNumber, { rec: ho, field: keyRef(ho, 'insurerNumber'), at: keySpan(ho, 'insurerNumber'), expected: want, found: `${n.length === 6 ? '国保 6 digits' : `法別 ${h}`}, レセプト種別 ${t}`, params: { houbetsu: h || '国保', type: t, problem: 'mismatch' } });
  },
});
