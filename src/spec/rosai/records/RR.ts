// Reconstructed 労災レセプトレコード (RR, 22 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.4, §2.7
// (claim-records.md §4.5 had no identifier for it). No official 労災 記録条件仕様 was readable. Table confidence [H]:
// ORCA18/51, SK (RRRecord) and KW (makeWorkersReceiptRecord) have the same 22 fields in the same order.
// Sources: ORCA51: Hiroaki-Inomata/ORCA-5-1 jma-receipt.r_5_1_branch/scripts/monthly/rosai_receden_common_const.rb.in @9670a29e354a826f8eaa17c01e8e0a81898468e1 (read: order, 項目名, mode, bytes, fixed flag, required flag);
// ORCA18: miyucy/jma-receipt (branch master-utf8) scripts/monthly/rosai_receden_common_const.rb.in @594ce5942f68cdcb2ff84da28718e00f70cde8ef (as cited by the notes), rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be, rosai_receden_error.rb.in @2bd5b38c779091513ca04384a6b4367843431a5e;
// SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/Models/RousaiReceiptModel.cs @6c515388d280854fe04b0628f8c741799655d5f9 (RRRecord);
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees; FAQ: mhlw.go.jp …/rousai/rezeptsystem/faq-05.html (stored excerpt).
// 項目名 are ORCA51's, except #22 where ORCA writes 「合計額【イ)＋【ロ】＋【ハ】」 (a typo) and SK 「合計額（イ）＋（ロ）＋（ハ）」.
import { defineRecord } from '../../types.js';

