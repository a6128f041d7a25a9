// DPC 包括評価レコード (HH), 9 fields. ＤＰＣ用のみのレコード (包括評価情報 (イ)).
// Source: shared/spec/kinds-chozai-dpc.md §3.5 (positions and widths [H]: MD and NDB; modes, 固定/可変 and rules [M]: MD);
// claim-records.md §4.3. Confidence of the table: M.
// Sources used:
// - MD: kuenishi/meddatum @ 6400d03 (unchanged at HEAD 844d27d; first added in 187fe8b) : include/rezept_dpc.hrl — a column
//   transcription of the SSK ＤＰＣ用 記録条件仕様 iryokikan_in_03.pdf (平成24–26): mode, bytes, 固定/可変 and 記録内容 notes.
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/31_CREATE_TABLE_TNDS_T_RCP_DPC_HH.sql (columns in record order
//   with widths, H29 test DB; independent of MD).
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/pagecontent/mapping.md (R02 record list and multiplicity);
//   the DPC mapping FSH (index file id 3926469223) for R02 item names of GA / HH / GT.
// Dates: the H-era widths were 5 (GYYMM) / 7 (GYYMMDD); the R02+ 西暦 widths 6 / 8 are [INF].
import { defineRecord } from '../../types.js';

export const HH = /* @__PURE__ */ defineRecord({
  id: 'HH',
  name: '包括評価レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.5 HH (MD rezept_dpc.hrl COLUMNS_HH, 第1章 シ(イ); NDB TNDS_T_RCP_DPC_HH; HDW-D R02 item names)',
  confidence: 'M',
  note: '診断群分類点数表による請求点数を、診療年月・請求調整区分・自他保険区分・負担区分・入院期間区分ごとに記録する（必須、複数可 [M] HDW-D）。入院期間区分別の入院日数が０日の場合は当該入院期間区分の包括評価レコードを記録しない。退院月に適用する診断群分類区分が入院期間中のものと異なる場合、退院月のレセプトに調整分の包括評価レコードを記録する（MD 注）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HH”を記録する。' },
    // [INF] 西暦 width 6 (YYYYMM) from the H-era width 5 (GYYMM) — a later correction is a one-line edit here.
    { key: 'serviceMonth', name: '診療年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'INF', note: '当該包括評価レコードの診療年月を西暦で記録する（平成版は和暦 GYYMM）。' },
    { key: 'adjustmentClass', name: '請求調整区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'dpc:28', required: 'required', confidence: 'H', note: '請求調整区分コード（別表28）を記録する。' },
    { key: 'ownOtherInsurance', name: '自他保険区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'dpc:30', required: 'conditional', confidence: 'M', note: '請求調整区分が“2”（今月の請求分）の場合、自他保険区分コード（別表30）を記録する。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'burdenCategory', name: '負担区分', mode: '英数', maxBytes: 1, format: '可変', kind: 'code', table: 'dpc:20', required: 'conditional', confidence: 'M', note: '請求調整区分が“2”（今月の請求分）であり自他保険区分が“1”（自保険分）の場合、負担区分コード（別表20）を記録する。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'periodClass', name: '入院期間区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'dpc:31', required: 'required', confidence: 'H', note: '診療年月、請求調整区分、自他保険区分及び負担区分に対応する入院期間区分コード（別表31）を記録する。' },
    { key: 'periodPoints', name: '入院期間区分別点数', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '診断群分類区分及び入院期間区分に対応した１日当たりの包括評価点数を記録する。' },
    { key: 'periodDays', name: '入院期間区分別入院日数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '診療年月、請求調整区分、自他保険区分、負担区分及び入院期間区分に対応する入院期間から外泊日数を除いた入院日数を記録する。' },
    { key: 'subtotalPoints', name: '包括小計点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '診療年月、請求調整区分、自他保険区分、負担区分及び入院期間区分に対応する包括小計点数（入院期間区分別点数×入院期間区分別入院日数 [INF]）を記録する。' },
  ],
});
