// 調剤 別表 (記録条件仕様（調剤用）別表1〜24), reconstructed — no official 調剤 text was readable.
// Numbering: HDW-M (R02bt1_4_kiroku_chozai.pdf) = YR (R08 目次, iryokikan_in_07.pdf) for every table they share [H].
// Sources used:
//   - shared/spec/kinds-chozai-dpc.md §2.4
//   - HDW-M: HealthDataWorks/fhir-ig-jp-rezept-medication @ 6175e85594b91da0399c3b18f40d15f386d9fe3e : gofsh_output/input/fsh/*-CodeSystem.fsh
//   - YR: yusuketakuma/yrese @ f4d0f8f71a62c3e55a57a79ad57092b10620cc70 : docs/claim/record_spec_reading_notes.md §6 (別表 list of the R08 TOC)
//   - PO: pharma-oss/pharma-oss @ 72824257140299d904968439ab0865a85cf44e6e : src/lib/receipt/dispensing_uke_code_tables.ts (別表7, 8, 10)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : code/chozai/*.yml (用法, 剤形, 算定区分, 分割調剤, 混合区分, 包括管理料等, 他医療機関受診, 減免)
//   - 医科 R04 別表 (src/spec/ika/codes.ts, official) where a 調剤 table has the same values (2, 13, 17, 20, 21, 23): copied, marked in `source`.
// Codes are ASCII; meanings follow the source named in `source`. Partial tables say so in `note`.
import { codesOf } from '../derive.js';
import { defineCodes } from '../types.js';
// Tables whose codes and wording are 医科 R04's are spread from them (one list, not a copy).
import {
  BURDEN_PAYERS,
  IKA_2,
  IKA_21,
  IKA_22,
  IKA_28,
  IKA_29,
} from '../ika/codes.js';

export const CHOZAI_1 = /* @__PURE__ */ defineCodes({
  id: 'chozai:1',
  name: '別表１ 審査支払機関コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表1; YR R08 目次)',
  confidence: 'H',
  codes: {
    '1': '社会保険診療報酬支払基金',
    '2': '国民健康保険団体連合会',
  },
});

export const CHOZAI_2 = /* @__PURE__ */ defineCodes({
  id: 'chozai:2',
  name: '別表２ 都道府県コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表2; YR; values = 医科 R04 別表2)',
  confidence: 'H',
  codes: /* @__PURE__ */ codesOf(IKA_2),
  note: '医科 R04 別表２と同じ 01〜47。YK（保険薬局の所在地）と RE（処方箋を交付した医療機関の所在地）で使う。',
});

export const CHOZAI_3 = /* @__PURE__ */ defineCodes({
  id: 'chozai:3',
  name: '別表３ 点数表コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表3; YR; samples)',
  // [INF] codes 1 and 3 (for RE prescriber 点数表) are inferred; only 4 is attested for YK.
  confidence: 'M',
  codes: {
    '1': '医科',
    '3': '歯科',
    '4': '調剤',
  },
  note: 'YK の点数表は“4”（調剤）[H]。RE の処方医療機関の点数表（医療機関名称・所在地 点数表）には処方箋を交付した保険医療機関の点数表を記録し、見本では“1”（医科）。“3”（歯科）は推定 [INF]。HDW-M は“2 DPC”も挙げるが医科用 R04 別表３にない値で採らない [L]。',
});

export const CHOZAI_4 = /* @__PURE__ */ defineCodes({
  id: 'chozai:4',
  name: '別表４ 削除（年号区分コード）',
  source: 'kinds-chozai-dpc.md §2.4 (YR R08 目次「削除」; HDW-M R02)',
  confidence: 'H',
  codes: {},
  note: 'R02 以降は削除（日付は西暦）。平成版の和暦日付 GYYMM / GYYMMDD の年号区分は医科と同じ 1 明治、2 大正、3 昭和、4 平成、5 令和（医科の ERA_CODES を参照）。',
});