export const RR = /* @__PURE__ */ defineRecord({
  id: 'RR',
  name: '労災レセプトレコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.4 RR',
  confidence: 'H',
  note: '労災（医科）のレセプトごとに RE の直後に１件だけ記録する（ORCA 25400/25470; KW）。医科の HO/KO に代わり、給付の種類・療養期間・金額を記録する。金額の規則: 小計点数 = Σ(点数×回数)（RI・IY・TO、診療識別97を除く）; 【イ】= 小計点数×単価÷100（切捨て）; 【ロ】= Σ(RI 金額×回数)（97を除く）; 【ハ】= Σ(97 の RI 金額×回数); 合計額 = 【イ】+【ロ】(+【ハ】 入院)。短期給付の給付キー（労働保険番号＋カナ＋生年月日＋傷病年月日＋療養期間＋実日数＋合計＋帳票種別）はファイル内で重複不可（ORCA 37650）[M]。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“RR”を記録する。' },
    { key: 'sameInjuryCount', name: '回数（同一傷病について）', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'optional', confidence: 'H', note: '同一傷病についての請求の回数（第何回）。ORCA・SK が記録する。KW はこの位置に再請求時の電算処理受付番号を書くが、ORCA・SK に従い電算処理受付番号は RE 第19項目とする [L: KW]。' },
    { key: 'accidentType', name: '業務災害・通勤災害の区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'rosai:15', required: 'required', confidence: 'H', note: '“1”業務災害又は“3”通勤災害（ORCA 20170/20180）。' },
    { key: 'formType', name: '帳票種別', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'rosai:16', required: 'required', confidence: 'H', note: '2 入院・短期給付、3 入院外・短期給付、4 入院・傷病年金（長期）、5 入院外・傷病年金（ORCA 20190/20200）。入院（2・4）は RE 入院年月日と食事療養欄、短期（2・3）は労働保険番号・傷病年月日・事業の名称・事業場の所在地、長期（4・5）は年金証書番号が必要。' },
    { key: 'pensionCertificateNumber', name: '年金証書番号', mode: '数字', maxBytes: 9, format: '可変', kind: 'digits', required: 'conditional', personal: true, confidence: 'H', note: '傷病年金（帳票種別 4・5）の場合に記録（ORCA 38250）。短期給付では記録しない（38260）。先頭２桁は都道府県労働局コード（FAQ）。' },
    { key: 'laborInsuranceNumber', name: '労働保険番号', mode: '数字', maxBytes: 14, format: '可変', kind: 'digits', required: 'conditional', confidence: 'H', note: '短期給付（帳票種別 2・3）の場合に記録（ORCA 38240）。傷病年金では記録しない（38230）。KW は不明の場合に“9”を14桁書く [L]。' },
    { key: 'injuryDate', name: '傷病年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'H', note: '短期給付の場合に西暦で記録（ORCA 20070）。傷病年金では記録しない（20060）。療養期間―末日・療養期間―初日より後、生年月日より前は誤り（38050/38110/38060）。2020年4月請求分以前は和暦７桁。' },
    { key: 'newContinuing', name: '新継再別', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'rosai:17', required: 'required', confidence: 'H', note: '1 初診、3 転医始診、5 継続、7 再発（ORCA 38210）。傷病年金に“3”は記録できない（20050）。初診料を算定する場合は“1”（40070）。' },
    { key: 'outcome', name: '転帰事由', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'rosai:18', required: 'required', confidence: 'H', note: '1 治ゆ、3 継続、5 転医、7 中止、9 死亡（ORCA 38200; 名称は RV [M]）。' },
    // [M] 固定: ORCA18 sets the fixed flag, ORCA51 drops it (to accept 7-digit 和暦 too).
    { key: 'periodStart', name: '療養期間―初日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'M', note: '当該レセプトの療養期間の初日を西暦で記録する。末日と同一年月（ORCA 21630）。診療実日数が999でない限り 2013年5月31日以前は誤り（10410）。2020年4月請求分以前は和暦７桁。' },
    // [M] 固定: as 療養期間―初日.
    { key: 'periodEnd', name: '療養期間―末日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'M', note: '当該レセプトの療養期間の末日を西暦で記録する。その年月がこのファイルの IR 請求年月より後なら次月以降の請求（ORCA 21590）。RS 請求書提出年月日より後は誤り（10100）。' },
    { key: 'actualDays', name: '診療実日数', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '療養期間の日数以下（ORCA 32010）。“999”は特別な値：SK は実日数が０のとき999を書き、ORCA は999のとき療養期間の検査をしない [M]。「診療日なし」の意味と読むのは推定 [INF]。' },
    { key: 'patientNameKana', name: '労働者の氏名（カナ）', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'H', note: '全角カタカナのみ、40バイト、必須（FAQ）。外国人等のアルファベットの氏名はカタカナで記録する（FAQ）。ORCA の許容文字は全角カタカナ・“ー”・全角スペース（ORCA の J モード）。KW は姓と名の間に全角スペース１文字を要求する [L]。医科 RE の「カタカナ（氏名）」（スペースなし）と異なり、姓と名の間の全角スペースを許す。' },
    { key: 'businessName', name: '事業の名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '２０文字を超える場合は省略してよい（FAQ）。ORCA は短期給付のレセプトすべてで必須とする（40100）。KW は初回分のみ必須 [L]。' },
    { key: 'businessAddress', name: '事業場の所在地', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '事業の名称と同じ扱い（ORCA 40110）。' },
    { key: 'injuryCourse', name: '傷病の経過', mode: '漢字', maxBytes: 100, format: '可変', kind: 'text', required: 'required', confidence: 'H', note: '全角５０文字まで。超える場合はここに「症状詳記に記載」と記録し、経過を症状詳記（SJ）に記録する（FAQ; SK は区分“07”で【傷病の経過】を記録）。' },
    { key: 'totalPoints', name: '小計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '摘要（RI・IY・TO）の Σ(点数×回数)。診療識別97（食事療養）の RI を除き、減点医薬品の点数を差し引く（ORCA 48410）。' },
    { key: 'pointsAmount', name: '小計点数金額換算【イ】', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '小計点数 × RS 労災診療費単価 ÷ 100 の円未満切捨て（ORCA 48420、KW）。' },
    { key: 'yenAmount', name: '小計金額【ロ】', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '金額で算定する RI の Σ(金額×回数)。診療識別97を除く（ORCA 48430）。' },
    { key: 'mealCount', name: '食事療養合計回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '入院のレセプトで記録（ORCA 38280）、入院外では記録しない（38270）。診療識別97の基本の食事療養 RI の Σ(数量データ×回数)（48470）。当月日数×３、診療実日数×３を超えない（35310/35340）。' },
    { key: 'mealAmount', name: '食事療養合計金額【ハ】', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '入院のレセプトで記録（ORCA 38300）、入院外では記録しない（38290）。診療識別97の RI の Σ(金額×回数)（48480）。' },
    { key: 'totalAmount', name: '合計額【イ】＋【ロ】＋【ハ】', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '入院: 【イ】＋【ロ】＋【ハ】（ORCA 48440）。入院外: 【イ】＋【ロ】（48450）。RS 請求金額はファイル内のこの値の合計。' },
  ],
});
