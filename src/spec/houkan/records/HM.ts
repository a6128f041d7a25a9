// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) ア 訪問看護ステーション情報「訪問看護ステーション情報レコード」 (p.4). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks and the CSV example checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版
// 第1章 p.1–2 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const HM = /* @__PURE__ */ defineRecord({
  id: 'HM',
  name: '訪問看護ステーション情報レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)ア p.4',
  note: '１ファイル単位の先頭に記録（必須）。医科の IR と異なり予備・マルチボリューム識別情報の項目はなく（１ボリューム１ファイル）、訪問看護ステーション名称が６番目、請求年月が７番目、電話番号が８番目。手引きの記録例: HM,1,13,6,1234567,〇〇訪問看護ステーション,202407,03-1234-5678',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HM”を記録する。' },
    { key: 'payer', name: '審査支払機関', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'houkan:1', required: 'required', note: '別表１ 審査支払機関コードを記録する。' },
    { key: 'prefecture', name: '都道府県', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:2', required: 'required', note: '訪問看護ステーションの所在する別表２ 都道府県コードを記録する。' },
    { key: 'scoreTable', name: '点数表', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'houkan:3', required: 'required', note: '訪問看護ステーションが使用する別表３ 点数表コードを記録する（手引き: 訪問看護の点数表コード「6」）。' },
    { key: 'facilityCode', name: '訪問看護ステーションコード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', note: '訪問看護ステーションについて定められた訪問看護ステーションコードを記録する。' },
    { key: 'facilityName', name: '訪問看護ステーション名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', note: '地方厚生（支）局長に届け出た訪問看護ステーションの名称を記録する。備考: ２０文字を超える場合は、審査支払機関に届け出た名称を記録する。' },
    { key: 'billingMonth', name: '請求年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', note: '請求年月を西暦で記録する（手引き: 当該電子レセプトを審査支払機関に提出する年月）。' },
    { key: 'phone', name: '電話番号', mode: '英数', maxBytes: 15, format: '可変', kind: 'text', required: 'optional', note: '訪問看護ステーションの電話番号（市外局番、市内局番及び加入者番号）を記録する。各番号の間にはカッコ又はハイフンを記録しても差し支えない。記録は任意とする。' },
  ],
});
