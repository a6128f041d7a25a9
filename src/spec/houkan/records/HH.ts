// Reconstructed for 訪問看護 from the only official description of its return files: the 支払基金「電子レセプトの作成
// 手引き（訪問看護）」令和６年６月版 別紙１「オンラインによる返戻及び再請求について」 p.65–66
// (shared/spec/nursing-R06/tebiki-nursing-R0606.txt), whose figure shows the header as `HH,1,13,6,1234567,・・・`
// (① 返戻訪問看護ステーションレコード). The return spec itself (「オンラインによる一次請求返戻ファイル及び再請求ファイルに
// 係る記録条件仕様（訪問看護用）」, named in note 1 under the RE table of the claim spec) was not available.
// Reading of the example: shared/spec/kinds-nursing-rousai-dental-returns.md §1.9 ([M], "same order as HM").
// Fields 2–5 [M]: their values in the example are those of HM (審査支払機関 1, 都道府県 13, 点数表 6, ステーションコード).
// Fields 6–8 [INF]: the example elides them (・・・); assumed to continue the HM layout. Widths and modes are HM's [INF].
import { defineRecord } from '../../types.js';

export const HH = /* @__PURE__ */ defineRecord({
  id: 'HH',
  name: '返戻訪問看護ステーションレコード',
  family: 'return',
  source: '電子レセプトの作成手引き（訪問看護）R06.6 別紙１ p.65（ファイルイメージ ①）; kinds-nursing-rousai-dental-returns.md §1.9',
  confidence: 'M',
  note: '一次請求返戻ファイルの先頭（ヘッダー）。再請求ファイルでは HM（訪問看護ステーション情報レコード）に置き換える（別紙１ ２）。先頭４項目の並びは HM と同じで、医科の HI（請求年月が３番目）とは異なる [M]。同じ図が訪問看護のレセプトに医科のレセプト種別（1114→1116）を示しているため、他の手引きから流用された図の可能性があり、実際の HH 行で確認すること [M]。返戻ファイルのファイル名は不明（RECEIPTH.HEN は推定 [INF]）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HH”を記録する。' },
    // [M] position and value from the 別紙１ example (`HH,1,…`); width/mode as HM.
    { key: 'payer', name: '審査支払機関', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'houkan:1', required: 'required', confidence: 'M', note: '別紙１の例では“1”。別表１ 審査支払機関コード（HM と同じとみなす）。' },
    // [M] position and value from the 別紙１ example (`HH,1,13,…`); width/mode as HM.
    { key: 'prefecture', name: '都道府県', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:2', required: 'required', confidence: 'M', note: '別紙１の例では“13”。別表２ 都道府県コード（HM と同じとみなす）。' },
    // [M] position and value from the 別紙１ example (`HH,1,13,6,…`); width/mode as HM.
    { key: 'scoreTable', name: '点数表', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'houkan:3', required: 'required', confidence: 'M', note: '別紙１の例では“6”（訪問看護）。' },
    // [M] position and value from the 別紙１ example (`HH,1,13,6,1234567,…`); width/mode as HM.
    { key: 'facilityCode', name: '訪問看護ステーションコード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', confidence: 'M', note: '別紙１の例では“1234567”（HM の例と同じ値）。' },
    // [INF] elided in the example; assumed to be HM field 6 — a later correction is a one-line edit here.
    { key: 'facilityName', name: '訪問看護ステーション名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', confidence: 'INF', note: '別紙１の例では省略（・・・）。HM と同じ並びと仮定した項目 [INF]。医科の HI には名称がないため、この項目がない可能性もある。' },
    // [INF] elided in the example; assumed to be HM field 7 — a later correction is a one-line edit here.
    { key: 'billingMonth', name: '請求年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'INF', note: '別紙１の例では省略。HM と同じ並びと仮定 [INF]。医科 HI では「保険医療機関が請求処理を行った年月（審査支払機関が返戻処理を行った年月）」。' },
    // [INF] elided in the example; assumed to be HM field 8 — a later correction is a one-line edit here.
    { key: 'phone', name: '電話番号', mode: '英数', maxBytes: 15, format: '可変', kind: 'text', required: 'optional', confidence: 'INF', note: '別紙１の例では省略。HM と同じ並びと仮定 [INF]。' },
  ],
});
