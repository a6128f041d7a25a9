// Code tables (別表) of the 労災 claim file (労災レセプト電算処理システム, 厚生労働省労働基準局), reconstructed from
// shared/spec/kinds-nursing-rousai-dental-returns.md §2 and claim-records.md §4.5. No official 労災 記録条件仕様 was
// readable, so every table carries a confidence mark.
//
// Sources used (facts only; wording is ours, only code labels are quoted):
// - ORCA18: miyucy/jma-receipt, scripts/monthly/rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be
//   (allowed values: 災害区分 1/3, 帳票種別 2–5, 新継再別 1/3/5/7, 転帰事由 1/3/5/7/9, 病院・診療所の区分 1/2/3,
//   単価 1150/1200, 病棟区分 01/02/07, 主傷病 01, 単位コード 1–60), rosai_receden_error.rb.in
//   @2bd5b38c779091513ca04384a6b4367843431a5e (error texts naming 「３」（転医始診）,「１」（初診）).
// - ORCA51: Hiroaki-Inomata/ORCA-5-1, jma-receipt.r_5_1_branch/scripts/monthly/rosai_receden_common_const.rb.in
//   @9670a29e354a826f8eaa17c01e8e0a81898468e1 (PREFCD 01–47, FORMSBT 2–5 = 入院/入院外 × 短期/長期, RECEKA 診療科名,
//   SJKBN 01–07/50/51/52/90). Same product as ORCA18: not an independent source.
// - SK: Sotatek-ChinhVu/smart-test, CalculateService/Receipt/Models/RousaiReceiptModel.cs
//   @6c515388d280854fe04b0628f8c741799655d5f9 (災害区分 1 業務災害 / 3 通勤災害; 帳票種別 3 入院外, 5 入院外（傷病年金）),
//   AfterCareReceiptModel.cs @8be0ca4e10cd35effc84a56ee158185be2f7e8ce (AR 帳票種別 2 アフターケア委託費請求内訳書).
// - RV: a public Ruby module `HokenConv` of ORCA's レセプトビューア (`jma/receview`); repository not identified
//   (read_file id 20053947912). Labels for 転帰事由 (1 治ゆ 3 継続 5 転医 7 中止 9 死亡), 新継再別 (1 初診 3 転医始診
//   5 継続 7 再発), 災害区分 and 帳票種別 (34702–34705 診療費請求内訳書). Same organisation as ORCA, different program.
// - KW: "karte" compat_workers.js (read_file id 71329477297; repository not identified) — value sets only, [L] alone.
// - 123-R: 123deta.com excerpt of 「労災レセプト電算処理システム 電子レセプトの作成手引 －医科用－」平成30年4月, RS chapter
//   (names 別表3 年号区分, 別表19 病院・診療所区分コード, 別表20 都道府県労働局コード).
//
// Numbering. Only 別表3, 別表19 and 別表20 are named by a source (123-R, H30 手引). The other numbers are an
// inference [INF]: the H-era 医科 別表 order with every table whose 労災 field is 予備 removed (審査支払機関, レセプト
// 種別, 一部負担金区分, 特記事項, 職務上の事由, 減免区分, 転帰区分, 負担区分, 臓器提供) gives 1 都道府県 … 14 症状詳記区分,
// then the RR tables in field order 15–18, which lands exactly on the named 別表19/20. 患者の状態 (added 2018-05) is
// put after them as 21. Each guessed number is a one-line change in `id` (and in the `table:` of the fields using it).
import { shared } from '../derive.js';
import { defineCodes } from '../types.js';
import { ERA_CODES, IKA_2, IKA_7, IKA_10, IKA_11, IKA_12, IKA_13, IKA_14, IKA_20, IKA_22, IKA_23, IKA_27 } from '../ika/codes.js';

export const ROSAI_1 = /* @__PURE__ */ defineCodes({
  id: 'rosai:1', // [INF] number
  name: '別表１ 都道府県コード',
  source: 'ORCA51 PREFCD (01–47) for IR 都道府県; codes as 医科 別表2',
  confidence: 'H',
  codes: /* @__PURE__ */ shared(IKA_2, 'codes'),
  note: '医療機関情報レコード「都道府県」。コードは医科 別表2 と同じ（ORCA の PREFCD も 01〜47）。別表番号は推定 [INF]。',
});