export const CHOZAI_5 = /* @__PURE__ */ defineCodes({
  id: 'chozai:5',
  name: '別表５ レセプト種別コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 RezeptCategory 4xxx = NDB CMDS_M_RCP_CLS_PHA)',
  confidence: 'H',
  codes: {
    '4112': '調剤・医保単独/国保単独・本人/世帯主',
    '4114': '調剤・医保単独/国保単独・未就学者',
    '4116': '調剤・医保単独/国保単独・家族/その他',
    '4118': '調剤・医保単独/国保単独・高齢受給者一般・低所得者',
    '4110': '調剤・医保単独/国保単独・高齢受給者７割',
    '4122': '調剤・医保/国保と１種の公費併用・本人/世帯主',
    '4124': '調剤・医保/国保と１種の公費併用・未就学者',
    '4126': '調剤・医保/国保と１種の公費併用・家族/その他',
    '4128': '調剤・医保/国保と１種の公費併用・高齢受給者一般・低所得者',
    '4120': '調剤・医保/国保と１種の公費併用・高齢受給者７割',
    '4132': '調剤・医保/国保と２種の公費併用・本人/世帯主',
    '4134': '調剤・医保/国保と２種の公費併用・未就学者',
    '4136': '調剤・医保/国保と２種の公費併用・家族/その他',
    '4138': '調剤・医保/国保と２種の公費併用・高齢受給者一般・低所得者',
    '4130': '調剤・医保/国保と２種の公費併用・高齢受給者７割',
    '4142': '調剤・医保/国保と３種の公費併用・本人/世帯主',
    '4144': '調剤・医保/国保と３種の公費併用・未就学者',
    '4146': '調剤・医保/国保と３種の公費併用・家族/その他',
    '4148': '調剤・医保/国保と３種の公費併用・高齢受給者一般・低所得者',
    '4140': '調剤・医保/国保と３種の公費併用・高齢受給者７割',
    '4152': '調剤・医保/国保と４種の公費併用・本人/世帯主',
    '4154': '調剤・医保/国保と４種の公費併用・未就学者',
    '4156': '調剤・医保/国保と４種の公費併用・家族/その他',
    '4158': '調剤・医保/国保と４種の公費併用・高齢受給者一般・低所得者',
    '4150': '調剤・医保/国保と４種の公費併用・高齢受給者７割',
    '4212': '調剤・公費単独',
    '4222': '調剤・２種の公費併用',
    '4232': '調剤・３種の公費併用',
    '4242': '調剤・４種の公費併用',
    '4318': '調剤・後期高齢者単独・一般・低所得者',
    '4310': '調剤・後期高齢者単独・７割',
    '4328': '調剤・後期高齢者と１種の公費併用・一般・低所得者',
    '4320': '調剤・後期高齢者と１種の公費併用・７割',
    '4338': '調剤・後期高齢者と２種の公費併用・一般・低所得者',
    '4330': '調剤・後期高齢者と２種の公費併用・７割',
    '4348': '調剤・後期高齢者と３種の公費併用・一般・低所得者',
    '4340': '調剤・後期高齢者と３種の公費併用・７割',
    '4358': '調剤・後期高齢者と４種の公費併用・一般・低所得者',
    '4350': '調剤・後期高齢者と４種の公費併用・７割',
    '4412': '調剤・退職者単独・本人',
    '4414': '調剤・退職者単独・未就学者',
    '4416': '調剤・退職者単独・家族',
    '4422': '調剤・退職者と１種の公費併用・本人',
    '4424': '調剤・退職者と１種の公費併用・未就学者',
    '4426': '調剤・退職者と１種の公費併用・家族',
    '4432': '調剤・退職者と２種の公費併用・本人',
    '4434': '調剤・退職者と２種の公費併用・未就学者',
    '4436': '調剤・退職者と２種の公費併用・家族',
    '4442': '調剤・退職者と３種の公費併用・本人',
    '4444': '調剤・退職者と３種の公費併用・未就学者',
    '4446': '調剤・退職者と３種の公費併用・家族',
    '4452': '調剤・退職者と４種の公費併用・本人',
    '4454': '調剤・退職者と４種の公費併用・未就学者',
    '4456': '調剤・退職者と４種の公費併用・家族',
  },
  note: '4桁: 1桁目 点数表（4 調剤）、2桁目 保険種別（1 医保/国保、2 公費、3 後期高齢者、4 退職者）、3桁目 併用の別（単独 1 … ４種の公費併用 5、公費は 1 単独 … 4 ４種併用）、4桁目 本人/世帯主 2・未就学者 4・家族/その他 6・高齢受給者一般・低所得者 8・高齢受給者７割 0（後期は 8 一般・低所得者、0 ７割）。入院・入院外の区別はない。54 コード（HDW-M と NDB のマスターが一致）。名称は HDW-M の表記。',
});

export const CHOZAI_6 = /* @__PURE__ */ defineCodes({
  id: 'chozai:6',
  name: '別表６ 男女区分コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表6)',
  confidence: 'H',
  codes: {
    '1': '男',
    '2': '女',
  },
});

