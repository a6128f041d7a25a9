// 歯科 (点数表 3) claim-file structure: 記録条件仕様（歯科用）令和8年6月版 第1章 3 (3) レコードの出現順序, as
// transcribed by SR (PDF p.1–3), and checked against real 歯科 files.
// Confidence: H for the skeleton (UK once, IR at the head of every receipt, HS instead of SY, GO last): SR, HDW mapping.md,
// AV samples, UP ORCA sample, PHP-W writer. M for the counting rules (98 限度 with 加算コード, HS < 100).
// Sources used:
//   - ryo02suzu/-Sourirette docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a,
//     src/receipt/validate.ts @26f2f62cac64e4c9cd3665c6c42e6cf53d8fe7b7, docs/specs/uke-examples-index.txt @2b9f33aee47bb9935260c8ae02354f0dda4fdd01 (SR)
//   - HealthDataWorks/fhir-ig-jp-rezept-dental @52f89ecef22a7455e8b1c28a02e97c495b4cef7c input/pagecontent/mapping.md (HDW record table)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV)
//   - sosuke-hirayama/uke-parser @ff553ce55e6695f0065ed0c0031af74034f79cc9 uke/shika_shaho.csv (UP)
//   - public PHP 歯科 UKE writer, repository not identified (read_file id 18406260360; PHP-W: IR RE HO KO HS 摘要 per receipt)
//   - shared/spec/claim-records.md §1.1, §1.2, §4.1; shared/spec/kinds-nursing-rousai-dental-returns.md §3
import type { StructureDef } from '../types.js';

export const SHIKA_STRUCTURE: StructureDef = {
  header: 'UK',
  receiptHeader: 'IR',
  trailer: 'GO',
  receipt: [
    {
      ids: ['RE'],
      required: true,
      single: true,
      confidence: 'H',
      note: 'レセプト共通レコード。IR の次に記録する（必須、１レセプトに複数不可）。',
    },
    {
      ids: ['HO'],
      required: false,
      single: true,
      confidence: 'H',
      note: '医療保険レセプト（国保・後期高齢者を含む）の場合に記録する（複数不可）。HO と KO のどちらもないレセプトは誤り（SR validate 2007）。',
    },
    {
      ids: ['KO'],
      required: false,
      confidence: 'H',
      note: '公費負担医療レセプトの場合に、併用する公費の数だけ（１～４）公費の優先順に記録する。',
    },
    {
      ids: ['SN'],
      required: false,
      confidence: 'H',
      note: '資格確認レコード（任意、複数可）。',
    },
    {
      ids: ['JD'],
      required: false,
      confidence: 'H',
      note: '受診日等レコード（任意、複数可、負担者種別ごとに１レコード）。',
    },
    {
      ids: ['MF'],
      required: false,
      confidence: 'H',
      note: '窓口負担額レコード（任意、複数可）。SR の検査は HO・KO・SN・JD・MF を同じ順位として扱い、その間の前後は問わない。',
    },
    {
      ids: ['HS'],
      required: true,
      confidence: 'H',
      note: '傷病名部位レコード（必須、複数可）。医科の SY に代わる。診療開始日の昇順に記録する（SR [M]）。１レセプトに 100 件以上は事務点検 ASP のエラー（SR 調査 [L]）。',
    },
    {
      ids: ['SS', 'SI', 'IY', 'TO', 'CO'],
      required: true,
      requiredIds: ['SS', 'SI', 'IY', 'TO'],
      label: '摘要',
      confidence: 'H',
      note: '摘要（診療行為情報）。SS・SI・IY・TO のいずれか１レコード以上を記録する（必須。CO だけのレセプトは誤り）。CO は任意で、これらの間に混在して記録する。診療識別の記録を省略したレコードを連続して記録する場合は 98 レコードを限度とし、SS・TO は診療行為（特定器材）コードに続けて記録する加算コード（SS の加算コード１～３５、TO の特定器材加算等コード１・２）を含めて 98 コードを限度とする（SR 調査 [M]）。SS の加算コードは加算先と同一レコードに 注加算（C）→ 通則加算（A）→ 基本加算（B）→ 材料１加算（D）→ 材料２加算（E）の順に記録する。実データ（PHP-W）は診療識別コードの昇順に並べる。',
    },
    {
      ids: ['SJ'],
      required: false,
      confidence: 'H',
      note: '症状詳記レコード（任意、複数可）。摘要の後、レセプトの最後に記録する。',
    },
  ],
  // [M] The 98-record limit counts the 加算 codes recorded with an SS or a TO (SR 調査): a warning-level fact.
  practiceRun: { ids: ['SS', 'SI', 'IY', 'TO'], transparent: ['CO'], limit: 98, countKeys: { SS: 'additionCode', TO: 'equipmentAdditionCode' }, confidence: 'M', source: 'claim-records.md §4.1 (SR 調査)' },
  // [INF] by analogy with 医科 R04 第1章3(3)ア(エ) (the 歯科 file table is read from notes, not the text): a warning; a later correction is this line.
  receipts: { min: 1, source: '医科 R04 第1章3(3)ア(エ) by analogy', confidence: 'INF' },
  source: 'claim-records.md §4.1 (SR R08 第1章3(3) p.1–3; HDW mapping.md; AV and UP samples; PHP-W)',
  confidence: 'H',
  note:
    'ファイルは UK（受付情報、先頭に１つ、必須）、レセプト単位データ（１以上）、GO（診療報酬請求書、最後に１つ、必須）の順。各レセプトは IR（医療機関情報）で始まり、IR の次が RE（医科と異なり IR はレセプトごとに繰り返す）。' +
    '歯科には GR（包括評価対象外理由）と臓器提供者レセプト情報（TI/TR/TS）がない（SR、HDW、AV のいずれのレコード一覧にもない）。' +
    'GO の総件数 = Σ（HO があれば 1）＋ KO の数、総合計点数 = Σ 主保険の合計点数（HO、なければ最初の KO）（医科と同じ、SR calcGoTotals・AV 実データで確認）。' +
    '複数ボリューム: UK のマルチボリューム識別情報は“00”から昇順、GO は“01”から昇順で最終ボリュームが“99”、総件数・総合計点数は最終ボリュームのみ。' +
    'ファイル名は RECEIPTS.UKE（SR、PHP-W の出力名、AV の RECEIPTS_REG.UKE）とする資料が多いが、RECEIPTC.UKE とする資料もあり確定していない（claim-records §1 [M]）。' +
    '返戻・再請求（別添C）: 再請求ファイルは請求データ（IR〜SJ、履歴管理ブロックを除く）を修正し返戻理由（HR）を削除したレセプトに UK と GO を付けて作る（SR resubmit.ts による別添C 第1章1(4) の要約 [M]）。',
};
