// Reconstructed アフターケア レセプト共通レコード (RE, 38 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.5
// (「アフターケア RE — 38 fields: like the 労災 RE, but #20 … becomes 予備１３ and #37 becomes 予備１０」). Table
// confidence [M]: one source (SK) names the fields; SK also names #9 予備１１ and #10 予備１２, where the 労災 RE has
// 入院年月日 and 病棟区分 (the notes do not mention these two). Widths and modes are taken from the 労災 RE [INF].
// Sources: SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/Models/ReceiptDataModel.cs @8be0ca4e10cd35effc84a56ee158185be2f7e8ce (RousaiRERecord, AfterCareRERecord);
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees (writes the same 38-field RE for アフターケア).
// The アフターケア spec itself (「…記録条件仕様（【アフターケア】医科用）」令和3年2月版) was not readable.
import { defineRecord } from '../../types.js';

export const RE_AC = /* @__PURE__ */ defineRecord({
  id: 'RE',
  name: 'レセプト共通レコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.5 アフターケア RE (SK AfterCareRERecord)',
  confidence: 'M',
  note: 'アフターケア委託費の請求ファイル（ARECnn00.UKE）のレセプト共通レコード。労災（医科）の RE と同じ38項目の並びで、第9・10項目（入院年月日・病棟区分）、第20項目（記録条件仕様年月情報）、第37項目が予備（SK）。電算処理受付番号は第19項目のまま。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“RE”を記録する。' },
    { key: 'receiptNumber', name: 'レセプト番号', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'required', confidence: 'M', note: 'ファイル内でレセプトの記録順に１から昇順の連続番号を記録する（ORCA 19100/19170）。初回分を労働局・監督署ごとに分けたファイルでは、ファイルごとに１から振る（SK）。' },
    { key: 'reserved1', name: '予備１', mode: '数字', maxBytes: 4, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。医科ではこの位置が「レセプト種別」。労災には レセプト種別 がない（入院・入院外と短期・長期は RR の帳票種別で表す）。' },
    { key: 'reserved2', name: '予備２', mode: '数字', maxBytes: 5, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。医科ではこの位置が「診療年月」（幅は和暦 GYYMM の５のまま）。労災のレセプトの診療月は RR の療養期間の年月（初日と末日は同一年月、ORCA 21630）。' },
    { key: 'patientName', name: '労働者の氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'M', note: '英数モードと漢字モードの文字を混在しない（ORCA のモード T）。漢字は２０文字まで（SK は２０文字で切る）。SK は姓と名の間を全角スペースにする。' },
    { key: 'sex', name: '男女区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'rosai:4', required: 'required', confidence: 'M' },
    // [M] 固定: ORCA18 sets the fixed flag, ORCA51 drops it (to accept the 7-digit 和暦 form as well).
    { key: 'birthDate', name: '生年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', personal: true, confidence: 'M', note: '西暦 YYYYMMDD。2020年4月請求分以前のファイルは和暦 GYYMMDD（７桁、年号区分は別表3）（SK）。' },
    { key: 'reserved3', name: '予備３', mode: '数字', maxBytes: 3, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。医科ではこの位置が「給付割合」。' },
    // [M] name from SK AfterCareRERecord only; [INF] width taken from the 労災 RE (入院年月日 N8).
    { key: 'reserved11', name: '予備１１', mode: '数字', maxBytes: 8, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。労災（医科）の RE ではこの位置が「入院年月日」。アフターケアに入院はない。' },
    // [M] name from SK AfterCareRERecord only; [INF] width and mode taken from the 労災 RE (病棟区分 A8).
    { key: 'reserved12', name: '予備１２', mode: '英数', maxBytes: 8, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。労災（医科）の RE ではこの位置が「病棟区分」。' },
    { key: 'reserved4', name: '予備４', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。医科ではこの位置が「一部負担金・食事療養費・生活療養費標準負担額区分」。' },
    { key: 'reserved5', name: '予備５', mode: '英数', maxBytes: 10, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。医科ではこの位置が「レセプト特記事項」。' },
    { key: 'bedCount', name: '病床数', mode: '数字', maxBytes: 4, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: '病床数の記録が必要な診療行為（入院料等）を算定する場合に記録する（ORCA 36390）。その他は省略。' },
    { key: 'chartNumber', name: 'カルテ番号等', mode: '英数', maxBytes: 20, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'M', note: 'カルテ番号又は患者ＩＤ番号等。記録は任意。' },
    { key: 'reserved6', name: '予備６', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。医科ではこの位置が「割引点数単価」。' },
    { key: 'reserved7', name: '予備７', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'reserved8', name: '予備８', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'reserved9', name: '予備９', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'searchNumber', name: '電算処理受付番号', mode: '英数', maxBytes: 20, format: '可変', kind: 'text', required: 'conditional', mask: { searchNumber: true }, confidence: 'M', note: '労働局の電算処理システムが請求の受付時に付す番号。返戻ファイル RRECEC.HEN の各レセプトの RE に記録されて返り、再請求（RRECnn00.UKS）ではその値をそのまま記録する：再請求で未記録は誤り（ORCA 26510「再請求レセプトの電算処理受付番号が記録されていません」）。一次請求では省略。医科の「検索番号」（数字17〜30桁）と同じ位置にあるが別の番号（英数20）。汎用の処理が見つけられるよう key は searchNumber とする。アフターケアでも同じ位置（SK）[M]。' },
    // [M] name from SK AfterCareRERecord only; width from the 労災 RE (N5).
    { key: 'reserved13', name: '予備１３', mode: '数字', maxBytes: 5, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。労災（医科）の RE ではこの位置が「記録条件仕様年月情報」。' },
    { key: 'claimInfo', name: '請求情報', mode: '英数', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', confidence: 'M', note: '医療機関固有の情報（記録は任意）。返戻ファイル RRECEC.HEN には送ったとおりに返る：ORCA（請求年月＋診療年月）も SK（患者ID＋診療年月＋保険ID）もこれで返戻レセプトを自分のデータに結び付ける [H]。モードは英数（ORCA）。' },
    { key: 'department1Name', name: '診療科１診療科名', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:6', required: 'optional', confidence: 'M', note: '記録は任意。組み合わせ名称のいずれかを記録する場合は診療科名を記録する [INF: 医科と同じ]。' },
    { key: 'department1BodyPart', name: '診療科１組み合わせ名称人体の部位等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:7', required: 'optional', confidence: 'M' },
    { key: 'department1Sex', name: '診療科１組み合わせ名称性別等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:8', required: 'optional', confidence: 'M' },
    { key: 'department1Treatment', name: '診療科１組み合わせ名称医学的処置', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:9', required: 'optional', confidence: 'M' },
    { key: 'department1Disease', name: '診療科１組み合わせ名称特定疾病', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:10', required: 'optional', confidence: 'M' },
    { key: 'department2Name', name: '診療科２診療科名', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:6', required: 'optional', confidence: 'M', note: '記録は任意。' },
    { key: 'department2BodyPart', name: '診療科２組み合わせ名称人体の部位等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:7', required: 'optional', confidence: 'M' },
    { key: 'department2Sex', name: '診療科２組み合わせ名称性別等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:8', required: 'optional', confidence: 'M' },
    { key: 'department2Treatment', name: '診療科２組み合わせ名称医学的処置', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:9', required: 'optional', confidence: 'M' },
    { key: 'department2Disease', name: '診療科２組み合わせ名称特定疾病', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:10', required: 'optional', confidence: 'M' },
    { key: 'department3Name', name: '診療科３診療科名', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:6', required: 'optional', confidence: 'M', note: '記録は任意。' },
    { key: 'department3BodyPart', name: '診療科３組み合わせ名称人体の部位等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:7', required: 'optional', confidence: 'M' },
    { key: 'department3Sex', name: '診療科３組み合わせ名称性別等', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:8', required: 'optional', confidence: 'M' },
    { key: 'department3Treatment', name: '診療科３組み合わせ名称医学的処置', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:9', required: 'optional', confidence: 'M' },
    { key: 'department3Disease', name: '診療科３組み合わせ名称特定疾病', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'rosai:10', required: 'optional', confidence: 'M' },
    // [M] name 予備１０ from SK AfterCareRERecord; width from the 労災 RE (K80).
    { key: 'reserved10', name: '予備１０', mode: '漢字', maxBytes: 80, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。医科ではこの位置が「カタカナ（氏名）」。' },
    { key: 'patientStatus', name: '患者の状態', mode: '数字', maxBytes: 60, format: '可変', kind: 'code', table: 'rosai:21', repeat: { unit: 3, max: 20 }, required: 'conditional', confidence: 'M', note: '患者の状態等が必要な場合に３桁コードを連結して記録（最大２０個、バイト数は３の倍数）[INF: 医科と同じ]。' },
  ],
});
