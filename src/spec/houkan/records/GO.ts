// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) カ 訪問看護療養費請求書情報「訪問看護療養費請求書レコード」 (p.18). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版 第19章 p.52 (one field only) and in
// shared/spec/kinds-nursing-rousai-dental-returns.md §1.5 (GO page checked there as an image).
import { defineRecord } from '../../types.js';

export const GO = /* @__PURE__ */ defineRecord({
  id: 'GO',
  name: '訪問看護療養費請求書レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)カ p.18',
  note: '１ファイル単位の最後に記録（必須）。医科の GO と異なり、総件数・総合計点数（金額）・マルチボリューム識別情報の項目はなく、レコード識別情報の１項目のみ（１ボリューム１ファイル）。手引きの記録例: GO',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“GO”を記録する。' },
  ],
});