export const ROSAI_2 = /* @__PURE__ */ defineCodes({
  id: 'rosai:2', // [INF] number
  name: '別表２ 点数表コード',
  source: 'ORCA18/51 IR writer and SK (IR 点数表 “1”); KW',
  confidence: 'H',
  codes: { '1': '医科' },
  note: '労災（医科）及びアフターケア（医科）の請求ファイルは“1”を記録する。別表番号は推定 [INF]。',
});

export const ROSAI_3 = /* @__PURE__ */ defineCodes({
  id: 'rosai:3',
  name: '別表３ 年号区分コード',
  source: '123-R (RS 請求書提出年月日: 「年号区分コード(別表3)」, H30 手引); codes as the former 医科 別表4',
  confidence: 'M',
  codes: ERA_CODES,
  note: '和暦 GYYMM / GYYMMDD の年号 G。2020年5月請求分から日付は西暦で記録する（SK）ため、現行ファイルでは使わない。旧ファイルを読むために置く。コード値は医科の旧別表4 と同じとみなす [INF]。',
});

export const ROSAI_4 = /* @__PURE__ */ defineCodes({
  id: 'rosai:4', // [INF] number
  name: '別表４ 男女区分コード',
  source: 'ORCA18 check 31330 (1/2 only); SK; codes as 医科 別表6',
  confidence: 'H',
  codes: { '1': '男', '2': '女' },
  note: '別表番号は推定 [INF]。',
});

export const ROSAI_5 = /* @__PURE__ */ defineCodes({
  id: 'rosai:5', // [INF] number
  name: '別表５ 病棟区分コード',
  source: 'ORCA18 check 31190 (入院: 01, 02, 07 only; 41190 no repeats); labels as 医科 別表7',
  confidence: 'M',
  codes: /* @__PURE__ */ shared(IKA_7, 'codes'),
  note: 'レセプト共通レコード「病棟区分」（２桁コードの連結、バイト数は２の倍数、同一コードの重複不可）。ORCA は入院レセプトで 01・02・07 以外を誤りとする。名称は医科 別表7 のもの [INF]。別表番号は推定 [INF]。',
});

export const ROSAI_6 = /* @__PURE__ */ defineCodes({
  id: 'rosai:6', // [INF] number
  name: '別表６ 診療科名コード',
  source: 'ORCA18/51 RECEKA (check 20220); labels as 医科 別表10',
  confidence: 'M',
  codes: /* @__PURE__ */ shared(IKA_10, 'codes'),
  note: 'ORCA の RECEKA は医科 別表10 と同じコード集合（01〜39、29・32 なし）。ORCA の名称は一部表記が異なる（皮膚泌尿器科、泌尿器科）。別表番号は推定 [INF]。',
});

export const ROSAI_7 = /* @__PURE__ */ defineCodes({
  id: 'rosai:7', // [INF] number and codes
  name: '別表７ 人体の部位等コード',
  source: 'no 労災 source lists it; codes as 医科 別表11 [INF]',
  confidence: 'INF',
  codes: /* @__PURE__ */ shared(IKA_11, 'codes'),
  note: 'レセプト共通レコード「診療科 組み合わせ名称 人体の部位等」。労災の表は見ていない。医科 別表11 と同じとみなす [INF]。',
});

export const ROSAI_8 = /* @__PURE__ */ defineCodes({
  id: 'rosai:8', // [INF] number and codes
  name: '別表８ 性別等コード',
  source: 'no 労災 source lists it; codes as 医科 別表12 [INF]',
  confidence: 'INF',
  codes: /* @__PURE__ */ shared(IKA_12, 'codes'),
  note: '労災の表は見ていない。医科 別表12 と同じとみなす [INF]。',
});

