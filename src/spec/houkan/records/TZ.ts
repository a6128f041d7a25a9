// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) エ (キ) 特記事項レコード (p.16). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks, the comment patterns and the CSV examples checked in the 支払基金「電子レセプトの作成手引き
// （訪問看護）」令和６年６月版 第15章 p.33–35 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const TZ = /* @__PURE__ */ defineRecord({
  id: 'TZ',
  name: '特記事項レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)エ(キ) p.16',
  note: '特記事項を記録（任意、複数可）。コメントコードは CO と違い可変。手引きの記録例: TZ,10,830500003,症状の悪化により / TZ,10,850500016,５０６０６２０ / TZ,04,852500001,０００９０（数字情報は全角、和暦は年号コードを含む GYYMMDD）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“TZ”を記録する。' },
    { key: 'specialNoteCode', name: '特記事項コード', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:21', required: 'required', note: '特記事項の記録が必要な場合は、別表２１ 特記事項コードを記録する（レコードは特記事項の記録が必要な場合に記録するため、レコード内では記録必須。手引きも※）。' },
    { key: 'code', name: 'コメントコード', mode: '数字', maxBytes: 9, format: '可変', kind: 'digits', required: 'conditional', note: '別に定めるコメントコードを記録する。コメントコードの記録を要しない場合は、記録を省略する。手引き: 区分１桁・パターン２桁・一連番号６桁の計９桁。' },
    { key: 'text', name: '文字データ', mode: '漢字', maxBytes: 400, format: '可変', kind: 'text', required: 'conditional', personal: true, note: 'コメントコードに応じた文字情報、数字情報又は別に定める修飾語コードを記録する。文字データの記録を要しないコメントコードの場合は、記録を省略する。' },
  ],
});
