// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) ウ (イ) 公費レコード (p.8); record order of several KO from 第1章3(3)ア(エ) 注3 (p.2). Official text: no
// confidence marks. Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf,
// the file R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/,
// commit 63e3d87); 記録必須 (※) marks, the CSV example and the 法別 order checked in the 支払基金「電子レセプトの作成手引き
// （訪問看護）」令和６年６月版 第4章 p.9–12 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const KO = /* @__PURE__ */ defineRecord({
  id: 'KO',
  name: '公費レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)ウ(イ) p.8',
  note: '公費負担医療レセプトの場合に記録する（医療保険と併用: 1～4レコード、公費単独: 1レコード、2～4種の公費併用: 2～4レコード）。複数記録する場合は「法別番号及び制度の略称表」（診療報酬請求書等の記載要領）に示す順番により、先順位の公費負担医療を第一公費として最初に記録し、第二～第四公費を順次記録する（第1章3(3)ア(エ) 注3）。手引き第4章4の順位: 13, 14, 18, 29, 30, 11, 21, 15, 16, 24, 28, 19, 52, 54, 51, 38, 53, 66, 62, 25, 12（各種自治体医療は各自治体が定める優先順位による）。医科の KO と異なり８項目（食事療養・予備なし、公費給付対象一部負担金は１項目）で、合計点数の代わりに合計金額（円）。手引きの記録例: KO,54131234,0001234,,27,350000,750,80930',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“KO”を記録する。' },
    { key: 'payerNumber', name: '公費負担医療 負担者番号', mode: '英数', maxBytes: 8, format: '固定', kind: 'digits', required: 'required', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, note: '医療券等に記載されている公費負担者番号８桁を記録する。' },
    { key: 'recipientNumber', name: '公費負担医療 受給者番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'conditional', mask: { checkDigit: true }, personal: true, note: '医療券等に記載されている受給者番号７桁を記録する。受給者番号が７桁に満たない場合は、先頭から“0”を記録し、７桁で記録する。医療観察法（法別 30）の場合は、記録を省略する。' },
    { key: 'optionalBenefit', name: '公費負担医療 任意給付区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', note: '国民健康保険において、公費負担者に任意給付がある場合は、“1”を記録する。その他の場合は、記録を省略する。' },
    { key: 'actualDays', name: '実日数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', note: '公費負担医療の実日数を記録する。' },
    { key: 'totalAmount', name: '合計金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', note: '公費負担医療の合計金額を記録する（円）。手引き: 医療保険と同日数・同金額の場合でも必ず記録する。' },
    { key: 'burdenAmount', name: '一部負担金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', note: '医療券等に公費負担医療に係る利用者の負担額が記載されている場合は、当該額を上限として記録する（円）。その他の場合は、記録を省略する。手引きの例: 障害者総合支援法で負担上限月額2,500円 → 2500、他ステーションで上限額を徴収済・生活保護世帯 → 0、法別18・19（原爆）→ 記録しない。' },
    { key: 'copayCovered', name: '公費給付対象一部負担金', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', note: '医療保険と公費負担医療併用又は後期高齢者医療と公費負担医療併用であって、一部負担金相当額を公費負担医療が給付する場合において、一部負担金相当額の一部を公費負担医療が給付するときは、公費負担医療に係る給付対象額を記録する（円）。その他の場合は、記録を省略する。' },
  ],
});