export const ROSAI_9 = /* @__PURE__ */ defineCodes({
  id: 'rosai:9', // [INF] number and codes
  name: '別表９ 医学的処置コード',
  source: 'no 労災 source lists it; codes as 医科 別表13 [INF]',
  confidence: 'INF',
  codes: /* @__PURE__ */ shared(IKA_13, 'codes'),
  note: '労災の表は見ていない。医科 別表13 と同じとみなす [INF]。',
});

export const ROSAI_10 = /* @__PURE__ */ defineCodes({
  id: 'rosai:10', // [INF] number and codes
  name: '別表１０ 特定疾病コード',
  source: 'no 労災 source lists it; codes as 医科 別表14 [INF]',
  confidence: 'INF',
  codes: /* @__PURE__ */ shared(IKA_14, 'codes'),
  note: '労災の表は見ていない。医科 別表14 と同じとみなす [INF]。',
});

export const ROSAI_11 = /* @__PURE__ */ defineCodes({
  id: 'rosai:11', // [INF] number
  name: '別表１１ 主傷病コード',
  source: 'ORCA18 check 32200 (“01” or empty); KW (“01” for the main disease)',
  confidence: 'H',
  codes: { '01': '（主）' },
  note: '別表番号は推定 [INF]。',
});

export const ROSAI_12 = /* @__PURE__ */ defineCodes({
  id: 'rosai:12', // [INF] number and list
  name: '別表１２ 診療識別コード',
  source: 'ORCA18 checks 23060 (ascending), 23810 (01/99: CO only), 34900/34910 (97 食事療養); KW VALID_SERVICES; codes as 医科 別表20',
  confidence: 'M',
  codes: /* @__PURE__ */ shared(IKA_20, 'codes'),
  note: '摘要レコード（RI・IY・TO・CO）の診療識別。ORCA は 01 と 99 を CO 以外に使うと誤り、97 は食事療養（RI の金額は【ハ】に入る）、記録順は診療識別の昇順とする。KW の許容値（11〜14, 21〜28, 31〜33, 39, 40, 50, 54, 60, 70, 80, 90, 92, 97）も医科 別表20 と一致する。一覧と名称は医科 別表20 のもの [INF]。別表番号は推定 [INF]。',
});

export const ROSAI_13 = /* @__PURE__ */ defineCodes({
  id: 'rosai:13', // [INF] number
  name: '別表１３ 特定器材単位コード',
  source: 'ORCA18 check 34650 (単位コード 1–60); codes as 医科 別表22 [INF]',
  confidence: 'INF',
  codes: /* @__PURE__ */ shared(IKA_22, 'codes'),
  open: [{ pattern: '^0[0-5][0-9]$|^060$', meaning: '特定器材単位コード（ORCA は 001〜060 を許容する。名称は別に定める）' }],
  note: 'ORCA は数値 1〜60 以外を誤りとする [M]。名称の一覧は医科 別表22 のもの [INF]。別表番号は推定 [INF]。',
});

export const ROSAI_14 = /* @__PURE__ */ defineCodes({
  id: 'rosai:14', // [INF] number
  name: '別表１４ 症状詳記区分コード',
  source: 'ORCA18/51 SJKBN (01–07, 50, 51, 52, 90; check 23840); SK (07 for 傷病の経過); labels as 医科 別表23',
  confidence: 'M',
  codes: /* @__PURE__ */ shared(IKA_23, 'codes'),
  note: 'ORCA の許容値は医科 別表23 と同じ集合。名称は医科 別表23 のもの [INF]。SK は RR「傷病の経過」が50文字を超える場合に区分“07”で【傷病の経過】を記録する。アフターケアの症状詳記は区分を記録しない（SK）[M]。別表番号は推定 [INF]。',
});

export const ROSAI_15 = /* @__PURE__ */ defineCodes({
  id: 'rosai:15', // [INF] number
  name: '別表１５ 業務災害・通勤災害区分コード',
  source: 'ORCA18 check 20180 (1/3); SK RousaiReceiptModel (1 業務災害, 3 通勤災害); RV code2rosai_saigai',
  confidence: 'H',
  codes: {
    '1': '業務災害',
    '3': '通勤災害',
  },
  note: '労災レセプトレコード「業務災害・通勤災害の区分」。別表番号は推定 [INF]。',
});

