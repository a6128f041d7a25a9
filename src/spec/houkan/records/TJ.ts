// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) エ (カ) 情報提供レコード (p.16). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks and the CSV examples checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版
// 第14章 p.31–32 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const TJ = /* @__PURE__ */ defineRecord({
  id: 'TJ',
  name: '情報提供レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)エ(カ) p.16',
  note: '情報提供の状況を記録（任意、複数可）。手引き: 情報提供先等が複数ある場合は、複数レコードで記録する。訪問看護情報提供療養費を算定する場合にあわせて記録する。記録例: TJ,02,,, / TJ,10,,, / TJ,10,,202304, / TJ,11,,202404,',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“TJ”を記録する。' },
    { key: 'infoRecipient', name: 'コード', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:18', required: 'required', note: '情報提供を行った場合は、別表１８ 情報提供先コードを記録する（レコードは情報提供を行った場合に記録するため、レコード内では記録必須。手引きも※）。' },
    { key: 'reserved1', name: '予備', mode: '漢字', maxBytes: 30, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'previousMonth', name: '前回算定年月', mode: '数字', maxBytes: 6, format: '可変', kind: 'ym', required: 'conditional', note: '前回の算定年月を西暦で記録する。その他の場合は、記録を省略する。備考: 訪問看護情報提供療養費２を初めて算定した場合は記録を省略する。手引き: 訪問看護情報提供療養費２を算定した場合に、当該療養費を算定した前回の算定年月を記録する。' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', note: '記録を省略する。' },
  ],
});
