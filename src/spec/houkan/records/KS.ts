// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) エ (ク) 専門の研修レコード (p.16). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks, the group label 専門の研修 over fields 2–3 and the CSV examples checked in the 支払基金「電子レセプト
// の作成手引き（訪問看護）」令和６年６月版 第16章 p.36–37 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const KS = /* @__PURE__ */ defineRecord({
  id: 'KS',
  name: '専門の研修レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)エ(ク) p.16',
  note: '専門の研修を記録（任意、複数可）。手引きの記録例: KS,01,,, / KS,04,,, / KS,21,,20240515,20240620',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“KS”を記録する。' },
    { key: 'trainingCode', name: '専門の研修 コード', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:27', required: 'required', note: '専門の研修の記録が必要な場合は、別表２７ 専門の研修コードを記録する（レコードは専門の研修の記録が必要な場合に記録するため、レコード内では記録必須。手引きも※）。' },
    { key: 'reserved1', name: '専門の研修 予備', mode: '漢字', maxBytes: 80, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'procedureIssueDate', name: '手順書交付年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', note: '訪問看護ステーションの看護師に対して、手順書を交付した場合は、その交付年月日を西暦で記載する。その他の場合は、記録を省略する。' },
    { key: 'procedureReviewDate', name: '直近見直し年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', note: '患者の主治医と共に、手順書の妥当性を検討した場合は、その検討年月日を西暦で記載する。その他の場合は、記録を省略する。' },
  ],
});
