// Reconstructed for 訪問看護 from the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版 別紙１ p.65
// (shared/spec/nursing-R06/tebiki-nursing-R0606.txt): the figure shows ⑤ 返戻合計レコード as `HG,1,188` (no “・・・”).
// Reading: shared/spec/kinds-nursing-rousai-dental-returns.md §1.9 ("a count, then a number"; whether more fields follow is
// unknown). The layout differs from the 医科 HG (総件数, 総合計点数, マルチボリューム識別情報; src/spec/returns/records/HG.ts):
// the example has only two values, and 訪問看護 has no マルチボリューム識別情報 anywhere (HM and GO have none).
// Field 2 [M] (a count), field 3 [L] (its meaning is not stated), no further fields [L].
import { defineRecord } from '../../types.js';

export const HG = /* @__PURE__ */ defineRecord({
  id: 'HG',
  name: '返戻合計レコード',
  family: 'return',
  source: '電子レセプトの作成手引き（訪問看護）R06.6 別紙１ p.65（ファイルイメージ ⑤）; kinds-nursing-rousai-dental-returns.md §1.9',
  confidence: 'L',
  note: '一次請求返戻ファイルの最後（フッター）。再請求ファイルでは GO（レコード識別情報のみ）に置き換える（別紙１ ２）。別紙１の例 HG,1,188 は返戻レセプト１件のファイル。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HG”を記録する。' },
    // [M] a count (1 in the example, one returned receipt); name, width and the counting rule from 医科 HG [INF] — a later correction is a one-line edit here.
    { key: 'totalCount', name: '総件数', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'required', confidence: 'M', note: '別紙１の例では“1”（返戻レセプト１件）。項目名・幅と、医科のように公費の数を加えて数えるか（医保単独 1、医保＋公費 n 種 1+n …）は推定 [INF]。' },
    // [L] meaning unknown: 188 in the example. Taken as the total of the main payer's 合計金額 (yen) by analogy with 医科 総合計点数 — a later correction is a one-line edit here.
    { key: 'totalAmount', name: '総合計金額', mode: '数字', maxBytes: 10, format: '可変', kind: 'integer', required: 'required', confidence: 'L', note: '別紙１の例では“188”。意味は示されていない。医科 HG の総合計点数に当たる、主保険（HO、HO がなければ第一公費の KO）の合計金額（円）の合算とみなす [L]。188 円は訪問看護療養費としては小さすぎ、例示用の値か別の単位の可能性がある。項目名・幅は推定 [INF]。' },
  ],
});
