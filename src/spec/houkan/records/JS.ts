// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) エ (ウ) 心身の状態レコード (p.13). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks, the character limit and the CSV examples checked in the 支払基金「電子レセプトの作成手引き
// （訪問看護）」令和６年６月版 第11章 p.23–24 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const JS = /* @__PURE__ */ defineRecord({
  id: 'JS',
  name: '心身の状態レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)エ(ウ) p.13',
  note: '心身の状態を記録（必須、複数可）。手引きの記録例: JS,ストレスを感じやすく幻聴あり。,01,001,02,20240601',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“JS”を記録する。' },
    { key: 'condition', name: '心身の状態', mode: '漢字', maxBytes: 2400, format: '可変', kind: 'text', required: 'required', personal: true, note: '利用者の心身の状態や日常生活動作の状態等を記録する（手引き: 全角最大1200文字）。' },
    { key: 'designatedDiseasePresence', name: '基準告示第２の１に規定する疾病等の有無', mode: '英数', maxBytes: 10, format: '可変', kind: 'code', table: 'houkan:13', repeat: { unit: 2, max: 5 }, required: 'required', note: '別表１３ 基準告示第２の１に規定する疾病等の有無コードを記録する。記録するバイト数は、２の倍数とする。同じコードは重複して記録しない。備考: “03”（無）を記録した場合は、他のコードは記録しない。' },
    { key: 'diseases', name: '該当する疾病等', mode: '英数', maxBytes: 300, format: '可変', kind: 'code', table: 'houkan:14', repeat: { unit: 3, max: 100 }, required: 'conditional', note: '基準告示第２の１に規定する疾病等又は基準告示第２の３の（２）に規定する超重症児若しくは準超重症児に該当する場合は、別表１４ 疾病等コードを記録する。記録するバイト数は、３の倍数とする。同じコードは重複して記録しない。その他の場合は、記録を省略する。' },
    { key: 'gafValue', name: 'ＧＡＦ尺度 判定した値', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'houkan:28', required: 'conditional', note: '精神科訪問看護基本療養費（Ⅰ）又は（Ⅲ）を算定した場合は、別表２８ ＧＡＦ尺度により判定した値コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'gafDate', name: 'ＧＡＦ尺度 判定した年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', note: '精神科訪問看護基本療養費（Ⅰ）又は（Ⅲ）を算定した場合は、ＧＡＦ尺度により判定した年月日を西暦で記録する。その他の場合は、記録を省略する。手引き: 判定した値に“20”（家族への訪問看護でありＧＡＦ尺度による判定が行えなかった）を記録した場合は、記録を省略する。' },
  ],
});
