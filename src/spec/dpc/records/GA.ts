// DPC 外泊レコード (GA), 7 fields. ＤＰＣ用のみのレコード (包括評価情報 (ア)).
// Source: shared/spec/kinds-chozai-dpc.md §3.5 (positions and widths [H]: MD and NDB; modes, 固定/可変 and rules [M]: MD);
// claim-records.md §4.3. Confidence of the table: M.
// Sources used:
// - MD: kuenishi/meddatum @ 6400d03 (unchanged at HEAD 844d27d; first added in 187fe8b) : include/rezept_dpc.hrl — a column
//   transcription of the SSK ＤＰＣ用 記録条件仕様 iryokikan_in_03.pdf (平成24–26): mode, bytes, 固定/可変 and 記録内容 notes.
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/30_CREATE_TABLE_TNDS_T_RCP_DPC_GA.sql (columns in record order
//   with widths, H29 test DB; independent of MD).
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/pagecontent/mapping.md (R02 record list and multiplicity);
//   the DPC mapping FSH (index file id 3926469223) for R02 item names of GA / HH / GT.
// Dates: the H-era widths were 5 (GYYMM) / 7 (GYYMMDD); the R02+ 西暦 widths 6 / 8 are [INF].
import { defineRecord } from '../../types.js';

export const GA = /* @__PURE__ */ defineRecord({
  id: 'GA',
  name: '外泊レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.5 GA (MD rezept_dpc.hrl COLUMNS_GA, 第1章 シ(ア); NDB TNDS_T_RCP_DPC_GA; HDW-D R02 item names)',
  confidence: 'M',
  note: '包括評価情報。レセプトがＤＰＣレセプト及び総括対象ＤＰＣレセプトの場合に記録する（必須、複数可 [M] HDW-D）。診療年月・請求調整区分ごとに記録する [INF]。総括レセプトで月初に退院し月末に再入院した場合、各明細の外泊レコードにはそれぞれの入院期間の外泊状況を記録する（MD）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“GA”を記録する。' },
    // [INF] 西暦 width 6 (YYYYMM) from the H-era width 5 (GYYMM) — a later correction is a one-line edit here.
    { key: 'serviceMonth', name: '診療年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'INF', note: '当該外泊レコードの診療年月を西暦で記録する（平成版は和暦 GYYMM）。' },
    { key: 'adjustmentClass', name: '請求調整区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'dpc:28', required: 'required', confidence: 'H', note: '請求調整区分コード（別表28）を記録する。' },
    { key: 'leaveDays', name: '外泊等', mode: '数字', maxBytes: 31, format: '可変', kind: 'code', table: 'dpc:29', repeat: { unit: 1, max: 31 }, required: 'required', confidence: 'M', note: '当該診療年月の外泊の状況及び再入院・再転棟の状況を外泊等コード（別表29）で日々単位に、１日から順に１桁ずつ記録する。３１日に満たない月は月末日までを記録し、残りは省略する。総括対象ＤＰＣレセプトの場合は、当該明細情報の入院期間に係る情報に限り記録する。' },
    { key: 'dpcCode', name: '診断群分類番号', mode: '英数', maxBytes: 14, format: '可変', kind: 'code', required: 'conditional', confidence: 'H', note: '請求調整区分が“1”（過去の請求済分）であり診断群分類レコードの診断群分類番号と異なる場合、当該診療年月時点の診断群分類番号を記録する。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'facilityCoefficient', name: '医療機関別係数', mode: '英数', maxBytes: 6, format: '可変', kind: 'decimal', required: 'required', confidence: 'H', number: { intDigits: 1, fracDigits: 4, trailingZeros: true }, note: '病院ごとの係数（当該診療年月時点の施設基準等による係数を合算等したもの）を記録する。英数モードで記録する小数：整数部１桁、小数部４桁として、整数部と小数部は小数点で区切り記録する（例“1.4325”）。有効桁までの記録としても差し支えない。' },
    // [M] 項目名 from HDW-D (R02, 「翌月再入院(転棟)予定の有無」); MD (H-era) writes 「翌月再入院予定の有無」 and "3日以内".
    { key: 'readmissionPlanned', name: '翌月再入院（転棟）予定の有無', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', confidence: 'M', note: '請求調整区分が“2”（今月の請求分）であり、当該診療年月の月末日に退院（転棟）した後、上６桁が同一である診断群分類による再入院（再転棟）が行われる予定がある場合、“1”（有）を記録する。その他の場合は省略。' },
  ],
});
