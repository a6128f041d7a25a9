// DPC 患者基礎レコード (KK), 14 fields. ＤＰＣ用のみのレコード.
// Source: shared/spec/kinds-chozai-dpc.md §3.5 (positions and widths [H]: MD and NDB; modes, 固定/可変 and rules [M]: MD);
// claim-records.md §4.3. Confidence of the table: M.
// Sources used:
// - MD: kuenishi/meddatum @ 6400d03 (unchanged at HEAD 844d27d; first added in 187fe8b) : include/rezept_dpc.hrl — a column
//   transcription of the SSK ＤＰＣ用 記録条件仕様 iryokikan_in_03.pdf (平成24–26): mode, bytes, 固定/可変 and 記録内容 notes.
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/28_CREATE_TABLE_TNDS_T_RCP_DPC_KK.sql (columns in record order
//   with widths, H29 test DB; independent of MD).
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/pagecontent/mapping.md (R02 record list and multiplicity);
//   the DPC mapping FSH (index file id 3926469223) for R02 item names of GA / HH / GT.
// Dates: the H-era widths were 5 (GYYMM) / 7 (GYYMMDD); the R02+ 西暦 widths 6 / 8 are [INF].
import { defineRecord } from '../../types.js';

export const KK = /* @__PURE__ */ defineRecord({
  id: 'KK',
  name: '患者基礎レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.5 KK (MD rezept_dpc.hrl COLUMNS_KK, 第1章 コ 患者基礎情報; NDB TNDS_T_RCP_DPC_KK)',
  confidence: 'M',
  note: '患者基礎情報（入退院情報、年齢等）。レセプトがＤＰＣレセプト及び総括対象ＤＰＣレセプトの場合に記録する（必須、１レセプトに複数不可 [M] HDW-D）。年齢・体重・JCS・Burn Index・重症度等・GAF・月齢は、その要件が定められている診断群分類区分の場合に記録する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“KK”を記録する。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。平成２２年３月診療以前分の場合は、当時の記録条件仕様に基づき「転科の有無」を記録する（NDB 列 CHG_DEPT_YON）。' },
    // [M] 項目名: MD writes 「一般病棟以外の病院移動の有無」 (病院 read as a slip for 病棟, NDB EXCPT_PUB_WARD_MOVE_YON); the notes call it 転科・転棟.
    { key: 'wardTransfer', name: '一般病棟以外の病棟移動の有無', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', confidence: 'M', note: '対象外病棟への転科又は対象外病棟から一般病棟へ転棟した場合は、“1”（有）を記録する。その他の場合は、記録を省略する。' },
    { key: 'admissionRoute', name: '予定・緊急入院区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'dpc:26', required: 'required', confidence: 'H', note: '予定・緊急入院区分コード（別表26）を記録する。' },
    // [INF] 西暦 width 8 (YYYYMMDD) from the H-era width 7 (GYYMMDD) — a later correction is a one-line edit here.
    { key: 'previousDischargeDate', name: '前回退院年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'INF', note: '当該保険医療機関において入院歴がある場合、前回の退院年月日を西暦で記録する。診断群分類番号の上６桁が同一である診断群分類での再入院が行われた場合は、それ以前の退院年月日を記録する。その他の場合は省略。' },
    { key: 'sameAsPrevious', name: '前回同一傷病での入院の有無', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', confidence: 'M', note: '今回入院時の入院契機病名と前回入院時に最も医療資源を投入した傷病名が同一（診断群分類番号の上６桁が同一）である場合は、“1”（有）を記録する。その他の場合は省略。' },
    { key: 'ageAtAdmission', name: '入院時年齢', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '年齢要件又は月齢要件が定められている診断群分類区分の場合、入院時の患者年齢を記録する。１歳未満の場合は“0”。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'birthWeight', name: '出生時体重', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '出生時体重要件が定められている診断群分類区分の場合、ｇ単位で記録する。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'jcs', name: 'JCS', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: 'JCS要件が定められている診断群分類区分の場合、JCSを記録する。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。' },
    { key: 'burnIndex', name: 'Burn Index', mode: '英数', maxBytes: 5, format: '可変', kind: 'decimal', required: 'conditional', confidence: 'H', number: { intDigits: 3, fracDigits: 1, trailingZeros: true }, note: 'Burn Index要件が定められている診断群分類区分の場合に記録する。英数モードで記録する小数：整数部３桁、小数部１桁として、整数部と小数部は小数点で区切り記録する（例“12.5”）。有効桁までの記録としても差し支えない。その他の場合は、記録を省略しても差し支えない。' },
    { key: 'severity', name: '重症度等', mode: '漢字', maxBytes: 100, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '重症度等の要件が定められている診断群分類区分の場合、重症度等を記録する。その他の場合は、記録を省略しても差し支えない。' },
    // [M] 項目名: MD's table names this field 予備 but its 記録内容 is GAF (平成22年3月診療以前分の注付き); NDB column GAF.
    { key: 'gaf', name: 'GAF', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: 'GAF要件が定められている診断群分類区分の場合、GAFを記録する。その他の場合は、記録を省略しても差し支えない。MD は項目名を「予備」とするが記録内容は GAF。' },
    { key: 'monthAgeAtAdmission', name: '入院時月齢', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '月齢要件が定められている診断群分類区分で、入院時の患者年齢が１歳未満の場合、入院時の患者月齢（０から１１までの整数）を記録する。１歳以上の場合は記録を省略する。' },
  ],
});