export const ROSAI_16 = /* @__PURE__ */ defineCodes({
  id: 'rosai:16', // [INF] number
  name: '別表１６ 帳票種別コード',
  source: 'ORCA18 check 20200 (2–5); ORCA51 FORMSBT (入院/入院外 × 短期/長期); RV code2rosai_formdoc (34702–34705); SK',
  confidence: 'H',
  codes: {
    '2': '診療費請求内訳書（入院用）（短期給付）',
    '3': '診療費請求内訳書（入院外用）（短期給付）',
    '4': '診療費請求内訳書（入院用）（傷病年金）',
    '5': '診療費請求内訳書（入院外用）（傷病年金）',
  },
  note: '労災レセプトレコード「帳票種別」。紙の様式の帳票種別 34702〜34705 の末尾１桁（RV）。2・4 は入院（入院年月日・食事療養が必要）、3・5 は入院外。2・3 は短期給付（労働保険番号・傷病年月日が必要）、4・5 は傷病年金（長期、年金証書番号が必要）。名称は ORCA・RV・SK から組み立てた [INF]。アフターケアの AR「帳票種別」は別の表（rosai:ac-form）。別表番号は推定 [INF]。',
});

export const ROSAI_17 = /* @__PURE__ */ defineCodes({
  id: 'rosai:17', // [INF] number
  name: '別表１７ 新継再別コード',
  source: 'ORCA18 check 38210 (1/3/5/7), errors 20050/40070; RV code2rosai_sinkei; KW',
  confidence: 'H',
  codes: {
    '1': '初診',
    '3': '転医始診',
    '5': '継続',
    '7': '再発',
  },
  note: '長期（傷病年金）のレセプトに“3”は記録できない（ORCA 20050）。初診料を算定する場合は“1”（ORCA 40070; KW は 1・3・7 を許す [L]）。KW は 1・3・7 を「初回」とみなし、初回分を労働局・監督署ごとの別ファイルにする [L]。別表番号は推定 [INF]。',
});

export const ROSAI_18 = /* @__PURE__ */ defineCodes({
  id: 'rosai:18', // [INF] number
  name: '別表１８ 転帰事由コード',
  source: 'ORCA18 check 38200 (1/3/5/7/9) [H]; labels RV code2rosai_tenki [M]; KW default 3 = 継続',
  confidence: 'M',
  codes: {
    '1': '治ゆ',
    '3': '継続',
    '5': '転医',
    '7': '中止',
    '9': '死亡',
  },
  note: 'コード集合は ORCA・KW で一致 [H]。名称は RV のみ [M]（3 継続は ORCA の手引と KW も）。ORCA は療養終了月のレセプトにだけ「継続」以外を記載する。別表番号は推定 [INF]。',
});

export const ROSAI_19 = /* @__PURE__ */ defineCodes({
  id: 'rosai:19',
  name: '別表１９ 病院・診療所区分コード',
  source: '123-R (「病院・診療所区分コード(別表19)」); ORCA18 check 10060 (1/2/3) and 44240/46030 (1・2 病院, 3 診療所); ORCA18 writer (200床)',
  confidence: 'M',
  codes: {
    '1': '病院（許可病床数２００床以上）',
    '2': '病院（許可病床数２００床未満）',
    '3': '診療所',
  },
  note: '労災診療費請求書レコード・アフターケア委託費請求書レコード「病院・診療所の区分」。コード集合 1/2/3 は ORCA の検査 [H]、1・2 が病院で 3 が診療所であることは ORCA の診療所専用・病院専用の検査から [M]、200床の境は ORCA の書き出し処理から [M]、名称の言い回しは推定 [INF]。SK・KW は既定値“3”。',
});

