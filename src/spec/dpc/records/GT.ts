// DPC 合計調整レコード (GT), 12 fields. ＤＰＣ用のみのレコード (包括評価情報 (ウ)).
// Source: shared/spec/kinds-chozai-dpc.md §3.5 (positions and widths [H]: MD and NDB; modes, 固定/可変 and rules [M]: MD);
// claim-records.md §4.3. Confidence of the table: M.
// Sources used:
// - MD: kuenishi/meddatum @ 6400d03 (unchanged at HEAD 844d27d; first added in 187fe8b) : include/rezept_dpc.hrl — a column
//   transcription of the SSK ＤＰＣ用 記録条件仕様 iryokikan_in_03.pdf (平成24–26): mode, bytes, 固定/可変 and 記録内容 notes.
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/32_CREATE_TABLE_TNDS_T_RCP_DPC_GT.sql (columns in record order
//   with widths, H29 test DB; independent of MD).
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/pagecontent/mapping.md (R02 record list and multiplicity);
//   the DPC mapping FSH (index file id 3926469223) for R02 item names of GA / HH / GT.
// Dates: the H-era widths were 5 (GYYMM) / 7 (GYYMMDD); the R02+ 西暦 widths 6 / 8 are [INF].
import { defineRecord } from '../../types.js';

export const GT = /* @__PURE__ */ defineRecord({
  id: 'GT',
  name: '合計調整レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.5 GT (MD rezept_dpc.hrl COLUMNS_GT and 注1–5, 第1章 シ(ウ); NDB TNDS_T_RCP_DPC_GT; HDW-D R02 item names)',
  confidence: 'M',
  note: '各月の合計点数及び退院時の調整点数を記録する（任意、複数可 [M] HDW-D）。診断群分類区分が変更された診療月については、調整点数が０点であっても調整分の内容を記録する。同一月に複数回の保険変更があった場合は、合計調整レコードごとに変更年月日を記録する（MD 注）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“GT”を記録する。' },
    // [INF] 西暦 width 6 (YYYYMM) from the H-era width 5 (GYYMM) — a later correction is a one-line edit here.
    { key: 'serviceMonth', name: '診療年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'INF', note: '当該合計調整レコードの診療年月を西暦で記録する（平成版は和暦 GYYMM）。' },
    { key: 'adjustmentClass', name: '請求調整区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'dpc:28', required: 'required', confidence: 'H', note: '請求調整区分コード（別表28）を記録する。' },
    { key: 'ownOtherInsurance', name: '自他保険区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'dpc:30', required: 'conditional', confidence: 'M', note: '請求調整区分が“2”（今月の請求分）の場合、自他保険区分コード（別表30）を記録する。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'burdenCategory', name: '負担区分', mode: '英数', maxBytes: 1, format: '可変', kind: 'code', table: 'dpc:20', required: 'conditional', confidence: 'M', note: '請求調整区分が“2”（今月の請求分）であり自他保険区分が“1”（自保険分）の場合、負担区分コード（別表20）を記録する。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'subtotalSum', name: '包括小計点数合算', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '診療年月、請求調整区分、自他保険区分及び負担区分が一致する包括評価レコードの包括小計点数を合算して記録する。' },
    { key: 'evaluationPoints', name: '包括評価点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '包括小計点数合算と医療機関別係数（外泊レコード）の乗算結果を記録する（１点未満は四捨五入と推定 [INF]）。' },
    { key: 'adjustmentPoints', name: '調整点数', mode: '英数', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', number: { signed: true }, note: '請求調整区分が“3”（過去の調整分）の場合、当該診療年月における調整分の包括評価点数と請求分（請求調整区分“1”）の包括評価点数との差を記録する。符号付きの整数を英数モードで記録する：マイナスの場合は負符号“-”を先頭に付加する。記録可能範囲はプラスの場合は符号なしで数字７桁まで（0〜9999999）、マイナスの場合は負符号１桁＋数字６桁まで（-1〜-999999）。その他の場合は、記録を省略する。' },
    { key: 'monthTotalPoints', name: '今月包括合計点数', mode: '英数', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', number: { signed: true }, note: '今月請求する包括評価点数を記録する。退院月（診断群分類区分の対象外に切り替わる月を含む [INF]）において調整点数がある場合は、全調整点数及び当該包括評価点数を合算して記録する。符号付きの整数を英数モードで記録する：マイナスの場合は負符号“-”を先頭に付加する。記録可能範囲はプラスの場合は符号なしで数字８桁まで（0〜99999999）、マイナスの場合は負符号１桁＋数字７桁まで（-1〜-9999999）。請求調整区分が“2”であり自他保険区分が“1”（自保険分）以外の場合は、記録を省略する。' },
    { key: 'practiceCategory', name: '診療識別', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'dpc:19', required: 'conditional', confidence: 'H', note: '請求調整区分が“2”（今月の請求分）であり自他保険区分が“1”（自保険分）の場合、診療識別コード（別表19）“93”を記録する。その他の場合は、記録を省略する。' },
    // [INF] 西暦 width 8 (YYYYMMDD) from the H-era width 7; [M] 「保険変更」 group heading from HDW-D (R02) — a later correction is a one-line edit here.
    { key: 'changeDate', name: '保険変更 変更年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'INF', note: '保険者番号等の変更又は負担区分の変更があった場合、変更年月日を西暦で記録する。その他の場合は、記録を省略する。MD（平成版）の項目名は「変更年月日」、HDW-D（R02）は「保険変更」の下に置く。' },
    // [M] 「保険変更」 group heading from HDW-D (R02); MD writes 「文字データ」.
    { key: 'changeText', name: '保険変更 文字データ', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'M', note: '変更年月日が記録された場合、変更情報を記録する。文字データの記録は任意であり、記録しない場合は記録を省略する。' },
  ],
});
