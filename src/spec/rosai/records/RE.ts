// Reconstructed 労災 レセプト共通レコード (RE, 38 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.4, §2.6.
// No official 労災 記録条件仕様 was readable. Table confidence [H]: ORCA18/51 and SK (RousaiRERecord) agree
// position by position. KW-compat writes 入院年月日 at #10 and 病棟区分 at #11 (one later); not followed [L].
// Sources: ORCA51: Hiroaki-Inomata/ORCA-5-1 jma-receipt.r_5_1_branch/scripts/monthly/rosai_receden_common_const.rb.in @9670a29e354a826f8eaa17c01e8e0a81898468e1 (read: order, 項目名, mode, bytes, fixed flag, required flag);
// ORCA18: miyucy/jma-receipt (branch master-utf8) scripts/monthly/rosai_receden_common_const.rb.in @594ce5942f68cdcb2ff84da28718e00f70cde8ef (as cited by the notes), rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be, rosai_receden_error.rb.in @2bd5b38c779091513ca04384a6b4367843431a5e;
// SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/Models/ReceiptDataModel.cs @8be0ca4e10cd35effc84a56ee158185be2f7e8ce (RousaiRERecord, AfterCareRERecord);
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees.
// Same position grid as the 医科 RE (38 fields); the 医科-only fields are 予備 and #19 is 電算処理受付番号.
import { defineRecord } from '../../types.js';