export const CHOZAI_7 = /* @__PURE__ */ defineCodes({
  id: 'chozai:7',
  name: '別表７ レセプト特記事項コード',
  source: 'kinds-chozai-dpc.md §2.4 (PO dispensing_uke_code_tables.ts, R08; HDW-M lists the 医科 set [L])',
  confidence: 'M',
  codes: {
    '01': '公',
    '02': '長',
    '03': '長処',
    '04': '後保',
    '07': '老併',
    '08': '老健',
    '09': '施',
    '10': '第三',
    '11': '薬治',
    '12': '器治',
    '13': '先進',
    '14': '制超',
    '16': '長２',
    '21': '高半',
    '25': '出産',
    '26': '区ア',
    '27': '区イ',
    '28': '区ウ',
    '29': '区エ',
    '30': '区オ',
    '31': '多ア',
    '32': '多イ',
    '33': '多ウ',
    '34': '多エ',
    '35': '多オ',
    '36': '加治',
    '37': '申出',
    '38': '医併',
    '39': '医療',
    '41': '区カ',
    '42': '区キ',
    '43': '多カ',
    '44': '多キ',
  },
  // 注 (PO): 41〜44 後期高齢者医療のみ、令和4年10月調剤以降分. A correction is an edit here.
  conditions: {
    '41': { validFrom: '202210', insurance: ['3'] },
    '42': { validFrom: '202210', insurance: ['3'] },
    '43': { validFrom: '202210', insurance: ['3'] },
    '44': { validFrom: '202210', insurance: ['3'] },
  },
  note: 'レセプト共通レコード「レセプト特記事項」(英数 10 可変): 2桁コードを最大５つまで連結して記録。33 コード（PO が R08 の本文と照合したとする一覧）。注（PO）: 41〜44（区カ・区キ・多カ・多キ）は後期高齢者医療のみ、令和4年10月調剤以降分に限る。医科 別表９の 17〜20・22・40 は調剤の一覧にない。',
});

export const CHOZAI_8 = /* @__PURE__ */ defineCodes({
  id: 'chozai:8',
  name: '別表８ 一部負担金区分コード',
  source: 'kinds-chozai-dpc.md §2.4 (PO, R08; table name YR 目次)',
  confidence: 'M',
  codes: {
    '1': '低所得者の世帯（70歳以上・適用区分Ⅱ）の一部負担金額',
    '3': '低所得者の世帯（70歳以上・適用区分Ⅰ）の一部負担金額',
  },
  note: '注: 高額療養費が現物給付された者に限り記録する（PO）。コードの意味は PO の表記を医科 別表８の 1・3（外来時一部負担金額の欄）に合わせて要約した [INF]。',
});

export const CHOZAI_9 = /* @__PURE__ */ defineCodes({
  id: 'chozai:9',
  name: '別表９ 職務上の事由コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表9)',
  confidence: 'H',
  codes: {
    '1': '職上（職務上）',
    '2': '下３（下船後３月以内）',
    '3': '通災（通勤災害）',
  },
});

export const CHOZAI_10 = /* @__PURE__ */ defineCodes({
  id: 'chozai:10',
  name: '別表１０ 減免区分コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表10; UP; PO)',
  confidence: 'H',
  codes: {
    '1': '減額',
    '2': '免除',
    '3': '支払猶予',
  },
});

export const CHOZAI_11 = /* @__PURE__ */ defineCodes({
  id: 'chozai:11',
  name: '別表１１ 剤形コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表11; UP; NDB)',
  confidence: 'H',
  codes: {
    '1': '内服',
    '2': '内滴',
    '3': '屯服',
    '4': '注射',
    '5': '外用',
    '6': '浸煎',
    '7': '湯',
    '9': '材料',
  },
});

