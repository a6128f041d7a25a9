// DPC 傷病レコード (SB), 8 fields. ＤＰＣ用のみのレコード (総括対象医科入院レセプトでは SY を用いる).
// Source: shared/spec/kinds-chozai-dpc.md §3.5 (positions and widths [H]: MD and NDB; modes, 固定/可変 and rules [M]: MD);
// claim-records.md §4.3. Confidence of the table: M.
// Sources used:
// - MD: kuenishi/meddatum @ 6400d03 (unchanged at HEAD 844d27d; first added in 187fe8b) : include/rezept_dpc.hrl — a column
//   transcription of the SSK ＤＰＣ用 記録条件仕様 iryokikan_in_03.pdf (平成24–26): mode, bytes, 固定/可変 and 記録内容 notes.
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/26_CREATE_TABLE_TNDS_T_RCP_DPC_SB.sql (columns in record order
//   with widths, H29 test DB; independent of MD).
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/pagecontent/mapping.md (R02 record list and multiplicity);
//   the DPC mapping FSH (index file id 3926469223) for R02 item names of GA / HH / GT.
// Dates: the H-era widths were 5 (GYYMM) / 7 (GYYMMDD); the R02+ 西暦 widths 6 / 8 are [INF].
import { defineRecord } from '../../types.js';

export const SB = /* @__PURE__ */ defineRecord({
  id: 'SB',
  name: '傷病レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.5 SB (MD rezept_dpc.hrl COLUMNS_SB, 第1章 ク 傷病情報; NDB TNDS_T_RCP_DPC_SB)',
  confidence: 'M',
  note: '傷病情報。レセプトがＤＰＣレセプト及び総括対象ＤＰＣレセプトの場合に記録する（必須、複数可 [M] HDW-D：傷病名、副傷病名、主傷病名等を傷病名区分ごとに記録）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SB”を記録する。' },
    { key: 'diseaseCode', name: '傷病名コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定める傷病名コードを記録する。傷病名コードを設定していない傷病名（未コード化傷病名）については“0000999”を記録する。' },
    { key: 'modifierCodes', name: '修飾語コード', mode: '英数', maxBytes: 80, format: '可変', kind: 'digits', repeat: { unit: 4, max: 20 }, required: 'conditional', confidence: 'H', note: '傷病名コードの傷病名に接頭語又は接尾語を必要とする場合は、別に定める修飾語コードを順に記録する。最大２０個まで。バイト数は４の倍数。その他の場合は省略。' },
    { key: 'diseaseName', name: '傷病名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '未コード化傷病名の場合は、当該傷病名を記録する。その他の場合は省略。' },
    { key: 'icd10Code', name: 'ICD10コード', mode: '英数', maxBytes: 5, format: '可変', kind: 'code', required: 'required', confidence: 'M', note: '傷病名に対応するICD10コードを記録する（例“K802”、小数点は記録しない [INF]）。' },
    { key: 'diseaseClass', name: '傷病名区分', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'dpc:23', required: 'required', confidence: 'H', note: '当該傷病名に対する傷病名区分コード（別表23）を記録する。' },
    { key: 'causeOfDeath', name: '死因', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', confidence: 'M', note: 'DPC転帰区分が“7”（外死亡）の場合、死因の対象傷病名について“1”（死因）を記録する。その他の場合は、記録を省略する。' },
    { key: 'supplementaryComment', name: '補足コメント', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '傷病名に対する補足コメントが必要な場合に記録する。その他の場合は、記録を省略する。' },
  ],
});
