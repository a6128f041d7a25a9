// DPC 公費レコード (KO), 13 fields.
// Source: shared/spec/kinds-chozai-dpc.md §3.4 (positions and widths [H]: MD + NDB); claim-records.md §4.3.
// Confidence of the table: H for order/widths, M for the wording.
// Sources used:
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/21_CREATE_TABLE_TNDS_T_RCP_DPC_KO.sql
//   (DEFRAYER_NO 8, EX_GRATIA_PAY_DIV 1, PRAC_TRUE_DAYS 2, TOTAL_SCORE 8, PUB_MONEY 8, RESERVE_01 6,
//   PUB_MONEY_PAY_HOSTZ_BURD 6, RESERVE_02 5, TIMES 2, TOTAL_PRICE 8, STAND_BURD_PRICE 8; 受給者番号 dropped).
// - MD: kuenishi/meddatum @ 844d27d (per the notes §0.2 and claim-records.md §4.3: 予備6 in place of 医科's 外来一部負担金).
// - Official 医科 R04 text shared/spec/ika-R04/kiroku-ika-R0404.txt 第1章3(4)ウ(イ) (wording of the shared fields).
import { defineRecord } from '../../types.js';

export const KO = /* @__PURE__ */ defineRecord({
  id: 'KO',
  name: '公費レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.4 (MD; NDB TNDS_T_RCP_DPC_KO); 医科 R04 第1章3(4)ウ(イ) for shared wording',
  confidence: 'H',
  note: '公費負担医療レセプトの場合に記録する（併用する公費の数だけ１～４レコード、「法別番号及び制度の略称表」の順）。医科の公費レコードと比べ、#8（医科の公費給付対象外来一部負担金）が予備で、末尾に「標準負担額」（数字８）が加わる [H]。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“KO”を記録する。' },
    { key: 'payerNumber', name: '公費負担医療 負担者番号', mode: '英数', maxBytes: 8, format: '固定', kind: 'digits', required: 'required', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, confidence: 'H', note: '医療券等に記載されている公費負担者番号８桁を記録する。' },
    { key: 'recipientNumber', name: '公費負担医療 受給者番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'conditional', mask: { checkDigit: true }, personal: true, confidence: 'H', note: '受給者番号７桁。７桁に満たない場合は先頭から“0”を記録し７桁で記録。医療観察法（法別３０）の場合は省略（医科と同じ）。' },
    { key: 'optionalBenefit', name: '公費負担医療 任意給付区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', confidence: 'H', note: '国民健康保険又は退職者医療において公費負担者に任意給付がある場合は“1”を記録する。その他は省略。' },
    { key: 'actualDays', name: '診療実日数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', confidence: 'H' },
    { key: 'totalPoints', name: '合計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', confidence: 'H' },
    { key: 'burdenAmount', name: '負担金額 公費', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医療券等に公費負担医療に係る患者の負担額が記載されている場合に記録。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 6, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「負担金額 公費給付対象外来一部負担金」（ＤＰＣは入院のみ）。' },
    { key: 'inpatientCopayCovered', name: '負担金額 公費給付対象入院一部負担金', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医療保険（後期高齢者医療）と公費の併用で、入院一部負担金相当額の一部を公費が給付するときに給付対象額を記録（医科と同じ）。' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 5, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'mealCount', name: '食事療養・生活療養 回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', inpatient: 'only', required: 'conditional', confidence: 'H', note: '公費の食事療養及び生活療養の食事回数を記録。その他は省略。' },
    { key: 'mealAmount', name: '食事療養・生活療養 合計金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', inpatient: 'only', required: 'conditional', confidence: 'H', note: '公費の食事療養及び生活療養の合計金額を記録。その他は省略。' },
    // [M] 項目名 grouping as in HO (NDB STAND_BURD_PRICE); meaning [INF].
    { key: 'mealStandardBurden', name: '食事療養・生活療養 標準負担額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: 'ＤＰＣ用のみの項目 [H 位置・桁]。公費に係る食事療養・生活療養の標準負担額を記録すると推定 [INF]。' },
  ],
});
