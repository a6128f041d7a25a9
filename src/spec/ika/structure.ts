// 医科 claim-file structure: 記録条件仕様（医科用）令和4年4月版 第1章 3 (3) ア (オ)(キ) — the record order of a
// receipt and of the 臓器提供者レセプト情報 block — and the 注 on which records are 必須.
import type { StructureDef } from '../types.js';

export const IKA_STRUCTURE: StructureDef = {
  header: 'IR',
  trailer: 'GO',
  receipt: [
    { ids: ['RE'], required: true, single: true, note: 'レセプト共通レコード。レセプトの先頭に記録する（必須、複数不可）。' },
    { ids: ['HO'], required: false, single: true, note: '保険者レコード。医療保険のレセプトに記録する（レセプト種別による: 別表5）。' },
    { ids: ['KO'], required: false, note: '公費レコード。公費の数だけ、先順位の公費から記録する。' },
    { ids: ['SN'], required: false, note: '資格確認レコード（任意）。' },
    { ids: ['JD'], required: false, note: '受診日等レコード（任意）。' },
    { ids: ['MF'], required: false, note: '窓口負担額レコード（任意）。' },
    { ids: ['GR'], required: false, note: '包括評価対象外理由レコード。' },
    { ids: ['SY'], required: true, note: '傷病名レコード（必須※1）。' },
    { ids: ['SI', 'IY', 'TO', 'CO'], required: true, requiredIds: ['SI', 'IY', 'TO'], label: '摘要', note: '摘要（診療行為・医薬品・特定器材・コメント）。SI・IY・TO のいずれか１以上は必須※1。記録の順は自由。' },
    { ids: ['SJ'], required: false, note: '症状詳記レコード（任意）。' },
  ],
  blocks: [
    {
      start: 'TI',
      restart: ['TI', 'TR'],
      // 臓器提供者のレセプト情報は診療年月及び入院・入院外別に記録する (第1章3(3)ア(キ) 注2, l.268): each TR opens a donor receipt.
      receipt: { record: 'TR', month: 'serviceMonth', type: 'donorReceiptType' },
      label: '臓器提供者レセプト情報',
      slots: [
        { ids: ['TI'], required: true, note: '臓器提供医療機関情報レコード。臓器提供者レセプト情報の先頭。' },
        { ids: ['TR'], required: true, note: '臓器提供者レセプト情報レコード。臓器提供者のレセプトごとに記録する。' },
        { ids: ['TS'], required: false },
        { ids: ['SY'], required: false },
        { ids: ['SI', 'IY', 'TO', 'CO'], required: false },
        { ids: ['SJ'], required: false },
      ],
      note: '臓器提供者レセプト情報（第1章3(3)ア(キ)）: TI、臓器提供者のレセプトごとに TR・TS・SY・摘要・SJ。',
    },
  ],
  practiceRun: { ids: ['SI', 'IY', 'TO'], transparent: ['CO'], limit: 98, unordered: ['99'], source: '第1章3(3)ア(オ) 注1, (キ) 注3; 別表20 99 全体に係る識別コード' },
  receipts: { min: 1, source: '第1章3(3)ア(エ) レセプト「１ファイル単位内に１以上記録 必須」' },
  source: '記録条件仕様（医科用）R04 第1章3(3)ア(オ)(キ)',
};
