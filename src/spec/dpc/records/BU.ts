// DPC 診断群分類レコード (BU), 6 fields. ＤＰＣ用のみのレコード.
// Source: shared/spec/kinds-chozai-dpc.md §3.5 (positions and widths [H]: MD and NDB column by column; modes, 固定/可変 and
// rules [M]: MD, H-era); claim-records.md §4.3. Confidence of the table: M.
// Sources used:
// - MD: kuenishi/meddatum @ 6400d03 (unchanged at HEAD 844d27d; first added in 187fe8b) : include/rezept_dpc.hrl — a column
//   transcription of the SSK ＤＰＣ用 記録条件仕様 iryokikan_in_03.pdf (平成24–26): mode, bytes, 固定/可変 and 記録内容 notes.
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/25_CREATE_TABLE_TNDS_T_RCP_DPC_BU.sql (columns in record order
//   with widths, H29 test DB; independent of MD).
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/pagecontent/mapping.md (R02 record list and multiplicity);
//   the DPC mapping FSH (index file id 3926469223) for R02 item names of GA / HH / GT.
// Dates: the H-era widths were 5 (GYYMM) / 7 (GYYMMDD); the R02+ 西暦 widths 6 / 8 are [INF].
import { defineRecord } from '../../types.js';

export const BU = /* @__PURE__ */ defineRecord({
  id: 'BU',
  name: '診断群分類レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.5 BU (MD rezept_dpc.hrl COLUMNS_BU, 第1章 キ 診断群分類情報; NDB TNDS_T_RCP_DPC_BU)',
  confidence: 'M',
  note: '診断群分類情報。レセプトがＤＰＣレセプト及び総括対象ＤＰＣレセプトの場合に記録する（必須、１レセプトに複数不可 [M] HDW-D）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“BU”を記録する。' },
    { key: 'dpcCode', name: '診断群分類番号', mode: '英数', maxBytes: 14, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '別に定める診断群分類番号（１４桁、“x”等の英字を含む）を記録する。' },
    // [INF] 西暦 width 8 (YYYYMMDD) from the H-era width 7 (GYYMMDD) — a later correction is a one-line edit here.
    { key: 'admissionDate', name: '今回入院年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'INF', note: '今回入院年月日を西暦で記録する（平成版は和暦 GYYMMDD）。' },
    // [INF] 西暦 width 8; re-admission window "7日以内" (R02 別表29 wording) where MD (H-era) says "3日以内" — a later correction is a one-line edit here.
    { key: 'dischargeDate', name: '今回退院年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'INF', note: '今回退院年月日を西暦で記録する。退院前レセプト又は診断群分類区分の対象外に切り替わる前のレセプトについては記録を省略する。診断群分類番号の上６桁が同一である診断群分類での再入院（平成版は３日以内、R02 は７日以内と推定）が行われた場合も記録を省略する。' },
    { key: 'dpcOutcome', name: 'DPC転帰区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'dpc:22', required: 'conditional', confidence: 'M', note: '退院時又は診断群分類区分の対象外に切り替わる場合、DPC転帰区分コード（別表22）を記録する。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'causeOfDeath', name: '死因', mode: '漢字', maxBytes: 100, format: '可変', kind: 'text', required: 'conditional', confidence: 'M', note: 'DPC転帰区分が“7”（外死亡）の場合、死亡診断書に記入した死因を記録する。その他の場合は、記録を省略する。' },
  ],
});
