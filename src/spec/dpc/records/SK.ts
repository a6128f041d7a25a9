// DPC 診療関連レコード (SK), 7 fields. ＤＰＣ用のみのレコード.
// Source: shared/spec/kinds-chozai-dpc.md §3.5 (positions and widths [H]: MD and NDB; modes, 固定/可変 and rules [M]: MD);
// claim-records.md §4.3. Confidence of the table: M.
// Sources used:
// - MD: kuenishi/meddatum @ 6400d03 (unchanged at HEAD 844d27d; first added in 187fe8b) : include/rezept_dpc.hrl — a column
//   transcription of the SSK ＤＰＣ用 記録条件仕様 iryokikan_in_03.pdf (平成24–26): mode, bytes, 固定/可変 and 記録内容 notes.
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/29_CREATE_TABLE_TNDS_T_RCP_DPC_SK.sql (columns in record order
//   with widths, H29 test DB; independent of MD).
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/pagecontent/mapping.md (R02 record list and multiplicity);
//   the DPC mapping FSH (index file id 3926469223) for R02 item names of GA / HH / GT.
// Dates: the H-era widths were 5 (GYYMM) / 7 (GYYMMDD); the R02+ 西暦 widths 6 / 8 are [INF].
import { defineRecord } from '../../types.js';

export const SK = /* @__PURE__ */ defineRecord({
  id: 'SK',
  name: '診療関連レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.5 SK (MD rezept_dpc.hrl COLUMNS_SK, 第1章 サ 診療関連情報; NDB TNDS_T_RCP_DPC_SK)',
  confidence: 'M',
  note: '診療関連情報（診断群分類区分を決定するための手術名等）。レセプトがＤＰＣレセプト及び総括対象ＤＰＣレセプトの場合に記録する（任意、複数可 [M] HDW-D）。区分番号又は診療区分コードのいずれかを記録し、他方は記録を省略する。診療名称は区分番号のみを記録した場合に記録する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SK”を記録する。' },
    { key: 'code', name: '診療行為コード', mode: '数字', maxBytes: 9, format: '可変', kind: 'digits', required: 'optional', confidence: 'H', note: '手術又は処置等の診療名称を省略する場合、別に定める診療行為コードを記録する。記録は任意。診療行為コードが定められていない場合は省略。' },
    // [M] MD notes that 英数 values can hold a half-width katakana subdivision (e.g. “K9202ｲ”); the hyphen-free form is [INF].
    { key: 'procedureSection', name: '区分番号', mode: '英数', maxBytes: 10, format: '可変', kind: 'code', required: 'conditional', confidence: 'M', note: '「厚生労働大臣が定める傷病名、手術、処置等及び副傷病名」の手術、手術・処置等１及び手術・処置等２に定められた区分を記録する（例“K6722”、枝の片仮名は半角で“K9202ｲ”のように記録される [M]）。平成２４年３月診療以前分は最大７バイト。区分番号が定められていない場合は省略。' },
    // [INF] 西暦 width 8 (YYYYMMDD) from the H-era width 7 (GYYMMDD) — a later correction is a one-line edit here.
    { key: 'performedDate', name: '実施（予定）年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'INF', note: '手術、処置の実施年月日又は予定年月日を西暦で記録する。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。' },
    { key: 'careCategory', name: '診療区分コード', mode: '英数', maxBytes: 4, format: '可変', kind: 'code', table: 'dpc:27', required: 'conditional', confidence: 'M', note: '区分番号が定められていない診断群分類区分の場合、診療区分コード（別表27）を記録する。その他の場合は省略。' },
    { key: 'careName', name: '診療名称', mode: '漢字', maxBytes: 200, format: '可変', kind: 'text', required: 'conditional', confidence: 'M', note: '区分番号が記録された場合、区分番号の翻訳情報を記録する。ただし、診療行為コード又は診療区分コードが記録された場合は記録を省略する。' },
  ],
});
