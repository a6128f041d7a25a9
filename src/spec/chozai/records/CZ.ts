// 調剤 調剤情報レコード (CZ): reconstructed, kinds-chozai-dpc.md §2.3 "CZ" (71 fields from R04; 54 in H30).
// Confidence: M — #1-54 [H] (UP indices, NDB columns, PO; SEG reads #2-6); #55-71 count [H] (PO, MIG), names/widths [L] (PO only).
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - NDB: harakonan/research-public @ 38bcaf46810a90246663274dc3397d9ec2881b74 (files added in b50cd48894fcb257a2d40f04a77658c8fd24ec31) : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/48_CREATE_TABLE_TNDS_T_RCP_PHA_CZ.sql (H29 column order and widths)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - MIG: public Python UKE→SQLite loader (index file id 60551822730, repository not identified) and its sample generator (index file id 60558601659): CZ counted as 71 fields
//   - HDW: HealthDataWorks/fhir-ig-jp-rezept-medication @ 6175e85594b91da0399c3b18f40d15f386d9fe3e : gofsh_output/input/fsh/*-CodeSystem.fsh, input/pagecontent/mapping.md (cites R02bt1_4_kiroku_chozai.pdf)
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const CZ = /* @__PURE__ */ defineRecord({
  id: 'CZ',
  name: '調剤情報レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 CZ (UP, NDB, PO, MIG, SEG)',
  confidence: 'M',
  note: '１調剤日単位のデータ（必須、１処方に複数可: SH の後に調剤日ごとに１レコード）。医師番号・処方月日・調剤月日・処方箋受付回・調剤数量、薬剤調製料（調剤料）、加算料①〜⑩、一包化日数、分割調剤、R04 以降の外来服薬支援料２・調剤管理料・薬剤料減算を持つ。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“CZ”を記録する。' },
    // [INF] width 2 可変: NDB masks the column; PO accepts 1-2 digits.
    { key: 'doctorNumber', name: '医師番号', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: '処方医を示す番号。RE の「保険医氏名」欄の何番目かを記録すると推定 [INF]。' },
    // [INF] width 8 固定 converted from the H-era 7 (GYYMMDD); PO checks 8.
    { key: 'prescriptionDate', name: '処方月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'H', note: '処方箋の交付年月日を西暦 YYYYMMDD で記録する（名称は「月日」だが年月日を記録する。平成版は GYYMMDD の７桁、NDB）。PO は「処方箋交付年月日」と呼ぶ。' },
    // [INF] width 8 固定 converted from the H-era 7.
    { key: 'dispensingDate', name: '調剤月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'H', note: '調剤を行った年月日を西暦 YYYYMMDD で記録する。１調剤日につき１レコード。' },
    { key: 'receptionSeq', name: '処方箋受付回', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '当該調剤が月内の何回目の処方箋受付によるものかを記録すると推定 [INF]。KI の「処方箋受付回」と対応する。' },
    { key: 'dispensingQuantity', name: '調剤数量', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '調剤数量（内服は投与日数、屯服は回数等）を記録する [INF: 単位の読みは推定]。NDB 3。' },
    // [L] group name: PO (R08) 薬剤調製料; UP/NDB (H-era) 調剤料. Position [H].
    { key: 'dispensingFeeBurden', name: '薬剤調製料 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'required', confidence: 'M', note: '別表13 負担区分コード。R04 以降この群は薬剤調製料（平成版の「調剤料」）を記録する。' },
    { key: 'dispensingFeeCalc', name: '薬剤調製料 算定区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:14', required: 'required', confidence: 'H', note: '別表14 算定区分コードを記録する。' },
    // [INF] 固定 2 (zero-padded "01" in PO) and the meaning of the value by 算定区分.
    { key: 'dispensingFeeTarget', name: '薬剤調製料 算定先Ｎｏ', mode: '数字', maxBytes: 2, format: '固定', kind: 'digits', required: 'conditional', confidence: 'M', note: '薬剤調製料を算定する処方の SH「Ｎｏ」を２桁で記録する。算定区分“1”の場合は自らの Ｎｏ（PO の見本）、“3”“4”“6”の場合は合算・同一扱いとする先の Ｎｏ と推定 [INF]。' },
    { key: 'dispensingFeeCode', name: '薬剤調製料 コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '調剤行為コード（薬剤調製料・調剤料）を記録する。' },
    { key: 'dispensingFeePoints', name: '薬剤調製料 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '算定区分が“1”以外の場合は“0”と推定 [INF]。' },
    { key: 'splitCategory', name: '分割調剤 分割区分', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '分割調剤の場合に何回目の分割かを記録すると推定 [INF]。NDB 2。' },
    { key: 'previousQuantity', name: '分割調剤 前回までの数量', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '分割調剤の場合に前回までの調剤数量を記録すると推定 [INF]。' },
    { key: 'drugPoints', name: '薬剤料 点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '当該調剤日の薬剤料点数（単位薬剤料×調剤数量と推定 [INF]）。NDB 7。' },
    { key: 'reserved1', name: '薬剤料 予備', mode: '数字', maxBytes: 7, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する（NDB 7）。' },
    // [INF] modes of the triplet: 負担区分 英数1 固定 / コード 数字9 固定 / 点数 数字4 可変 as the other fee groups (NDB widths 1/9/4).
    { key: 'addition1Burden', name: '加算料① 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'H', note: '調剤料（薬剤調製料）の加算（麻薬等加算、自家製剤加算、計量混合調剤加算、時間外等加算等）を①から順に記録する。負担区分は別表13。' },
    { key: 'addition1Code', name: '加算料① コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H' },
    { key: 'addition1Points', name: '加算料① 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'addition2Burden', name: '加算料② 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'H' },
    { key: 'addition2Code', name: '加算料② コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H' },
    { key: 'addition2Points', name: '加算料② 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'addition3Burden', name: '加算料③ 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'H' },
    { key: 'addition3Code', name: '加算料③ コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H' },
    { key: 'addition3Points', name: '加算料③ 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'addition4Burden', name: '加算料④ 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'H' },
    { key: 'addition4Code', name: '加算料④ コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H' },
    { key: 'addition4Points', name: '加算料④ 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'addition5Burden', name: '加算料⑤ 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'H' },
    { key: 'addition5Code', name: '加算料⑤ コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H' },
    { key: 'addition5Points', name: '加算料⑤ 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'addition6Burden', name: '加算料⑥ 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'H' },
    { key: 'addition6Code', name: '加算料⑥ コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H' },
    { key: 'addition6Points', name: '加算料⑥ 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'addition7Burden', name: '加算料⑦ 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'H' },
    { key: 'addition7Code', name: '加算料⑦ コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H' },
    { key: 'addition7Points', name: '加算料⑦ 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'addition8Burden', name: '加算料⑧ 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'H' },
    { key: 'addition8Code', name: '加算料⑧ コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H' },
    { key: 'addition8Points', name: '加算料⑧ 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'addition9Burden', name: '加算料⑨ 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'H' },
    { key: 'addition9Code', name: '加算料⑨ コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H' },
    { key: 'addition9Points', name: '加算料⑨ 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'addition10Burden', name: '加算料⑩ 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'H' },
    { key: 'addition10Code', name: '加算料⑩ コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H' },
    { key: 'addition10Points', name: '加算料⑩ 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'unitDosePackagingDays', name: '一包化日数', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '一包化を行った場合にその日数を記録すると推定 [INF]。R04 以降の一包化の点数は外来服薬支援料２（第55〜57項目）で記録すると推定 [INF]。NDB 3。' },
    { key: 'splitDispensingType', name: '分割調剤 分割調剤種類', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:15', required: 'conditional', confidence: 'H', note: '分割調剤の場合に別表15 分割調剤種類コードを記録する。' },
    { key: 'previousUnitDosePackagingDays', name: '分割調剤 前回までの一包化日数', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'doctorSplitCode', name: '医師の指示による分割調剤 コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H', note: '医師の指示による分割調剤の場合に、分割を表す調剤行為コードを記録すると推定 [INF]。' },
    { key: 'doctorSplitCategory', name: '医師の指示による分割調剤 分割区分', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '分割指示のうち何回目かを記録すると推定 [INF]。' },
    { key: 'doctorSplitQuantity', name: '医師の指示による分割調剤 分割対象調剤数量', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'doctorSplitPackagingDays', name: '医師の指示による分割調剤 分割対象一包化日数', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'inclusiveManagement', name: '包括管理料等', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'chozai:18', required: 'conditional', confidence: 'H', note: '別表18 包括管理料等コードを記録する。令和8年6月調剤以降は省略（PO [L]）。' },
    { key: 'otherInstitutionVisit', name: '他医療機関受診に係る処方箋受付', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'chozai:19', required: 'conditional', confidence: 'H', note: '入院中の患者の他医療機関受診に係る処方箋の場合に別表19のコードを記録する。平成30年版はここが最終項目。' },
    // [L] #55-71 added from R04 on: count [H] (PO sample = 70 data fields, MIG 71), names and widths PO only; widths by analogy with the other fee groups [INF].
    { key: 'outpatientSupport2Burden', name: '外来服薬支援料２ 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'L', note: 'R04 以降に追加された項目（PO の名称）。一包化を行った場合の外来服薬支援料２を記録すると推定 [INF]。' },
    { key: 'outpatientSupport2Code', name: '外来服薬支援料２ コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'L' },
    { key: 'outpatientSupport2Points', name: '外来服薬支援料２ 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'L' },
    { key: 'managementFeeBurden', name: '調剤管理料 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'L', note: 'R04 で新設された調剤管理料（PO の名称）。MIG も第55〜66項目付近に 44001 で始まるコードを探す。' },
    { key: 'managementFeeCalc', name: '調剤管理料 算定区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:14', required: 'conditional', confidence: 'L' },
    { key: 'managementFeeTarget', name: '調剤管理料 算定先Ｎｏ', mode: '数字', maxBytes: 2, format: '固定', kind: 'digits', required: 'conditional', confidence: 'L' },
    { key: 'managementFeeCode', name: '調剤管理料 コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'L' },
    { key: 'managementFeePoints', name: '調剤管理料 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'L' },
    { key: 'managementOvertimeBurden', name: '調剤管理料時間外等加算 負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'conditional', confidence: 'L', note: '調剤管理料に係る時間外等加算（PO の名称）。' },
    { key: 'managementOvertimeCode', name: '調剤管理料時間外等加算 コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'conditional', confidence: 'L' },
    { key: 'managementOvertimePoints', name: '調剤管理料時間外等加算 点数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'L' },
    // [L] name PO only; width 2 可変 because PO accepts 1-2 digits; table number from the YR TOC (別表24 減算区分).
    { key: 'drugFeeReductionClass', name: '薬剤料減算 減算区分', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'chozai:24', required: 'conditional', confidence: 'L', note: '薬剤料を減算する場合に別表24 減算区分コードを記録すると推定 [INF]。コード値は未入手。' },
    // [INF] width 7 as 薬剤料 点数 (PO accepts up to 7 digits).
    { key: 'drugFeeReductionPoints', name: '薬剤料減算 合計点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'L', note: '減算する点数（符号の扱いは未確認）。' },
    { key: 'drugFeeReductionPublic1', name: '薬剤料減算 第一公費点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'L' },
    { key: 'drugFeeReductionPublic2', name: '薬剤料減算 第二公費点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'L' },
    { key: 'drugFeeReductionPublic3', name: '薬剤料減算 第三公費点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'L' },
    { key: 'drugFeeReductionPublic4', name: '薬剤料減算 第四公費点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'L' },
  ],
});
