// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) エ (ケ) コメントレコード (p.17). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks and the CSV examples checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版
// 第17章 p.38 and 第15章3 p.34–35 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const CO = /* @__PURE__ */ defineRecord({
  id: 'CO',
  name: 'コメントレコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)エ(ケ) p.17',
  note: 'コメントが必要な場合に記録（任意、複数可）。医科の CO と異なり診療識別・負担区分がなく、コメントコード・文字データ・予備の４項目。手引き: 文字データは全角２００文字までの記録であるため、２００文字を超えるコメントはコメントコードを複数記録する。記録例: CO,810000001,６月１０日、家族から本人へ資格変更, / CO,820500001,,',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“CO”を記録する。' },
    { key: 'code', name: 'コメントコード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', note: '別に定めるコメントコードを記録する。' },
    { key: 'text', name: '文字データ', mode: '漢字', maxBytes: 400, format: '可変', kind: 'text', required: 'conditional', personal: true, note: 'コメントコードに応じた文字情報、数字情報又は別に定める修飾語コードを記録する。文字データの記録を要しないコメントコードの場合は、記録を省略する。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', note: '記録を省略する。' },
  ],
});