export const CHOZAI_12 = /* @__PURE__ */ defineCodes({
  id: 'chozai:12',
  name: '別表１２ 用法コード',
  source: 'kinds-chozai-dpc.md §2.4 (UP code/chozai/yoho.yml = HDW-M MedicationUsage, R02 別表12)',
  confidence: 'H',
  codes: {
    '001': '1日3回食前服用',
    '002': '1日3回食間服用',
    '003': '1日3回食後服用',
    '004': '1日1回朝服用',
    '005': '1日1回朝食前服用',
    '006': '1日1回朝食後服用',
    '007': '1日1回昼服用',
    '008': '1日1回昼食前服用',
    '009': '1日1回昼食後服用',
    '010': '1日1回夕服用',
    '011': '1日1回夕食前服用',
    '012': '1日1回夕食後服用',
    '013': '1日1回就寝前服用',
    '014': '授乳時服用',
    '015': '1日2回朝昼食前服用',
    '016': '1日2回朝昼食後服用',
    '017': '1日2回朝夕食前服用',
    '018': '1日2回朝夕食後服用',
    '019': '1日2回昼夕食前服用',
    '020': '1日2回昼夕食後服用',
    '021': '1日4回食後寝前服用',
    '022': '毎1時間',
    '023': '毎2時間',
    '024': '毎3時間',
    '025': '毎4時間',
    '026': '毎5時間',
    '027': '毎6時間',
    '028': '毎7時間',
    '029': '毎8時間',
    '030': '毎9時間',
    '031': '毎10時間',
    '032': '毎11時間',
    '033': '毎12時間',
    '034': '毎24時間',
    '035': '1日2回朝食前寝前服用',
    '036': '1日2回朝食後寝前服用',
    '037': '1日2回昼食前寝前服用',
    '038': '1日2回昼食後寝前服用',
    '039': '1日2回夕食前寝前服用',
    '040': '1日2回夕食後寝前服用',
    '041': '1日3回朝昼食前寝前服用',
    '042': '1日3回朝昼食後寝前服用',
    '043': '1日3回朝夕食前寝前服用',
    '044': '1日3回朝夕食後寝前服用',
    '045': '1日3回昼夕食前寝前服用',
    '046': '1日3回昼夕食後寝前服用',
    '047': '1日4回食前寝前服用',
    '048': '起床時服用',
    '900': '（未コード化用法）',
  },
  note: '001〜048 は服用時点等を表すコード、900 は未コード化の用法（特別指示等で記録）と推定 [INF]。',
});

export const CHOZAI_13 = /* @__PURE__ */ defineCodes({
  id: 'chozai:13',
  name: '別表１３ 負担区分コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表13; codes = 医科 R04 別表21)',
  confidence: 'H',
  codes: /* @__PURE__ */ codesOf(IKA_21),
  payers: BURDEN_PAYERS,
  note: '医科 R04 別表21 と同じ 31 コード（名称も医科の表記）。医療保険は国民健康保険・退職者医療・後期高齢者医療と読み替える。',
});

export const CHOZAI_14 = /* @__PURE__ */ defineCodes({
  id: 'chozai:14',
  name: '別表１４ 算定区分コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表14; UP code/chozai/santeikubun.yml)',
  confidence: 'H',
  codes: {
    '1': '算定する（調剤料を算定する場合。調剤料を包括する薬学管理料等を算定する場合で、調剤料点数が“0”となる場合を含む。）',
    '2': '算定しない（調剤料算定可能剤数超過等の場合。調剤料を包括する薬学管理料等を算定する場合で、調剤料点数が“0”となる場合を含む。）',
    '3': '算定しない（漸減療法等で、調剤数量を合算する場合。調剤料を包括する薬学管理料等を算定する場合で、算定先の調剤料点数が“0”となる場合を含む。）',
    '4': '算定しない（服用時点が同一の場合。調剤料を包括する薬学管理料等を算定する場合で、算定先の調剤料点数が“0”となる場合を含む。）',
    '6': '算定しない（同一有効成分であって同一剤形の薬剤が複数ある場合。調剤料を包括する薬学管理料等を算定する場合で、算定先の調剤料点数が“0”となる場合を含む。）',
  },
  note: '文言は R02・平成30年版（「調剤料」）。R04 以降は薬剤調製料・調剤管理料の算定区分にも用いると推定 [INF]。“5”は欠番。',
});

export const CHOZAI_15 = /* @__PURE__ */ defineCodes({
  id: 'chozai:15',
  name: '別表１５ 分割調剤種類コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表15; UP)',
  confidence: 'H',
  codes: {
    '1': '長期投薬に係る分割調剤',
    '2': '後発医薬品に係る分割調剤',
  },
});

export const CHOZAI_16 = /* @__PURE__ */ defineCodes({
  id: 'chozai:16',
  name: '別表１６ 混合区分コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表16; UP)',
  confidence: 'H',
  codes: {
    '1': '計量混合',
    '2': '自家製剤',
    '3': '無菌製剤',
  },
});

export const CHOZAI_17 = /* @__PURE__ */ defineCodes({
  id: 'chozai:17',
  name: '別表１７ 特定器材単位コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表17; values = 医科 R04 別表22)',
  confidence: 'M',
  codes: /* @__PURE__ */ codesOf(IKA_22),
  note: '医科 R04 別表22 と同じ 001〜061（HDW-M が同じ一覧を調剤 別表17 として挙げる）。',
});

export const CHOZAI_18 = /* @__PURE__ */ defineCodes({
  id: 'chozai:18',
  name: '別表１８ 包括管理料等コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表18; UP)',
  confidence: 'H',
  codes: {
    '01': 'かかりつけ薬剤師包括管理料',
  },
  note: '令和8年6月調剤以降、包括管理料等の項目は省略（PO [L]）。',
});

