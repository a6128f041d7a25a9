// DPC コーディングデータレコード (CD), 11 fields. ＤＰＣ用のみのレコード.
// Source: shared/spec/kinds-chozai-dpc.md §3.5 (positions and widths [H]: MD and NDB; modes, 固定/可変 and rules [M]: MD);
// claim-records.md §4.3. Confidence of the table: M.
// Sources used:
// - MD: kuenishi/meddatum @ 6400d03 (unchanged at HEAD 844d27d; first added in 187fe8b) : include/rezept_dpc.hrl — a column
//   transcription of the SSK ＤＰＣ用 記録条件仕様 iryokikan_in_03.pdf (平成24–26): mode, bytes, 固定/可変 and 記録内容 notes.
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/40_CREATE_TABLE_TNDS_T_RCP_DPC_CD.sql (columns in record order
//   with widths, H29 test DB; independent of MD).
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/pagecontent/mapping.md (R02 record list and multiplicity);
//   the DPC mapping FSH (index file id 3926469223) for R02 item names of GA / HH / GT.
// Dates: the H-era widths were 5 (GYYMM) / 7 (GYYMMDD); the R02+ 西暦 widths 6 / 8 are [INF].
import { defineRecord } from '../../types.js';

export const CD = /* @__PURE__ */ defineRecord({
  id: 'CD',
  name: 'コーディングデータレコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.5 CD (MD rezept_dpc.hrl COLUMNS_CD, 第1章 セ コーディングデータ情報; NDB TNDS_T_RCP_DPC_CD)',
  confidence: 'M',
  note: 'コーディングデータ情報：包括評価部分に係る診療行為の内容が分かる情報を、出来高部分に係る診療行為の情報も含めて記録する（任意、複数可 [M] HDW-D）。レセプトがＤＰＣレセプト及び総括対象ＤＰＣレセプトの場合、「診療識別の実施年月日順」に記録する。点数は記録しない。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“CD”を記録する。' },
    // [INF] 西暦 width 8 (YYYYMMDD) from the H-era width 7 (GYYMMDD) — a later correction is a one-line edit here.
    { key: 'performedDate', name: '実施年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'INF', note: '実施年月日を西暦で記録する（平成版は和暦 GYYMMDD）。' },
    { key: 'practiceCategory', name: '診療識別', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'dpc:19', required: 'required', confidence: 'H', note: '診療識別コード（別表19）を記録する。' },
    { key: 'sequenceNumber', name: '順序番号', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '診療識別及び一連の行為毎に昇順に番号を記録する。' },
    { key: 'detailNumber', name: '行為明細番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '順序番号毎の行為明細単位に昇順に番号を記録する。' },
    { key: 'code', name: 'レセプト電算処理システム用コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '診療行為コード（入院料、食事療養費、生活療養費及び標準負担額は除く）、医薬品コード又は特定器材コードを記録する。' },
    // [M] mode 英数 (MD, H-era); the official 医科 R04 IY/TO 使用量 is 数字 11 — the DPC R02 mode may have changed the same way.
    { key: 'quantity', name: '使用量', mode: '英数', maxBytes: 11, format: '可変', kind: 'decimal', required: 'conditional', confidence: 'M', number: { intDigits: 5, fracDigits: 5 }, note: '医薬品又は特定器材の場合、使用量を記録する。整数部５桁、小数部５桁として、整数部と小数部は小数点で区切り記録する。使用量を必要としない場合及び診療行為の場合は、記録を省略する。（key は医科 IY/TO の使用量に合わせた。）' },
    { key: 'quantityData', name: '数量データ', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '数量データの記録が必要な診療行為の場合、数量データを記録する。数量データを必要としない場合及び医薬品又は特定器材の場合は、記録を省略する。（医科 SI の数量データに当たる。）' },
    { key: 'unitCode', name: '単位コード', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'dpc:32', required: 'conditional', confidence: 'H', note: '特定器材の場合、特定器材単位コード（別表32）を記録する。単位が規定されている特定器材コードの場合は記録を省略しても差し支えない。酸素の補正率等使用量がない場合及び診療行為又は医薬品の場合は、記録を省略する。' },
    { key: 'times', name: '回数', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '診療行為、医薬品及び特定器材の回数を記録する。' },
    { key: 'deviceName', name: '特定器材名称', mode: '漢字', maxBytes: 254, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '未コード化特定器材の場合は、告示名を記録する。その他の場合は、記録を省略する。' },
  ],
});
