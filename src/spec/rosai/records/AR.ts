// Reconstructed アフターケア record AR (22 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.5. The
// アフターケア spec (「労災レセプト電算処理システム …記録条件仕様（【アフターケア】医科用）」令和3年2月版) was not readable.
// Field order and names [H]: SK ARRecord and KW makeAftercareReceiptRecord write the same 22 positions. Modes, widths,
// 固定/可変 and requirements are NOT known: every one is inferred from the RR field at the same position [INF]
// (the notes: 「Modes and widths are not known. [INF: same as RR at the same positions]」). Table confidence [M].
// The record name is inferred from 帳票種別 2 「アフターケア委託費請求内訳書」 [INF].
// Sources: SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/Models/AfterCareReceiptModel.cs @8be0ca4e10cd35effc84a56ee158185be2f7e8ce (ARRecord);
// SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/Models/ReceiptDataModel.cs @8be0ca4e10cd35effc84a56ee158185be2f7e8ce (RousaiRERecord, AfterCareRERecord) (AfterCareRecedenRecord: RE → AR → RI/IY/TO/CO → SJ, no SY);
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees.
import { defineRecord } from '../../types.js';

export const AR = /* @__PURE__ */ defineRecord({
  id: 'AR',
  name: 'アフターケア委託費請求内訳書レコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.5 AR (SK ARRecord; KW makeAftercareReceiptRecord)',
  confidence: 'M',
  note: 'アフターケア委託費の請求ファイル（ARECnn00.UKE）でレセプトごとに RE の直後に１件記録する（労災の RR に当たる）。RR と同じ22の位置を使い、労災固有の項目の位置は予備。合計額 = （イ）＋（ロ）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“AR”を記録する。' },
    // [INF] width and mode: RR field 2 (N3).
    { key: 'reserved1', name: '予備１', mode: '数字', maxBytes: 3, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する（SK・KW とも空欄）。労災（医科）の RR ではこの位置が「回数（同一傷病について）」。' },
    // [INF] width and mode: RR field 3 (N1).
    { key: 'reserved2', name: '予備２', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。RR ではこの位置が「業務災害・通勤災害の区分」。' },
    // [INF] width, mode and 固定: RR field 4 (N1 固定).
    { key: 'formType', name: '帳票種別', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'rosai:ac-form', required: 'required', confidence: 'INF', note: '“2”（アフターケア委託費請求内訳書）を記録する（SK・KW）。' },
    // [INF] 固定 and requirement; the 2-digit width is [H] (SK, KW). The code list is not transcribed.
    { key: 'aftercareDiseaseCode', name: '傷病コード', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'INF', note: 'アフターケアの対象傷病のコード（２桁、別に定める）。SK は“00”のとき検査年月日を記録しない。KW は厚生労働省のアフターケア対象傷病マスターで検査する。' },
    // [INF] 可変 and requirement; 13 digits [H] (SK writes the number, KW truncates to 13).
    { key: 'handbookNumber', name: '健康管理手帳番号', mode: '数字', maxBytes: 13, format: '可変', kind: 'digits', required: 'required', personal: true, confidence: 'INF', note: 'アフターケアの健康管理手帳の番号（13桁、KW は13桁で切る）。' },
    // [INF] width 8 (西暦 YYYYMMDD) and 可変.
    { key: 'previousExamDate', name: '前回の検査年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'INF', note: '前回の検査年月日を西暦で記録する（該当がなければ省略、SK は０のとき空欄）。' },
    // [INF] width and mode: RR field 8 (N1).
    { key: 'reserved3', name: '予備３', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。RR ではこの位置が「新継再別」。' },
    // [INF] width and mode: RR field 9 (N1).
    { key: 'reserved4', name: '予備４', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。RR ではこの位置が「転帰事由」。' },
    // [INF] width 8 and 可変; 項目名 from the notes (SK: 診療年月日, KW: consultation_date).
    { key: 'consultationDate', name: '診察年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'INF', note: '診察を行った年月日（西暦）。診察年月日と検査年月日の少なくとも一方を記録し、両方記録する場合は同じ日とする（KW）[L]。SK の名称は「診療年月日」。KW は検査（診療識別60・70）以外の算定がある日を記録する。' },
    // [INF] width 8 and 可変.
    { key: 'examinationDate', name: '検査年月日（健康診断年月日）', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'INF', note: '検査（健康診断）を行った年月日（西暦）。SK は傷病コード“00”のとき空欄。提出日より後は不可（KW）[L]。' },
    // [INF] width and mode: RR field 12 (N3).
    { key: 'reserved5', name: '予備５', mode: '数字', maxBytes: 3, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。RR ではこの位置が「診療実日数」。' },
    // [INF] width, mode: RR field 13 (全角カナ 40).
    { key: 'patientNameKana', name: '労働者の氏名（カナ）', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'INF', note: '全角カタカナ（FAQ の【ア】の問答はアフターケアにも及ぶ）。SK は20文字で切る。RR と同じく姓と名の間の全角スペースを許す [INF]。' },
    // [INF] width and mode: RR field 14 (K40).
    { key: 'reserved6', name: '予備６', mode: '漢字', maxBytes: 40, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。RR ではこの位置が「事業の名称」。' },
    // [INF] width and mode: RR field 15 (K80).
    { key: 'reserved7', name: '予備７', mode: '漢字', maxBytes: 80, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。RR ではこの位置が「事業場の所在地」。' },
    // [INF] width and mode: RR field 16 (K100); requirement [INF].
    { key: 'injuryCourse', name: '傷病の経過', mode: '漢字', maxBytes: 100, format: '可変', kind: 'text', required: 'conditional', confidence: 'INF', note: '全角５０文字まで。超える場合は「症状詳記に記載」と記録し、経過を SJ（区分なし）に記録する（SK）。' },
    // [INF] width: RR field 17 (N8).
    { key: 'totalPoints', name: '小計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', confidence: 'INF', note: '摘要（RI・IY・TO）の Σ(点数×回数) [INF: RR と同じ規則]。' },
    // [INF] width: RR field 18 (N9).
    { key: 'pointsAmount', name: '小計点数金額換算（イ）', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'required', confidence: 'INF', note: '小計点数 × AS 単価 ÷ 100 の円未満切捨て（KW）。項目名は SK のもの（注記では「換算（イ）」）。' },
    // [INF] width: RR field 19 (N9).
    { key: 'yenAmount', name: '小計金額（ロ）', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'required', confidence: 'INF', note: '金額で算定する RI の Σ(金額×回数) [INF: RR と同じ規則]。' },
    // [INF] width and mode: RR field 20 (N2).
    { key: 'reserved8', name: '予備８', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。RR ではこの位置が「食事療養合計回数」。' },
    // [INF] width and mode: RR field 21 (N8).
    { key: 'reserved9', name: '予備９', mode: '数字', maxBytes: 8, format: '可変', required: 'omit', confidence: 'INF', note: '記録を省略する。RR ではこの位置が「食事療養合計金額【ハ】」。' },
    // [INF] width: RR field 22 (N9).
    { key: 'totalAmount', name: '合計額', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'required', confidence: 'INF', note: '（イ）＋（ロ）（SK・KW。アフターケアに食事療養はない）。AS 請求金額はファイル内のこの値の合計。' },
  ],
});
