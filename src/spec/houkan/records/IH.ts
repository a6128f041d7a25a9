// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) エ (ア) 医療機関・保険医情報レコード (p.12). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks, the group label 医療機関等 over fields 2–4 and the CSV example checked in the 支払基金「電子レセプトの
// 作成手引き（訪問看護）」令和６年６月版 第9章 p.19–20 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const IH = /* @__PURE__ */ defineRecord({
  id: 'IH',
  name: '医療機関・保険医情報レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)エ(ア) p.12',
  note: '訪問看護指示書を交付した医療機関・保険医を記録（必須、複数可）。点数表は英数モード（別表３の“5”“B”を記録し得るため）。手引きの記録例: IH,13,1,0123456,訪問病院,訪問 太郎,20240612',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“IH”を記録する。' },
    { key: 'institutionPrefecture', name: '医療機関等 都道府県', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:2', required: 'required', note: '保険医療機関等の所在する別表２ 都道府県コードを記録する。' },
    { key: 'institutionScoreTable', name: '医療機関等 点数表', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'houkan:3', required: 'required', note: '保険医療機関等が使用する別表３ 点数表コードを記録する（コード“5”及び“B”は本項目でのみ使用する）。' },
    { key: 'institutionCode', name: '医療機関等 コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', note: '保険医療機関等のコードを訪問看護指示書に基づいて記録する。健康保険法第６３条第３項第２号及び第３号に規定する医療機関の場合は、“9999999”を記録する。コードが不明な場合は、“0000000”を記録する。' },
    { key: 'institutionName', name: '主治医の属する医療機関等の名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', note: '保険医療機関等の名称を訪問看護指示書に基づいて記録する。' },
    { key: 'doctorName', name: '主治医の氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', personal: true, note: '主治医の姓名を記録する。姓と名の間に１文字分の“スペース”を記録する。英数モードと漢字モードの文字を混在して記録しない。備考: モードごとの文字数の上限は英数：４０、漢字：２０。' },
    { key: 'lastReportDate', name: '主治医への直近報告年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', note: '訪問看護指示書を交付した主治医に対する報告を行った場合は、その最終報告年月日を西暦で記録する。その他の場合は、記録を省略する。' },
  ],
});