export const CHOZAI_19 = /* @__PURE__ */ defineCodes({
  id: 'chozai:19',
  name: '別表１９ 他医療機関受診コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表19; UP)',
  confidence: 'H',
  codes: {
    '01': '出来高入院料を算定する病床に入院中の他医療機関受診',
    '02': '療養病棟入院基本料等を算定する病床に入院中の他医療機関受診',
    '03': 'DPC入院中の他医療機関受診',
  },
});

export const CHOZAI_20 = /* @__PURE__ */ defineCodes({
  id: 'chozai:20',
  name: '別表２０ 負担者種別コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表20; values = 医科 R04 別表28)',
  confidence: 'H',
  codes: /* @__PURE__ */ codesOf(IKA_28),
});

export const CHOZAI_21 = /* @__PURE__ */ defineCodes({
  id: 'chozai:21',
  name: '別表２１ 確認区分コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表21; values = 医科 R04 別表29)',
  confidence: 'M',
  codes: /* @__PURE__ */ codesOf(IKA_29),
  note: '医科 R04 別表29 と同じ 13 コード（名称も医科の表記）。一次請求では 01 のみを使う（医科の注と同じと推定 [INF]）。',
});

export const CHOZAI_22 = /* @__PURE__ */ defineCodes({
  id: 'chozai:22',
  name: '別表２２ 受付等区分コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表22)',
  confidence: 'M',
  codes: {
    '1': '受付回数に計上する調剤及び薬学管理等',
    '2': '受付回数に計上しない調剤及び薬学管理等',
    '9': '請求データの各レコードに記録された算定日情報と不一致',
  },
  note: '受診日等レコード（JD）の日の情報に記録する。一次請求では“9”を使わない（医科 別表30 の注と同じと推定 [INF]）。',
});

export const CHOZAI_23 = /* @__PURE__ */ defineCodes({
  id: 'chozai:23',
  name: '別表２３ 窓口負担額区分コード',
  source: 'kinds-chozai-dpc.md §2.4 (HDW-M R02 別表23; 02 from 医科 R04 別表31 [INF])',
  // [INF] code 02 and the wording of 01 follow 医科 R04 別表31; HDW-M (R02) has only 00, 01, 04.
  confidence: 'M',
  codes: {
    '00': '一部負担金・高額療養費の現物給付なし',
    '01': '一部負担金・高額療養費現物給付あり（多数回該当を除く）',
    '02': '一部負担金・高額療養費現物給付あり（多数回該当）',
    '04': '特別の費用の額',
  },
  note: 'HDW-M（R02）は 00・01（「一部負担金・高額療養費現物給付あり」）・04 を挙げる。02（多数回該当）と 01 の「（多数回該当を除く）」は医科 R04 別表31 からの推定 [INF]。03（食事療養費・生活療養費の標準負担額）は調剤になく、04 の使用可否は未確認（医科では網掛け）。',
});

export const CHOZAI_24 = /* @__PURE__ */ defineCodes({
  id: 'chozai:24',
  name: '別表２４ 減算区分コード',
  source: 'kinds-chozai-dpc.md §2.4 (name only: YR R08 目次; used by CZ 薬剤料減算 減算区分 per PO)',
  // [INF] partial table: no code is known; any 1-2 digit value is admitted through `open`.
  confidence: 'INF',
  codes: {},
  open: [
    { pattern: '^[0-9]{1,2}$', meaning: '減算区分（コード値未入手。別表24 の本文は未読）' },
  ],
  note: '部分的な表: コード値は未入手（R08 の目次に表名のみ）。CZ「薬剤料減算 減算区分」（PO によれば数字 1〜2 桁）で使うと推定。値は open パターンで受け付け、info として報告する。',
});

/** Every 調剤 code table (別表1〜24), in order. */
export const CHOZAI_CODE_TABLES = [
  CHOZAI_1,
  CHOZAI_2,
  CHOZAI_3,
  CHOZAI_4,
  CHOZAI_5,
  CHOZAI_6,
  CHOZAI_7,
  CHOZAI_8,
  CHOZAI_9,
  CHOZAI_10,
  CHOZAI_11,
  CHOZAI_12,
  CHOZAI_13,
  CHOZAI_14,
  CHOZAI_15,
  CHOZAI_16,
  CHOZAI_17,
  CHOZAI_18,
  CHOZAI_19,
  CHOZAI_20,
  CHOZAI_21,
  CHOZAI_22,
  CHOZAI_23,
  CHOZAI_24,
] as const;
