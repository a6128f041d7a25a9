// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) ウ (カ) 災害等レコード (p.11, 注). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks, the character limits and the CSV example checked in the 支払基金「電子レセプトの作成手引き
// （訪問看護）」令和６年６月版 第8章 p.17–18 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const GI = /* @__PURE__ */ defineRecord({
  id: 'GI',
  name: '災害等レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)ウ(カ) p.11',
  note: '災害救助法の適用を受けた災害等の被災者レセプトの場合に記録（任意、１レセプトに複数不可）。注: 当分の間、記録を省略する（第1章3(3)ア(ウ) 注4 も同じ）。手引きの記録例（参考）: GI,20240610,01,0102,東京都千代田区永田町１丁目１１－３５,,,',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“GI”を記録する。' },
    { key: 'disasterDate', name: '災害救助法の適用を受けた年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', note: '災害救助法の適用を受けた年月日を西暦で記録する。' },
    { key: 'disasterReceiptClass', name: '被災レセプト区分', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:10', required: 'required', note: '一部負担金等が猶予措置等された場合は、別表１０ 被災レセプト区分コードを記録する（「その他の場合は省略」の定めはなく、手引きは記録必須※とする）。' },
    { key: 'unconfirmedClass', name: '未確認区分', mode: '英数', maxBytes: 20, format: '可変', kind: 'code', table: 'houkan:11', repeat: { unit: 2, max: 10 }, required: 'conditional', note: '被保険者証等を提示されないことにより、資格等の確認ができない場合は、別表１１ 未確認区分コードを記録する。記録するバイト数は、２の倍数とする。同じコードは重複して記録しない。その他の場合は、記録を省略する。' },
    { key: 'address', name: '住所', mode: '漢字', maxBytes: 130, format: '可変', kind: 'text', required: 'conditional', personal: true, note: '保険者を特定できない場合であって、被災前の住所が確認できた場合は、被災前の住所を記録する（手引き: 全角最大65文字）。その他の場合は、記録を省略する。備考: 「訪問した場所」が避難先等である場合は、「住所」又は「事業所名」のいずれかを記録する。' },
    { key: 'employerName', name: '事業所名', mode: '漢字', maxBytes: 100, format: '可変', kind: 'text', required: 'conditional', personal: true, note: '保険者を特定できない場合であって、事業所が確認できた場合は、事業所名を記録する（手引き: 全角最大50文字）。その他の場合は、記録を省略する。' },
    { key: 'contact', name: '連絡先', mode: '漢字', maxBytes: 100, format: '可変', kind: 'text', required: 'conditional', personal: true, note: '保険者を特定できない場合であって、連絡先を確認している場合は、連絡先を記録する（手引き: 全角最大50文字）。その他の場合は、記録を省略する。' },
    { key: 'preDisasterBurdenAmount', name: '被災前一部負担金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', note: '減免措置等に係る請求とそれ以外の請求を区別することが困難な場合は、被災以前の請求に係る一部負担金額を記録する（円）。保険の種別に関わらず、利用者が支払うべき一部負担金額のうち、被災以前の請求に係る額を記録する。その他の場合は、記録を省略する。備考: 被災レセプト区分が“02”（災２）の場合に記録する。' },
  ],
});
