// DPC レセプト共通レコード (RE), 30 fields in R02+ (28 in the 平成 editions).
// Source: shared/spec/kinds-chozai-dpc.md §3.3 (positions 1–28 [H]: MD + NDB column by column; #29–30 [INF]);
// claim-records.md §4.3. Confidence of the table: M (no official ＤＰＣ用 text was readable).
// Sources used:
// - MD: kuenishi/meddatum @ 6400d03 (same at 844d27d) : include/rezept_dpc.hrl (H-era DPC transcription of SSK iryokikan_in_03.pdf;
//   it holds the DPC-only records; the shared fields follow include/rezept_common_records.hrl).
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/19_CREATE_TABLE_TNDS_T_RCP_DPC_RE.sql
//   (columns in record order with widths, H29, 和暦) and the view CMDV_T_DPC_BASE (index file id 32171698276; Japanese column
//   names 予備（旧診療科）, レセプト総括区分, 明細情報数, 記録条件仕様年月情報, 診療科１・…).
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/pagecontent/mapping.md (R02 record list) and the mapping FSH
//   (index file id 3926469223: RE 給付割合 … 診療科名, 人体の部位等 …, 患者の状態).
// - Official 医科 R04 text shared/spec/ika-R04/kiroku-ika-R0404.txt 第1章3(4)イ (wording of the fields shared with 医科).
// - Public Python DPC/医科 UKE extraction script (repository not identified; index file id 20743119914): reads DPC RE
//   'レセプト総括区分' and '診療科名' (vs '診療科名1' for 医科).
// Dates are 西暦 YYYYMM / YYYYMMDD from R02 on; the H-era widths were 5 / 7 (GYYMM / GYYMMDD) [INF conversion].
import { defineRecord } from '../../types.js';

