// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) エ (エ) 傷病名レコード (p.13). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks and the CSV examples checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版
// 第12章 p.25–26 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const SY = /* @__PURE__ */ defineRecord({
  id: 'SY',
  name: '傷病名レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)エ(エ) p.13',
  note: '主たる傷病名を記録（必須、複数可）。医科の SY と異なる５項目のレイアウト（診療開始日・転帰区分・主傷病がない）。手引き: 訪問看護指示書に基づき、それぞれ１傷病ずつ「SY」から記録する。記録例: SY,1629006,,, / SY,1983019,20568002,, / SY,0000999,,Ａ病名,',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SY”を記録する。' },
    { key: 'diseaseCode', name: '傷病名コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', note: '別に定める傷病名コードを訪問看護指示書に基づいて記録する。未コード化傷病名については“0000999”を記録する。' },
    { key: 'modifierCodes', name: '修飾語コード', mode: '英数', maxBytes: 80, format: '可変', kind: 'digits', repeat: { unit: 4, max: 20 }, required: 'conditional', note: '傷病名コードで規定している傷病名（未コード化傷病名を除く）に接頭語又は接尾語を必要とする場合は、別に定める修飾語コードを順に記録する。ただし、最大２０個までの記録とする。記録するバイト数は、４の倍数とする。その他の場合は、記録を省略する。' },
    { key: 'diseaseName', name: '傷病名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', note: '未コード化傷病名に限り、当該傷病名を記録する。その他の場合は、記録を省略する。手引き: 一つの“0000999”コードに対し、１病名に限り記録する。' },
    { key: 'supplementaryComment', name: '補足コメント', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', note: '傷病名に対する補足コメントが必要な場合に記録する。その他の場合は、記録を省略する。' },
  ],
});
