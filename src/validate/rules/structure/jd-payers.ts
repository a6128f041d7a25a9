import type { Rec } from '../../../model/record.js';
import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { receiptPayers } from '../payers.js';

export const jdPayers = defineRule({
  id: 'structure/jd-payers',
  severity: 'warning',
  presets: ALL_PRESETS,
  kinds: ['ika', 'dpc', 'houkan'],
  scope: 'receipt',
  description:
    'When a receipt records JD (受診日等), every payer it has has its JD — 負担者種別 1 for the HO, 2–5 for each KO (duplicates and JD for absent payers: structure/optional-records).',
  descriptionJa: '受診日等レコードを記録する場合は、レセプトの負担者（医療保険・公費）ごとに１レコードを記録する（重複・レセプトにない負担者は structure/optional-records）。',
  why:
    'An interpretation: the record table gives JD as △ (1 ﾚｺｰﾄﾞ) for 医保単独, △ (2～5 ﾚｺｰﾄﾞ) for 医保＋公費 and △ (1～4) for 公費 — read here as one per payer, which the text does not say in so many words. Hence a warning.',
  whyJa:
    '解釈による：レコードの表は JD を医保単独で △ (1 ﾚｺｰﾄﾞ)、医保＋公費で △ (2～5 ﾚｺｰﾄﾞ)、公費で △ (1～4) とし、ここではこれを負担者ごとに１レコードと読むが、本文はそうはっきりとは述べていない。そのため警告とする。',
  reference: '第1章3(3)ア(オ) 表 (kiroku-ika-R0404.txt l.229–236); JD 負担者種別 (別表28)',
  receipt(info, ctx) {
    let jd: Rec[] | undefined;
    for (const r of info.claim) {
      if (r.id === 'TI') break; // the 臓器提供者 block has no JD
      if (r.id === 'JD' && !r.prefixed) (jd ??= []).push(r);
    }
    if (!jd) return;
    // A duplicate JD, or one for a payer the receipt lacks, is structure/optional-records (an error);
    // this rule adds the converse: a payer the receipt has and no JD records.
    const want = [...receiptPayers(info)]; // 負担者種別 digits
    const seen = new Set(jd.map((r) => keyText(r, 'payerType')));
    const missing = want.filter((t) => !seen.has(t));
    if (missing.length === 0) return;
    const r = jd[jd.length - 1]!;
    ctx.report(jdPayers, { rec: r, field: keyRef(r, 'payerType'), at: keySpan(r, 'payerType'), expected: `a JD for each payer (負担者種別 ${want.join(', ')})`, found: `none for ${missing.join(', ')}`, params: { missing: missing.join('・'), want: want.join('・') } });
  },
});
