// 調剤 レセプト共通レコード (RE): reconstructed, kinds-chozai-dpc.md §2.3 "RE".
// Confidence: M overall — positions [H] (UP indices, PO 42-field table, NDB column order, SEG); widths of #13-36 unknown ([INF]).
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - NDB: harakonan/research-public @ 38bcaf46810a90246663274dc3397d9ec2881b74 (files added in b50cd48894fcb257a2d40f04a77658c8fd24ec31) : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/43_CREATE_TABLE_TNDS_T_RCP_PHA_RE.sql (H29 column order and widths)
//   - SEG: scrambleegg7/Shikaku @ 8c81e8b7f38ed03f0218a42748cc4ebaf277e7ce : RECEPTHokenClass.py (reads real RECEIPTY.CYO files: RE #5-9, HO #2-4 and #10, KO #2-4, #8, #10)
//   - IKA: shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04; used only by analogy, [INF])
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
// The prescribing 医療機関 (#10-14) and the 保険医氏名 slots (#15-34) are keyed prescriber* / doctorName1..20.
import { defineRecord } from '../../types.js';

export const RE = /* @__PURE__ */ defineRecord({
  id: 'RE',
  name: 'レセプト共通レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 RE (UP, PO, NDB, SEG; widths of #13-36 [INF] from 医科 R04)',
  confidence: 'M',
  note: 'レセプト単位データの先頭に記録する（必須、１レセプトに複数不可）。処方箋を交付した医療機関（都道府県・点数表・医療機関コード・名称・所在地）と保険医氏名（２０回繰り返し）を持つ。医科 RE の入院・病棟・診療科等の項目はない。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“RE”を記録する。' },
    { key: 'receiptNumber', name: 'レセプト番号', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: 'レセプト記録順に１から昇順の連続番号を記録する（医科と同じ規則 [INF]）。' },
    { key: 'receiptType', name: 'レセプト種別', mode: '数字', maxBytes: 4, format: '固定', kind: 'code', table: 'chozai:5', required: 'required', confidence: 'H', note: '別表５ レセプト種別コード（調剤 4xxx）を記録する。入院・入院外の区別はない。' },
    { key: 'serviceMonth', name: '調剤年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'H', note: '西暦 YYYYMM で記録する（平成版は GYYMM）。' },
    // [INF] mode and width 英数又は漢字 40 from the 医科 R04 RE 氏名; position [H] (UP, PO, SEG).
    { key: 'patientName', name: '氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'M', note: '姓と名の間に１文字分の“スペース”を記録する。英数モードと漢字モードの文字を混在しない（医科 R04 と同じ規則と推定）。' },
    { key: 'sex', name: '男女区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:6', required: 'required', confidence: 'H' },
    { key: 'birthDate', name: '生年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', personal: true, confidence: 'H', note: '西暦 YYYYMMDD で記録する。' },
    { key: 'benefitRatio', name: '給付割合', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '国民健康保険及び退職者医療の場合は給付割合を百分率（％）で記録する。その他は原則省略（医科と同じ規則と推定 [INF]）。' },
    { key: 'specialNotes', name: 'レセプト特記事項', mode: '英数', maxBytes: 10, format: '可変', kind: 'code', table: 'chozai:7', repeat: { unit: 2, max: 5 }, required: 'conditional', confidence: 'H', note: '特記事項が必要な場合に別表７のコードを記録する。最大５つまで、記録するバイト数は２の倍数。' },
    // [INF] required = conditional: PO marks it optional; a receipt with only KI (no 処方箋) may leave the prescriber empty. Group name 「医療機関名称・所在地」 from UP labels [M].
    { key: 'prescriberPrefecture', name: '医療機関名称・所在地 都道府県', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'chozai:2', required: 'conditional', confidence: 'H', note: '処方箋を交付した保険医療機関の都道府県コード（別表２）。' },
    { key: 'prescriberScoreTable', name: '医療機関名称・所在地 点数表', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:3', required: 'conditional', confidence: 'H', note: '処方箋を交付した保険医療機関の点数表コード。医科は“1”、歯科は“3”（歯科は推定 [INF]）。' },
    // [INF] 項目名: UP writes 「医療機関」, PO 「医療機関コード」; the latter chosen.
    { key: 'prescriberFacilityCode', name: '医療機関名称・所在地 医療機関コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'conditional', confidence: 'H', note: '処方箋を交付した保険医療機関の医療機関コード（７桁、NDB 7）。' },
    // [INF] mode/width 漢字 40 可変 by analogy with 医科 R04 IR/TI 医療機関名称 (漢字40); no source gives the width. Position [H] (UP, PO, SEG).
    { key: 'prescriberName', name: '医療機関名称・所在地 名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', confidence: 'INF', note: '処方箋を交付した保険医療機関の名称。' },
    // [INF] mode/width 漢字 80 可変 by analogy with 医科 R04 TI 医療機関所在地 (漢字80); no source gives the width.
    { key: 'prescriberAddress', name: '医療機関名称・所在地 所在地', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'conditional', confidence: 'INF', note: '処方箋を交付した保険医療機関の所在地。' },
    // [INF] mode/width: 英数又は漢字 40 可変, by analogy with the 医科 R04 RE 氏名; position and slot count [H] (UP comment "(15)～(34)", PO 20 slots).
    { key: 'doctorName1', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 1 番目。処方箋を交付した保険医の氏名を記録する。姓と名の間に１文字分の“スペース”（医科 RE 氏名と同じ扱いと推定）。CZ・ST の「医師番号」はこの欄の順番を指すと推定。' },
    { key: 'doctorName2', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 2 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName3', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 3 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName4', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 4 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName5', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 5 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName6', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 6 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName7', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 7 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName8', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 8 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName9', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 9 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName10', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 10 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName11', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 11 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName12', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 12 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName13', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 13 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName14', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 14 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName15', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 15 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName16', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 16 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName17', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 17 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName18', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 18 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName19', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 19 番目。２人目以降の処方医がいる場合に順に記録する。' },
    { key: 'doctorName20', name: '保険医氏名 氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険医氏名欄（２０回繰り返し）の 20 番目。２人目以降の処方医がいる場合に順に記録する。' },
    // [INF] mode/width 英数 20 可変 chosen (no source gives them; name and position [M] UP, PO). Readers should accept 漢字 as well.
    { key: 'narcoticLicenseNumber', name: '麻薬免許番号', mode: '英数', maxBytes: 20, format: '可変', kind: 'text', required: 'conditional', confidence: 'INF', note: '麻薬を調剤した場合に処方医の麻薬施用者免許番号を記録すると推定 [INF]。' },
    // [INF] mode/width/requirement 英数 20 可変 optional from the 医科 R04 RE カルテ番号等; name and position [M] (UP, PO).
    { key: 'chartNumber', name: '調剤録番号等', mode: '英数', maxBytes: 20, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'INF', note: '保険薬局の調剤録番号又は患者ＩＤ番号等。記録は任意と推定（医科 カルテ番号等に当たる。キーを共用）。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する（UP, PO, NDB 1）。' },
    { key: 'searchNumber', name: '検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional', mask: { searchNumber: true }, confidence: 'H', note: '１７～３０桁。一次請求の場合は省略。返戻・再審査等返戻ファイルの請求データ及び履歴請求データ、並びにそれらに係る再請求ファイルに記録する（規則は医科と同じと推定 [INF]）。' },
    { key: 'specVersionInfo', name: '予備', mode: '数字', maxBytes: 5, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する（PO, R08）。平成版（UP, NDB）は「記録条件仕様年月情報」。医科 RE 第20項目と同じ変更で、返戻ファイル等では値が入っていることがある。' },
    { key: 'claimInfo', name: '請求情報', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', confidence: 'H', note: '保険薬局固有の情報。英数モードと漢字モードの文字を混在しない。記録は任意（医科と同じと推定）。' },
    { key: 'standardBurdenClass', name: '一部負担金区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:8', required: 'conditional', confidence: 'M', note: '高額療養費が現物給付された者に限り、別表８ 一部負担金区分コードを記録する（PO）。医科の「一部負担金・食事療養費・生活療養費標準負担額区分」に当たる（キーを共用）。' },
    // [INF] width 漢字 80 from the 医科 R04 RE カタカナ（氏名）; name and position [H].
    { key: 'patientNameKana', name: 'カタカナ（氏名）', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'M', note: '氏名のフリガナを全角カタカナで記録（“ー”815b を含み、“―”815c・“－”817c 等を含まない）。姓と名の間に“スペース”を記録しない。記録は任意（医科 R04 と同じ規則と推定）。' },
  ],
});