export const RE = /* @__PURE__ */ defineRecord({
  id: 'RE',
  name: 'レセプト共通レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §3.3 (MD rezept_dpc/common H24–26; NDB TNDS_T_RCP_DPC_RE H29; HDW-D R02); 医科 R04 第1章3(4)イ for shared wording',
  confidence: 'M',
  note: 'レセプト単位データの先頭に記録する（必須、１レセプトに複数不可）。医科の RE と比べ、#13 が「病床数」でなく予備、#19「レセプト総括区分」と #20「明細情報数」が加わり、診療科は１組（#24〜28）のみ。#29〜30（カタカナ（氏名）・患者の状態）は R02 以降の 30 項目という件数と医科 R04 の末尾からの推定 [INF]。レセプト総括区分により後続のレコード構成が変わる（DPC_RECEIPT_VARIANTS）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“RE”を記録する。' },
    { key: 'receiptNumber', name: 'レセプト番号', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: 'レセプト記録順に１から昇順に連続番号を記録する。総括レセプトの明細（総括対象DPC・総括対象医科入院レセプト）にも続けて番号を付す [INF]。' },
    { key: 'receiptType', name: 'レセプト種別', mode: '数字', maxBytes: 4, format: '固定', kind: 'code', table: 'dpc:5', required: 'required', confidence: 'H', note: '医科の入院のレセプト種別コード（別表5、４桁目が奇数）のみ [M]。' },
    // [INF] 西暦 width 6 (YYYYMM) from the H-era width 5 (GYYMM) — a later correction is a one-line edit here.
    { key: 'serviceMonth', name: '診療年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'INF', note: '西暦で記録する（R02 以降 [INF]。平成版は和暦 GYYMM の５桁）。' },
    { key: 'patientName', name: '氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'H', note: '姓と名の間に１文字分の“スペース”を記録する。英数モードと漢字モードの文字を混在して記録しない（医科と同じ）。' },
    { key: 'sex', name: '男女区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'dpc:6', required: 'required', confidence: 'H' },
    // [INF] 西暦 width 8 (YYYYMMDD) from the H-era width 7 (GYYMMDD) — a later correction is a one-line edit here.
    { key: 'birthDate', name: '生年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', personal: true, confidence: 'INF', note: '西暦で記録する（R02 以降 [INF]。平成版は和暦 GYYMMDD の７桁）。' },
    { key: 'benefitRatio', name: '給付割合', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '国民健康保険及び退職者医療の場合は給付割合を百分率（％）で記録する。その他は原則省略（医科と同じ）。' },
    // [INF] 西暦 width 8 (YYYYMMDD) from the H-era width 7 — a later correction is a one-line edit here.
    { key: 'admissionDate', name: '入院年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', inpatient: 'required', required: 'conditional', confidence: 'INF', note: '入院年月日を西暦で記録する（R02 以降 [INF]）。ＤＰＣのレセプトはすべて入院レセプトなので実際には常に記録される [INF]。' },
    { key: 'wardType', name: '病棟区分', mode: '英数', maxBytes: 8, format: '可変', kind: 'code', table: 'dpc:7', repeat: { unit: 2, max: 4 }, inpatient: 'only', required: 'conditional', confidence: 'H', note: '病棟区分が必要な場合に記録。移動した順に最大４つまで。バイト数は２の倍数。' },
    { key: 'standardBurdenClass', name: '一部負担金・食事療養費・生活療養費標準負担額区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'dpc:8', required: 'conditional', confidence: 'H', note: '限度額適用・標準負担額減額認定証等が提示された場合に記録。その他の場合は省略。' },
    { key: 'specialNotes', name: 'レセプト特記事項', mode: '英数', maxBytes: 10, format: '可変', kind: 'code', table: 'dpc:9', repeat: { unit: 2, max: 5 }, required: 'conditional', confidence: 'H', note: '特記事項が必要な場合に記録。最大５つまで。バイト数は２の倍数。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 4, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「病床数」（MD・NDB とも予備）。' },
    { key: 'chartNumber', name: 'カルテ番号等', mode: '英数', maxBytes: 20, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'H', note: 'カルテ番号又は患者ＩＤ番号等。記録は任意とする。' },
    { key: 'discountUnitPrice', name: '割引点数単価', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '健康保険法第76条第3項等に基づく割引の場合に記録。その他は省略。' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved3', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved4', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。NDB の列名は「予備（旧診療科）」。' },
    // [INF] 固定/可変 and 必須 not given by the sources (name, position, width [H]); 固定 and required assumed — a later correction is a one-line edit here.
    { key: 'summaryClass', name: 'レセプト総括区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'dpc:15', required: 'required', confidence: 'H', note: 'レセプト総括区分コード（別表15）を記録する：0 DPCレセプト、1 総括レセプト、2 総括対象DPCレセプト、3 総括対象医科入院レセプト。名称・位置・桁は [H]、固定/可変と必須は推定 [INF]。' },
    // [INF] meaning (count of detail receipts under a 総括) and the omission rule — a later correction is a one-line edit here.
    { key: 'detailCount', name: '明細情報数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', confidence: 'INF', note: '名称と桁は [H]（MD・NDB）。意味は推定 [INF]：総括レセプト（総括区分 1）の場合、その後に続く明細（総括区分 2 又は 3 のレセプト）の数を記録し、その他の場合は省略する。' },
    { key: 'searchNumber', name: '検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional', mask: { searchNumber: true }, confidence: 'H', note: '１７～３０桁。一次請求の場合は省略。返戻・再審査等返戻ファイルの請求データ及び履歴請求データ並びにそれらの再請求ファイルに記録する（医科と同じ）。' },
    // [INF] R02+ 予備 (H-era 記録条件仕様年月情報, 数字5) by analogy with 医科 R04 — a later correction is a one-line edit here.
    { key: 'specVersionInfo', name: '予備', mode: '数字', maxBytes: 5, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。平成版では「記録条件仕様年月情報」（MD・NDB）。R02 以降に予備となったことは医科 R04 からの推定 [INF]。返戻ファイル等では値が入っていることがある。' },
    { key: 'claimInfo', name: '請求情報', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', confidence: 'H', note: '保険医療機関固有の情報。英数モードと漢字モードの文字を混在して記録しない。記録は任意とする。' },
    // [M] 項目名: the notes and a DPC reader write 診療科名; NDB writes 診療科１・診療科名 and 医科 R04 「診療科１ 診療科名」.
    { key: 'department1Name', name: '診療科名', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'dpc:10', required: 'optional', confidence: 'H', note: '記録は任意。ＤＰＣ用の診療科は１組のみ（医科は３組）[H]。組み合わせ名称のいずれかに記録がある場合は診療科名を記録する [INF 医科と同じ]。' },
    { key: 'department1BodyPart', name: '人体の部位等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'dpc:11', required: 'optional', confidence: 'H', note: '医科の「組み合わせ名称 人体の部位等」に当たる。' },
    { key: 'department1Sex', name: '性別等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'dpc:12', required: 'optional', confidence: 'H' },
    { key: 'department1Treatment', name: '医学的処置', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'dpc:13', required: 'optional', confidence: 'H' },
    { key: 'department1Disease', name: '特定疾病', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'dpc:14', required: 'optional', confidence: 'H' },
    // [INF] position #29 and layout copied from 医科 R04 (30-field count, HDW-D) — a later correction is a one-line edit here.
    { key: 'patientNameKana', name: 'カタカナ（氏名）', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '医科 R04 と同じと推定 [INF]：氏名のフリガナを全角カタカナで記録（“ー”を含み、“―”“－”等を含まない）。姓と名の間に“スペース”を記録しない。記録は任意。平成３０年３月診療以前分は省略。' },
    // [INF] position #30 and layout copied from 医科 R04; HDW-D maps RE.患者の状態 — a later correction is a one-line edit here.
    { key: 'patientStatus', name: '患者の状態', mode: '数字', maxBytes: 60, format: '可変', kind: 'code', table: 'dpc:36', repeat: { unit: 3, max: 20 }, required: 'conditional', confidence: 'INF', note: '医科 R04 と同じと推定 [INF]：患者の状態等が必要な診療行為を算定する場合に記録。最大２０個まで。バイト数は３の倍数。' },
  ],
});
