// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) エ (イ) 訪問看護指示レコード (p.12, 注). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks and the CSV examples checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版
// 第10章 p.21–22 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const HJ = /* @__PURE__ */ defineRecord({
  id: 'HJ',
  name: '訪問看護指示レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)エ(イ) p.12',
  note: '訪問看護指示期間を記録（必須、複数可）。注: 当該月に、指示区分が同一である訪問看護指示期間が２以上ある場合は、年月日の早いものから順次記録する。手引き: 訪問看護指示が複数発行されている場合は、それぞれ１つずつ「HJ」から記録する。記録例: HJ,01,20240601,20240630 / HJ,02,20240601,20240614 / HJ,02,20240619,20240628',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HJ”を記録する。' },
    { key: 'instructionType', name: '指示区分', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:12', required: 'required', note: '別表１２ 指示区分コードを記録する。' },
    { key: 'periodStart', name: '指示期間 自', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', note: '訪問看護指示書に記載された訪問看護指示期間の始めの年月日を西暦で記録する。' },
    { key: 'periodEnd', name: '指示期間 至', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', note: '訪問看護指示書に記載された訪問看護指示期間の終りの年月日を西暦で記録する。' },
  ],
});
