// DPC 保険者レコード (HO), 16 fields.
// Source: shared/spec/kinds-chozai-dpc.md §3.4 (positions and widths [H]: MD + NDB; R02 記号・番号 widths [INF] 38 from the
// official 医科 R04 text); claim-records.md §4.3. Confidence of the table: H for order/widths, M for the wording.
// Sources used:
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/20_CREATE_TABLE_TNDS_T_RCP_DPC_HO.sql
//   (INSURER_NO 8, PRAC_TRUE_DAYS 2, TOTAL_SCORE 8, RESERVE_01 5, TIMES 2, TOTAL_PRICE 8, REASON_DUTY 1, MEDI_INSU 9,
//   RDCT_TAX_DIV 1, RDCT_RAT 3, RDCT_PRICE 6, STAND_BURD_PRICE 8; 記号・番号 dropped) and the view CMDV_T_DPC_BASE
//   (index file id 32171698276: 「標準負担額（食事療養・生活療養）」).
// - MD: kuenishi/meddatum @ 844d27d (per the notes §0.2; HO 16 fields incl. 標準負担額 数字8).
// - Official 医科 R04 text shared/spec/ika-R04/kiroku-ika-R0404.txt 第1章3(4)ウ(ア) (wording of fields 1–15).
import { defineRecord } from '../../types.js';

export const HO = /* @__PURE__ */ defineRecord({
  id: 'HO',
  name: '保険者レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.4 (MD; NDB TNDS_T_RCP_DPC_HO); 医科 R04 第1章3(4)ウ(ア) for fields 1–15',
  confidence: 'H',
  note: '医療保険レセプト（国民健康保険、退職者医療又は後期高齢者医療を含む）の場合に記録する。１レセプトに複数不可。項目 1〜15 は医科の保険者レコードと同じ並び・桁で、ＤＰＣ用は末尾に「標準負担額」（数字８）が加わる [H]。総括レセプトでは総括全体の、明細レセプトではその明細の内容を記録する [INF]。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HO”を記録する。' },
    { key: 'insurerNumber', name: '保険者番号', mode: '英数', maxBytes: 8, format: '固定', kind: 'digits', required: 'required', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, confidence: 'H', note: '保険者番号が８桁に満たない場合は、先頭から“スペース”を記録し、８桁で記録する。' },
    // [INF] width 38 (R02+) from 医科 R04; H-era transcriptions differ (40 / combined 38) — a later correction is a one-line edit here.
    { key: 'cardSymbol', name: '被保険者証（手帳）等の記号', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'conditional', personal: true, confidence: 'INF', note: '「記号及び番号」欄の記号。番号のみの場合は省略。英数と漢字を混在しない。記号と番号を合せた文字数の上限は英数：１９、漢字：１９（医科 R04 と同じと推定 [INF]）。' },
    // [INF] width 38 (R02+) from 医科 R04 — a later correction is a one-line edit here.
    { key: 'cardNumber', name: '被保険者証（手帳）等の番号', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'INF', note: '「記号及び番号」欄の番号（後期高齢者は被保険者番号）。英数と漢字を混在しない（医科 R04 と同じと推定 [INF]）。' },
    { key: 'actualDays', name: '診療実日数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', confidence: 'H' },
    { key: 'totalPoints', name: '合計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: 'ＤＰＣレセプトでは包括評価部分（合計調整レコードの今月包括合計点数）と出来高部分（診療行為・医薬品・特定器材レコードの点数×回数、食事療養等を除く）の合計と推定 [INF]。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 5, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'mealCount', name: '食事療養・生活療養 回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', inpatient: 'only', required: 'conditional', confidence: 'H', note: '食事療養及び生活療養の食事回数を記録。その他は省略。' },
    { key: 'mealAmount', name: '食事療養・生活療養 合計金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', inpatient: 'only', required: 'conditional', confidence: 'H', note: '食事療養及び生活療養の合計金額を記録。その他は省略。' },
    { key: 'occupationalReason', name: '職務上の事由', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'dpc:16', required: 'conditional', confidence: 'H', note: '船員保険の被保険者で職務上の取扱いとなる場合等に記録（医科と同じ）。' },
    { key: 'certificateNumber', name: '証明書番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '国保・退職者医療で「一部負担金減額、免除、徴収猶予証明書」に証明書番号が記載されている場合に記録。（先頭ゼロ: 医科 R04 の証明書番号と同じく、数字・可変の一般則により上位桁のゼロは記録しない（kind integer）。）' },
    { key: 'burdenAmount', name: '負担金額 医療保険', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '入院における負担金額が必要な場合に記録。' },
    { key: 'reductionClass', name: '減免区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'dpc:17', required: 'conditional', confidence: 'H', note: '一部負担金減額、免除、徴収猶予証明書が提示された場合等に記録。' },
    { key: 'reductionRate', name: '減額割合', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '負担金額が「割」の単位で減額される場合に百分率（％）で記録。' },
    { key: 'reductionAmount', name: '減額金額', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '負担金額が「円」の単位で減額される場合に記録。' },
    // [M] 項目名 grouping under 食事療養・生活療養 from NDB's view (「標準負担額（食事療養・生活療養）」); the notes write 標準負担額.
    { key: 'mealStandardBurden', name: '食事療養・生活療養 標準負担額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: 'ＤＰＣ用のみの項目 [H 位置・桁]。食事療養・生活療養に係る標準負担額（患者負担額）の合計を記録し、食事療養等がない場合は省略すると推定 [INF]。' },
  ],
});
