// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) キ (イ) 臓器提供者レセプト情報レコード.
import { defineRecord } from '../../types.js';

export const TR = /* @__PURE__ */ defineRecord({
  id: 'TR',
  name: '臓器提供者レセプト情報レコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)キ(イ) p.21',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“TR”を記録する。' },
    { key: 'receiptNumber', name: 'レセプト番号', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'required', note: 'レコードが属する臓器提供医療機関ごとに臓器提供者レセプト番号を記録順に１から昇順に連続番号を記録する。' },
    { key: 'donorReceiptType', name: '臓器提供者レセプト種別', mode: '数字', maxBytes: 4, format: '固定', kind: 'code', table: 'ika:26', required: 'required', note: '別表26 臓器提供者レセプト種別コードを記録する。' },
    { key: 'serviceMonth', name: '診療年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', note: '診療年月を西暦で記録する。' },
    { key: 'reserved1', name: '予備', mode: '英数又は漢字', maxBytes: 40, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'sex', name: '男女区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ika:6', required: 'required', note: '別表6 男女区分コードを記録する。' },
    { key: 'birthDate', name: '生年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', personal: true, note: '生年月日を西暦で記録する。' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 3, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'admissionDate', name: '入院年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', inpatient: 'required', note: '臓器提供者レセプト種別が入院の場合は、入院年月日を西暦で記録する。その他の場合は省略。' },
    { key: 'wardType', name: '病棟区分', mode: '英数', maxBytes: 8, format: '可変', kind: 'code', table: 'ika:7', repeat: { unit: 2, max: 4 }, required: 'conditional', inpatient: 'only', note: '臓器提供者レセプト種別が入院において、病棟区分が必要な場合は、別表7 病棟区分コードを記録する。月途中で異なる病棟区分に移動した場合は移動した順に、最大４つまで。記録するバイト数は２の倍数。' },
    { key: 'reserved3', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'specialNotes', name: 'レセプト特記事項', mode: '英数', maxBytes: 10, format: '可変', kind: 'code', table: 'ika:9', repeat: { unit: 2, max: 5 }, required: 'conditional', note: '特記事項が必要な場合は、別表9 レセプト特記事項コードを記録する。最大５つまで。記録するバイト数は２の倍数。' },
    { key: 'reserved4', name: '予備', mode: '数字', maxBytes: 4, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'chartNumber', name: 'カルテ番号等', mode: '英数', maxBytes: 20, format: '可変', required: 'optional', personal: true, note: 'カルテ番号又は患者ＩＤ番号等を記録する。記録は任意とする。' },
    { key: 'discountUnitPrice', name: '割引点数単価', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', note: '健康保険法第76条第3項及び国民健康保険法第45条第3項等に基づく事項の場合は、割引点数単価を記録する。その他の場合は省略。' },
    { key: 'reserved5', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved6', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved7', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', note: '記録を省略する。' },
  ],
  note: '臓器提供者レセプト単位データの先頭に記録（必須、複数可）。TI の後に置き、TR・TS・SY・摘要（SI/IY/TO/CO）・SJ の順。臓器提供者のレセプト情報は診療年月及び入院・入院外別に記録する（第1章3(3)ア(キ) p.2）。',
});