export const RE = /* @__PURE__ */ defineRecord({
  id: 'RE',
  name: 'レセプト共通レコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.4 RE',
  confidence: 'H',
  note: 'レセプト単位データの先頭に記録する（必須、１レセプトに１件）。医科の RE と同じ38項目の並びだが、レセプト種別・診療年月・給付割合・特記事項等の位置は予備、第19項目は電算処理受付番号（英数20、再請求で必須）、第37項目は予備。2018年4月請求分以前のファイルは36項目（第37・38項目なし）[M]。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“RE”を記録する。' },
    { key: 'receiptNumber', name: 'レセプト番号', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: 'ファイル内でレセプトの記録順に１から昇順の連続番号を記録する（ORCA 19100/19170）。初回分を労働局・監督署ごとに分けたファイルでは、ファイルごとに１から振る（SK）。' },
    { key: 'reserved1', name: '予備１', mode: '数字', maxBytes: 4, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「レセプト種別」。労災には レセプト種別 がない（入院・入院外と短期・長期は RR の帳票種別で表す）。' },
    { key: 'reserved2', name: '予備２', mode: '数字', maxBytes: 5, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「診療年月」（幅は和暦 GYYMM の５のまま）。労災のレセプトの診療月は RR の療養期間の年月（初日と末日は同一年月、ORCA 21630）。' },
    { key: 'patientName', name: '労働者の氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'H', note: '英数モードと漢字モードの文字を混在しない（ORCA のモード T）。漢字は２０文字まで（SK は２０文字で切る）。SK は姓と名の間を全角スペースにする。' },
    { key: 'sex', name: '男女区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'rosai:4', required: 'required', confidence: 'H' },
    // [M] 固定: ORCA18 sets the fixed flag, ORCA51 drops it (to accept the 7-digit 和暦 form as well).
    { key: 'birthDate', name: '生年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', personal: true, confidence: 'M', note: '西暦 YYYYMMDD。2020年4月請求分以前のファイルは和暦 GYYMMDD（７桁、年号区分は別表3）（SK）。' },
    { key: 'reserved3', name: '予備３', mode: '数字', maxBytes: 3, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「給付割合」。' },
    { key: 'admissionDate', name: '入院年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'H', note: '入院のレセプト（帳票種別 2・4）の場合に西暦で記録する（ORCA 20030）。療養期間―末日より後（30220）、生年月日より前（30230）は誤り。入院外は省略。アフターケア委託費のファイル（ARECnn00.UKE）ではこの位置は「予備１１」で記録を省略する（SK AfterCareRERecord）[M]。アフターケアのファイルもこの表で読む（項目の並び・幅は同じ: RE_AC）。' },
    { key: 'wardType', name: '病棟区分', mode: '英数', maxBytes: 8, format: '可変', kind: 'code', table: 'rosai:5', repeat: { unit: 2, max: 4 }, required: 'conditional', confidence: 'H', note: '入院のレセプトで病棟区分が必要な場合に記録。２桁コードの連結（バイト数は２の倍数、ORCA 21660）、同一コードの重複不可（41190）。アフターケア委託費のファイル（ARECnn00.UKE）ではこの位置は「予備１２」で記録を省略する（SK AfterCareRERecord）[M]。アフターケアのファイルもこの表で読む（項目の並び・幅は同じ: RE_AC）。' },
    { key: 'reserved4', name: '予備４', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「一部負担金・食事療養費・生活療養費標準負担額区分」。' },
    { key: 'reserved5', name: '予備５', mode: '英数', maxBytes: 10, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「レセプト特記事項」。' },
    { key: 'bedCount', name: '病床数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '病床数の記録が必要な診療行為（入院料等）を算定する場合に記録する（ORCA 36390）。その他は省略。' },
    { key: 'chartNumber', name: 'カルテ番号等', mode: '英数', maxBytes: 20, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'H', note: 'カルテ番号又は患者ＩＤ番号等。記録は任意。' },
    { key: 'reserved6', name: '予備６', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「割引点数単価」。' },
    { key: 'reserved7', name: '予備７', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。' },
    { key: 'reserved8', name: '予備８', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。' },
    { key: 'reserved9', name: '予備９', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。' },
    { key: 'searchNumber', name: '電算処理受付番号', mode: '英数', maxBytes: 20, format: '可変', kind: 'text', required: 'conditional', mask: { searchNumber: true }, confidence: 'H', note: '労働局の電算処理システムが請求の受付時に付す番号。返戻ファイル RRECEC.HEN の各レセプトの RE に記録されて返り、再請求（RRECnn00.UKS）ではその値をそのまま記録する：再請求で未記録は誤り（ORCA 26510「再請求レセプトの電算処理受付番号が記録されていません」）。一次請求では省略。医科の「検索番号」（数字17〜30桁）と同じ位置にあるが別の番号（英数20）。汎用の処理が見つけられるよう key は searchNumber とする。' },
    { key: 'specVersionInfo', name: '記録条件仕様年月情報', mode: '数字', maxBytes: 5, format: '可変', kind: 'digits', required: 'optional', confidence: 'M', note: 'ORCA・SK の項目名。SK は値があるときだけ記録する。記録は任意とみなす [M]（医科 R04 では同じ位置が予備）。アフターケア委託費のファイル（ARECnn00.UKE）ではこの位置は「予備１３」で記録を省略する（SK AfterCareRERecord）[M]。アフターケアのファイルもこの表で読む（項目の並び・幅は同じ: RE_AC）。' },
    { key: 'claimInfo', name: '請求情報', mode: '英数', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', confidence: 'H', note: '医療機関固有の情報（記録は任意）。返戻ファイル RRECEC.HEN には送ったとおりに返る：ORCA（請求年月＋診療年月）も SK（患者ID＋診療年月＋保険ID）もこれで返戻レセプトを自分のデータに結び付ける [H]。モードは英数（ORCA）。' },
    { key: 'department1Name', name: '診療科１診療科名', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:6', required: 'optional', confidence: 'H', note: '記録は任意。組み合わせ名称のいずれかを記録する場合は診療科名を記録する [INF: 医科と同じ]。' },
    { key: 'department1BodyPart', name: '診療科１組み合わせ名称人体の部位等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:7', required: 'optional', confidence: 'H' },
    { key: 'department1Sex', name: '診療科１組み合わせ名称性別等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:8', required: 'optional', confidence: 'H' },
    { key: 'department1Treatment', name: '診療科１組み合わせ名称医学的処置', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:9', required: 'optional', confidence: 'H' },
    { key: 'department1Disease', name: '診療科１組み合わせ名称特定疾病', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:10', required: 'optional', confidence: 'H' },
    { key: 'department2Name', name: '診療科２診療科名', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:6', required: 'optional', confidence: 'H', note: '記録は任意。' },
    { key: 'department2BodyPart', name: '診療科２組み合わせ名称人体の部位等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:7', required: 'optional', confidence: 'H' },
    { key: 'department2Sex', name: '診療科２組み合わせ名称性別等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:8', required: 'optional', confidence: 'H' },
    { key: 'department2Treatment', name: '診療科２組み合わせ名称医学的処置', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:9', required: 'optional', confidence: 'H' },
    { key: 'department2Disease', name: '診療科２組み合わせ名称特定疾病', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:10', required: 'optional', confidence: 'H' },
    { key: 'department3Name', name: '診療科３診療科名', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:6', required: 'optional', confidence: 'H', note: '記録は任意。' },
    { key: 'department3BodyPart', name: '診療科３組み合わせ名称人体の部位等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:7', required: 'optional', confidence: 'H' },
    { key: 'department3Sex', name: '診療科３組み合わせ名称性別等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:8', required: 'optional', confidence: 'H' },
    { key: 'department3Treatment', name: '診療科３組み合わせ名称医学的処置', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:9', required: 'optional', confidence: 'H' },
    { key: 'department3Disease', name: '診療科３組み合わせ名称特定疾病', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:10', required: 'optional', confidence: 'H' },
    { key: 'reserved10', name: '予備', mode: '漢字', maxBytes: 80, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「カタカナ（氏名）」。第37・38項目は2018年5月請求分から（ORCA「H30/4 改正 カタカナ（氏名）、患者状態の追加」、SK は請求年月 201805 以降だけ書く）。それより前のファイルの RE は36項目。アフターケア委託費のファイル（ARECnn00.UKE）ではこの位置は「予備１０」で記録を省略する（SK AfterCareRERecord）[M]。アフターケアのファイルもこの表で読む（項目の並び・幅は同じ: RE_AC）。' },
    { key: 'patientStatus', name: '患者の状態', mode: '数字', maxBytes: 60, format: '可変', kind: 'code', table: 'rosai:21', repeat: { unit: 3, max: 20 }, required: 'conditional', confidence: 'H', note: '患者の状態等が必要な場合に３桁コードを連結して記録（最大２０個、バイト数は３の倍数）[INF: 医科と同じ]。' },
  ],
});
