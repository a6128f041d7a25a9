// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) ウ (オ) 窓口負担額レコード (p.10, 注). Official text: no confidence marks. The table prints 予備１～予備４ and
// 予備２８～予備３１ and elides the rest with “～”; the elided rows are written out with the same mode, bytes and 記録内容.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks and the CSV example (33 fields) checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」
// 令和６年６月版 第7章 p.16 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const MF = /* @__PURE__ */ defineRecord({
  id: 'MF',
  name: '窓口負担額レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)ウ(オ) p.10',
  note: '窓口負担額等に係る情報を記録（任意、可※2）。注3（第1章3(3)ア(ウ)）: 当分の間、一部負担金に係る区分の窓口負担額レコードを記録する。注: 記録は任意とする。記録されていない場合は、審査支払機関において行う資格確認により、月の途中での資格喪失が確認されたレセプトに係るレセプト振替及び分割の対象外とする。ただし、記録されていない場合であっても、レセプトの合計金額が本人・家族 118,000 円以下、未就学者 177,000 円以下、高齢受給者 40,000 円以下及び後期高齢者 30,000 円以下である場合については、レセプト振替及び分割の対象とする。医科の MF と同じ33項目・同じ並び。手引きの記録例: MF,00,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“MF”を記録する。' },
    { key: 'windowBurdenClass', name: '窓口負担額区分', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:26', required: 'required', note: '別表２６ 窓口負担額区分コードを記録する（別表２６の網掛けのコード“03”“04”は使用しない）。' },
    { key: 'reserved1', name: '予備１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved2', name: '予備２', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved3', name: '予備３', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved4', name: '予備４', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved5', name: '予備５', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved6', name: '予備６', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved7', name: '予備７', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved8', name: '予備８', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved9', name: '予備９', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved10', name: '予備１０', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved11', name: '予備１１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved12', name: '予備１２', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved13', name: '予備１３', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved14', name: '予備１４', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved15', name: '予備１５', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved16', name: '予備１６', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved17', name: '予備１７', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved18', name: '予備１８', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved19', name: '予備１９', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved20', name: '予備２０', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved21', name: '予備２１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved22', name: '予備２２', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved23', name: '予備２３', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved24', name: '予備２４', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved25', name: '予備２５', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved26', name: '予備２６', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved27', name: '予備２７', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved28', name: '予備２８', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved29', name: '予備２９', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved30', name: '予備３０', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved31', name: '予備３１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', note: '記録を省略する。' },
  ],
});
