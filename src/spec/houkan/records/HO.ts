// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) ウ (ア) 保険者レコード (p.7). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks and the CSV examples checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版
// 第3章 p.6–8 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const HO = /* @__PURE__ */ defineRecord({
  id: 'HO',
  name: '保険者レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)ウ(ア) p.7',
  note: '医療保険レセプトの場合に記録する（国民健康保険又は後期高齢者医療は医療保険と読み替える）。１レセプトに複数不可。公費負担医療単独・公費併用のレセプトでは記録不可（第1章3(3)ア(エ)）。医科の HO（15項目）から予備と食事療養・生活療養の２項目を除いた12項目で、合計点数の代わりに合計金額（円）を記録する。手引きの記録例: HO,01131234,１２３４５６７８,１２３４５６７,30,300000,,,40215,1,50,',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HO”を記録する。' },
    { key: 'insurerNumber', name: '保険者番号', mode: '英数', maxBytes: 8, format: '固定', kind: 'digits', required: 'required', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, note: '保険者番号を記録する。保険者番号が８桁に満たない場合は、先頭から“スペース”を記録し、８桁で記録する。' },
    { key: 'cardSymbol', name: '被保険者証（手帳）等の記号', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'conditional', personal: true, note: '健康保険被保険者証、船員保険被保険者証、受給資格者票及び国民健康保険被保険者証等の「記号及び番号」欄の記号を記録する。英数モードと漢字モードの文字を混在して記録しない。番号のみ設定されている場合は、記録を省略する。備考: 記号と番号を合せた文字数の上限は、モードごとに英数：１９、漢字：１９。' },
    { key: 'cardNumber', name: '被保険者証（手帳）等の番号', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'required', personal: true, note: '健康保険被保険者証、船員保険被保険者証、受給資格者票及び国民健康保険被保険者証等の「記号及び番号」欄の番号を記録する。後期高齢者被保険者証の被保険者番号を記録する。英数モードと漢字モードの文字を混在して記録しない。備考: 記号と番号を合せた文字数の上限は、モードごとに英数：１９、漢字：１９。' },
    { key: 'actualDays', name: '実日数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', note: '医療保険、国民健康保険又は後期高齢者医療の実日数を記録する。手引き: 実日数を必ず記録する。訪問看護を実施せずに訪問看護療養費を算定する場合（例: 退院支援指導加算のみを単独で算定する場合）は「0」を記録する。' },
    { key: 'totalAmount', name: '合計金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', note: '医療保険、国民健康保険又は後期高齢者医療の合計金額を記録する（円）。' },
    { key: 'occupationalReason', name: '職務上の事由', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:8', required: 'conditional', note: '船員保険の被保険者において、職務上の取扱いとなる場合は、別表８ 職務上の事由コードを記録する（「１職務上」及び「３通勤災害」は災害発生時が平成21年12月31日以前のものに限る）。共済組合の船員組合員において、下船後３月以内の傷病で職務上の取扱いとなる場合は、別表８を記録する。その他の場合は、記録を省略する。' },
    { key: 'certificateNumber', name: '証明書番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', note: '国民健康保険の場合において、「国民健康保険一部負担金減額、免除、徴収猶予証明書」に証明書番号が記入されている場合は、証明書番号を記録する。その他の場合は、記録を省略する。（先頭ゼロ: 数字・可変の項目は「上位桁のゼロ…を除いた数字を記録する。ただし、別表等に規定されているコードの１文字目等の“0”及び特に定める場合の“0”については記録する」(訪問看護 R06 モードごとの詳細内容 l.232–240、医科 R04 l.330–341 と同文)。証明書番号は別表のコードでなく、KO 受給者番号・SN 枝番のような「先頭から“0”を記録し」の定めもないので、上位桁のゼロは記録しない（kind integer、field/leading-zero）。）' },
    { key: 'burdenAmount', name: '一部負担金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', note: '一部負担金額が必要な場合は、当該金額を記録する（円）。その他の場合は、記録を省略する。手引き: 例）限度額適用認定証の提示があり高額療養費が現物給付されたときの一部負担金。医保本人の窓口負担３割のように記録が不要な場合は記録しない。' },
    { key: 'reductionClass', name: '減免区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:9', required: 'conditional', note: '「負担金額」「減免」欄の項目。「一部負担金減額、免除、徴収猶予証明書」が提示された場合又は広域連合長から一部負担金の減額、免除及び徴収猶予を受けた場合は、別表９ 減免区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'reductionRate', name: '減額割合', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', note: '「負担金額」「減免」欄の項目。減額割合を百分率（％）で記録する。その他の場合は、記録を省略する。' },
    { key: 'reductionAmount', name: '減額金額', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', note: '「負担金額」「減免」欄の項目。減額金額を記録する（円）。その他の場合は、記録を省略する。' },
  ],
});