export const ROSAI_20 = /* @__PURE__ */ defineCodes({
  id: 'rosai:20',
  name: '別表２０ 都道府県労働局コード',
  source: '123-R (「都道府県労働局コード(別表20)」); ORCA18 check 10180 (PREFCD 01–47); FAQ (傷病年金: 年金証書番号の先頭２桁)',
  confidence: 'M',
  codes: {
    '01': '北海道労働局',
    '02': '青森労働局',
    '03': '岩手労働局',
    '04': '宮城労働局',
    '05': '秋田労働局',
    '06': '山形労働局',
    '07': '福島労働局',
    '08': '茨城労働局',
    '09': '栃木労働局',
    '10': '群馬労働局',
    '11': '埼玉労働局',
    '12': '千葉労働局',
    '13': '東京労働局',
    '14': '神奈川労働局',
    '15': '新潟労働局',
    '16': '富山労働局',
    '17': '石川労働局',
    '18': '福井労働局',
    '19': '山梨労働局',
    '20': '長野労働局',
    '21': '岐阜労働局',
    '22': '静岡労働局',
    '23': '愛知労働局',
    '24': '三重労働局',
    '25': '滋賀労働局',
    '26': '京都労働局',
    '27': '大阪労働局',
    '28': '兵庫労働局',
    '29': '奈良労働局',
    '30': '和歌山労働局',
    '31': '鳥取労働局',
    '32': '島根労働局',
    '33': '岡山労働局',
    '34': '広島労働局',
    '35': '山口労働局',
    '36': '徳島労働局',
    '37': '香川労働局',
    '38': '愛媛労働局',
    '39': '高知労働局',
    '40': '福岡労働局',
    '41': '佐賀労働局',
    '42': '長崎労働局',
    '43': '熊本労働局',
    '44': '大分労働局',
    '45': '宮崎労働局',
    '46': '鹿児島労働局',
    '47': '沖縄労働局',
  },
  note: 'ORCA は都道府県コード 01〜47 と同じ値で検査する [H]。名称（〇〇労働局）は推定 [INF]。労働基準監督署コード（２桁）には公開の表がない。ORCA は（労働局コード＋“1”＋監督署コード）で自前の監督署マスタを引く（10190）。',
});

export const ROSAI_21 = /* @__PURE__ */ defineCodes({
  id: 'rosai:21', // [INF] number and codes
  name: '別表２１ 患者の状態コード',
  source: 'ORCA18 comment 「H30/4 改正 カタカナ（氏名）、患者状態の追加」; SK (written from 2018-05 請求); codes as 医科 別表27 [INF]',
  confidence: 'INF',
  codes: /* @__PURE__ */ shared(IKA_27, 'codes'),
  note: 'レセプト共通レコード「患者の状態」（３桁コードの連結）。労災の表は見ていない。医科 別表27 と同じとみなす [INF]。別表番号は推定 [INF]。',
});

/** アフターケア委託費請求内訳書レコード（AR）「帳票種別」。The アフターケア spec is a separate document; its numbering is unknown. */
export const ROSAI_AC_FORM = /* @__PURE__ */ defineCodes({
  id: 'rosai:ac-form', // [INF] the アフターケア spec's own 別表 number is unknown
  name: '帳票種別コード（アフターケア）',
  source: 'SK AfterCareReceiptModel.cs (“2 アフターケア委託費請求内訳書”); KW (AR #4 = 2)',
  confidence: 'H',
  codes: { '2': 'アフターケア委託費請求内訳書' },
  note: '「労災レセプト電算処理システム …記録条件仕様（【アフターケア】医科用）」の別表。番号は不明 [INF]。',
});

export const ROSAI_CODE_TABLES = [
  ROSAI_1,
  ROSAI_2,
  ROSAI_3,
  ROSAI_4,
  ROSAI_5,
  ROSAI_6,
  ROSAI_7,
  ROSAI_8,
  ROSAI_9,
  ROSAI_10,
  ROSAI_11,
  ROSAI_12,
  ROSAI_13,
  ROSAI_14,
  ROSAI_15,
  ROSAI_16,
  ROSAI_17,
  ROSAI_18,
  ROSAI_19,
  ROSAI_20,
  ROSAI_21,
  ROSAI_AC_FORM,
] as const;
