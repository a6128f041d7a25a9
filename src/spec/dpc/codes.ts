// DPC 別表 (code tables) of 「オンライン又は光ディスク等による請求に係る記録条件仕様（ＤＰＣ用）」, in the R02
// numbering (R02bt1_2_kiroku_dpc.pdf as cited by HDW-D). No official DPC text was readable: every table carries a
// confidence mark, and tables that are "as 医科" take their codes from the official 医科 R04 tables (src/spec/ika/codes.ts)
// under their own DPC number. The DPC numbering is distinct from 医科's (e.g. 診療識別 is DPC 別表19, 医科 別表20); see
// DPC_TABLE_OF_IKA for the map used when a record reused from 医科 names an `ika:N` table.
//
// Sources (facts only; wording is ours, code labels quoted):
// - shared/spec/kinds-chozai-dpc.md §3.6 (DPC 別表), §3.2; shared/spec/claim-records.md §3.0, §4.3.
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/resources/CodeSystem-CodeSystem-JP-REZEPT-*.json
//   (別表 number per table in the DPC edition, and the code lists of 別表15, 22, 23, 26, 27, 28, 29, 31).
// - NDB: harakonan/research-public @ b50cd48 : ndb/NDB-UTDPH/TestDBSetup/ddl/12_CB_MASTER/INSERT/CMDS_M_RCP_CLS_DPC.sql
//   (DPC レセプト種別), CMDS_M_PRAC_IDENT_DPC.sql (DPC 診療識別 incl. 93), CMDS_M_RCP_GNRLZ_DIV (総括区分, via the notes).
// - MD: kuenishi/meddatum @ 6400d03 (= 844d27d) : include/rezept_dpc.hrl (H-era table numbers one lower from 診療識別 on;
//   usage of 自他保険区分 1, 請求調整区分 1–3, 診療識別 93 in GT).
// - Official 医科 R04 text shared/spec/ika-R04/kiroku-ika-R0404.txt 別表1–31 (codes of the shared tables).
import { defineCodes } from '../types.js';
import {
  IKA_1,
  IKA_2,
  IKA_6,
  IKA_7,
  IKA_8,
  IKA_9,
  IKA_10,
  IKA_11,
  IKA_12,
  IKA_13,
  IKA_14,
  IKA_15,
  IKA_16,
  IKA_17,
  IKA_18,
  IKA_19,
  IKA_20,
  IKA_21,
  IKA_22,
  IKA_23,
  IKA_24,
  IKA_25,
  IKA_26,
  IKA_27,
  IKA_28,
  IKA_29,
  IKA_30,
  IKA_31,
} from '../ika/codes.js';

/** Wording shared by the tables whose codes are those of the official 医科 R04 table. */
const AS_IKA = 'コードと名称は記録条件仕様（医科用）R04 の同名の別表による（ＤＰＣ用では番号のみ異なる）';

export const DPC_1 = defineCodes({
  id: 'dpc:1',
  name: '別表１ 審査支払機関コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表1); codes 医科 R04 別表1',
  confidence: 'H',
  codes: { ...IKA_1.codes },
  note: `${AS_IKA}（医科 別表1）。`,
});

export const DPC_2 = defineCodes({
  id: 'dpc:2',
  name: '別表２ 都道府県コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表2); codes 医科 R04 別表2',
  confidence: 'H',
  codes: { ...IKA_2.codes },
  note: `${AS_IKA}（医科 別表2）。`,
});

export const DPC_3 = defineCodes({
  id: 'dpc:3',
  name: '別表３ 点数表コード',
  source: 'kinds-chozai-dpc.md §3.1, §3.6; claim-records.md §3.3',
  // [INF] DPC files carry 点数表 "1" (医科) like 医科 files — a later correction is a one-line edit here.
  confidence: 'INF',
  codes: {
    '1': '医科',
  },
  note: 'ＤＰＣ請求の医療機関情報レコード「点数表」は“1”（医科）と推定 [INF]。HDW-D の表は 1 医科・2 DPC・3 歯科・4 調剤 とするが、“2”＝DPC を支持する資料はなく [L]、採らない。',
});

export const DPC_4 = defineCodes({
  id: 'dpc:4',
  name: '別表４ 削除（年号区分コード）',
  source: 'kinds-chozai-dpc.md §3.6; claim-records.md §0 (R02 で削除)',
  confidence: 'H',
  codes: {},
  note: 'R02 以降削除（日付は西暦で記録）。平成版の和暦日付 GYYMM / GYYMMDD の G は 1 明治、2 大正、3 昭和、4 平成、5 令和（ERA_CODES, src/spec/ika/codes.ts）。',
});

export const DPC_5 = defineCodes({
  id: 'dpc:5',
  name: '別表５ レセプト種別コード',
  source: 'kinds-chozai-dpc.md §1 item 6, §3.3 (NDB CMDS_M_RCP_CLS_DPC); names from 医科 R04 別表5',
  confidence: 'M',
  codes: {
    '1111': '医科・医保単独/国保単独・本人/世帯主・入院',
    '1113': '医科・医保単独/国保単独・未就学者・入院',
    '1115': '医科・医保単独/国保単独・家族/その他・入院',
    '1117': '医科・医保単独/国保単独・高齢受給者一般・低所得者・入院',
    '1119': '医科・医保単独/国保単独・高齢受給者７割・入院',
    '1121': '医科・医保/国保と１種の公費併用・本人/世帯主・入院',
    '1123': '医科・医保/国保と１種の公費併用・未就学者・入院',
    '1125': '医科・医保/国保と１種の公費併用・家族/その他・入院',
    '1127': '医科・医保/国保と１種の公費併用・高齢受給者一般・低所得者・入院',
    '1129': '医科・医保/国保と１種の公費併用・高齢受給者７割・入院',
    '1131': '医科・医保/国保と２種の公費併用・本人/世帯主・入院',
    '1133': '医科・医保/国保と２種の公費併用・未就学者・入院',
    '1135': '医科・医保/国保と２種の公費併用・家族/その他・入院',
    '1137': '医科・医保/国保と２種の公費併用・高齢受給者一般・低所得者・入院',
    '1139': '医科・医保/国保と２種の公費併用・高齢受給者７割・入院',
    '1141': '医科・医保/国保と３種の公費併用・本人/世帯主・入院',
    '1143': '医科・医保/国保と３種の公費併用・未就学者・入院',
    '1145': '医科・医保/国保と３種の公費併用・家族/その他・入院',
    '1147': '医科・医保/国保と３種の公費併用・高齢受給者一般・低所得者・入院',
    '1149': '医科・医保/国保と３種の公費併用・高齢受給者７割・入院',
    '1151': '医科・医保/国保と４種の公費併用・本人/世帯主・入院',
    '1153': '医科・医保/国保と４種の公費併用・未就学者・入院',
    '1155': '医科・医保/国保と４種の公費併用・家族/その他・入院',
    '1157': '医科・医保/国保と４種の公費併用・高齢受給者一般・低所得者・入院',
    '1159': '医科・医保/国保と４種の公費併用・高齢受給者７割・入院',
    '1211': '医科・公費単独・入院',
    '1221': '医科・２種の公費併用・入院',
    '1231': '医科・３種の公費併用・入院',
    '1241': '医科・４種の公費併用・入院',
    '1317': '医科・後期高齢者単独・一般・低所得者・入院',
    '1319': '医科・後期高齢者単独・７割・入院',
    '1327': '医科・後期高齢者と１種の公費併用・一般・低所得者・入院',
    '1329': '医科・後期高齢者と１種の公費併用・７割・入院',
    '1337': '医科・後期高齢者と２種の公費併用・一般・低所得者・入院',
    '1339': '医科・後期高齢者と２種の公費併用・７割・入院',
    '1347': '医科・後期高齢者と３種の公費併用・一般・低所得者・入院',
    '1349': '医科・後期高齢者と３種の公費併用・７割・入院',
    '1357': '医科・後期高齢者と４種の公費併用・一般・低所得者・入院',
    '1359': '医科・後期高齢者と４種の公費併用・７割・入院',
    '1411': '医科・退職者単独・本人・入院',
    '1413': '医科・退職者単独・未就学者・入院',
    '1415': '医科・退職者単独・家族・入院',
    '1421': '医科・退職者と１種の公費併用・本人・入院',
    '1423': '医科・退職者と１種の公費併用・未就学者・入院',
    '1425': '医科・退職者と１種の公費併用・家族・入院',
    '1431': '医科・退職者と２種の公費併用・本人・入院',
    '1433': '医科・退職者と２種の公費併用・未就学者・入院',
    '1435': '医科・退職者と２種の公費併用・家族・入院',
    '1441': '医科・退職者と３種の公費併用・本人・入院',
    '1443': '医科・退職者と３種の公費併用・未就学者・入院',
    '1445': '医科・退職者と３種の公費併用・家族・入院',
    '1451': '医科・退職者と４種の公費併用・本人・入院',
    '1453': '医科・退職者と４種の公費併用・未就学者・入院',
    '1455': '医科・退職者と４種の公費併用・家族・入院',
  },
  note: 'ＤＰＣレセプトは医科の「入院」のレセプト種別コード（４桁目が奇数）のみを用いる（NDB マスター CMDS_M_RCP_CLS_DPC の 54 コード、[M]）。名称は医科 R04 別表5 の表記。HDW-D の 4xxx 系の表（4112 等）は医科表の写し誤りとみなし採らない [L]。臓器提供者レセプト種別は別表35。',
});

export const DPC_6 = defineCodes({
  id: 'dpc:6',
  name: '別表６ 男女区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表6); codes 医科 R04 別表6',
  confidence: 'H',
  codes: { ...IKA_6.codes },
  note: `${AS_IKA}（医科 別表6）。`,
});

export const DPC_7 = defineCodes({
  id: 'dpc:7',
  name: '別表７ 病棟区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表7); codes 医科 R04 別表7',
  confidence: 'M',
  codes: { ...IKA_7.codes },
  note: `${AS_IKA}（医科 別表7）。2桁コードを最大４つまで連結。`,
});

export const DPC_8 = defineCodes({
  id: 'dpc:8',
  name: '別表８ 一部負担金・食事療養費・生活療養費標準負担額区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表8); codes 医科 R04 別表8',
  confidence: 'M',
  codes: { ...IKA_8.codes },
  note: `${AS_IKA}（医科 別表8）。`,
});

export const DPC_9 = defineCodes({
  id: 'dpc:9',
  name: '別表９ レセプト特記事項コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表9); codes 医科 R04 別表9',
  // [INF] the R04 医科 list applies unchanged to DPC — a later correction is a one-line edit here.
  confidence: 'INF',
  codes: { ...IKA_9.codes },
  conditions: IKA_9.conditions,
  note: `${AS_IKA}（医科 別表9、R04 の 38 コード）と推定 [INF]。HDW-D（R02）の一覧は 35 コードで、41〜44 がなく “40 加算” を含む。2桁コードを最大５つまで連結。`,
});

export const DPC_10 = defineCodes({
  id: 'dpc:10',
  name: '別表１０ 診療科名コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表10); codes 医科 R04 別表10',
  confidence: 'M',
  codes: { ...IKA_10.codes },
  note: `${AS_IKA}（医科 別表10）。`,
});

export const DPC_11 = defineCodes({
  id: 'dpc:11',
  name: '別表１１ 人体の部位等コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表11); codes 医科 R04 別表11',
  confidence: 'M',
  codes: { ...IKA_11.codes },
  note: `${AS_IKA}（医科 別表11）。`,
});

export const DPC_12 = defineCodes({
  id: 'dpc:12',
  name: '別表１２ 性別等コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表12); codes 医科 R04 別表12',
  confidence: 'M',
  codes: { ...IKA_12.codes },
  note: `${AS_IKA}（医科 別表12）。`,
});

export const DPC_13 = defineCodes({
  id: 'dpc:13',
  name: '別表１３ 医学的処置コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表13); codes 医科 R04 別表13',
  confidence: 'M',
  codes: { ...IKA_13.codes },
  note: `${AS_IKA}（医科 別表13）。`,
});

export const DPC_14 = defineCodes({
  id: 'dpc:14',
  name: '別表１４ 特定疾病コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表14); codes 医科 R04 別表14',
  confidence: 'M',
  codes: { ...IKA_14.codes },
  note: `${AS_IKA}（医科 別表14）。`,
});

export const DPC_15 = defineCodes({
  id: 'dpc:15',
  name: '別表１５ レセプト総括区分コード',
  source: 'kinds-chozai-dpc.md §3.2, §3.6 (HDW-D CodeSystem SummaryClassification; NDB CMDS_M_RCP_GNRLZ_DIV)',
  confidence: 'H',
  codes: {
    '0': 'DPCレセプト',
    '1': '総括レセプト',
    '2': '総括対象DPCレセプト',
    '3': '総括対象医科入院レセプト',
  },
  note: 'ＤＰＣ用のみの表（レセプト共通レコード「レセプト総括区分」）。総括レセプト（1）の後に、その明細となる総括対象DPCレセプト（2）又は総括対象医科入院レセプト（3）が続く（DPC_RECEIPT_VARIANTS 参照）。',
});

export const DPC_16 = defineCodes({
  id: 'dpc:16',
  name: '別表１６ 職務上の事由コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表16); codes 医科 R04 別表15',
  confidence: 'M',
  codes: { ...IKA_15.codes },
  note: `${AS_IKA}（医科 別表15）。`,
});

export const DPC_17 = defineCodes({
  id: 'dpc:17',
  name: '別表１７ 減免区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表17); codes 医科 R04 別表16',
  confidence: 'M',
  codes: { ...IKA_16.codes },
  note: `${AS_IKA}（医科 別表16）。`,
});

export const DPC_18 = defineCodes({
  id: 'dpc:18',
  name: '別表１８ 医科点数表算定理由コード',
  source: 'kinds-chozai-dpc.md §3.5 GR, §3.6 (HDW-D 別表18); codes 医科 R04 別表17',
  confidence: 'M',
  codes: { ...IKA_17.codes },
  open: IKA_17.open,
  note: `${AS_IKA}（医科 別表17）。包括評価対象外理由レコード（GR、総括対象医科入院レセプト）で用いる。“07” は平成30年3月診療以前分のみ（open）。`,
});

export const DPC_19 = defineCodes({
  id: 'dpc:19',
  name: '別表１９ 診療識別コード',
  source: 'kinds-chozai-dpc.md §1 item 7, §3.6 (NDB CMDS_M_PRAC_IDENT_DPC; MD GT 診療識別 rule; HDW-D 別表19 for the number)',
  confidence: 'H',
  codes: {
    ...IKA_20.codes,
    '93': '診断群分類',
  },
  conditions: IKA_20.conditions,
  note: '医科 R04 別表20 のコードに “93 診断群分類” を加えたもの [H]（NDB マスターと MD の合計調整レコードの記録要領「診療識別コード 93 を記録する」）。HDW-D の一覧は 93 を欠く [L]。93 は合計調整レコード（GT）の請求調整区分 2・自保険分の行で用いる。',
});

export const DPC_20 = defineCodes({
  id: 'dpc:20',
  name: '別表２０ 負担区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表20); codes 医科 R04 別表21',
  confidence: 'M',
  codes: { ...IKA_21.codes },
  // The payer matrix of 医科 別表21 (the codes are the same table): what cross/burden-payers reads on HH, GT and SI.
  payers: IKA_21.payers,
  note: `${AS_IKA}（医科 別表21）。`,
});

export const DPC_21 = defineCodes({
  id: 'dpc:21',
  // [INF] 別表21 is not listed by HDW-D; 症状詳記区分 is a guess from its place in the numbering — a later correction is a one-line edit here.
  name: '別表２１ 症状詳記区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (別表21 not in HDW-D) — inference; codes 医科 R04 別表23',
  confidence: 'INF',
  codes: { ...IKA_23.codes },
  note: '未確認 [INF]。HDW-D に別表21 の記載がない。負担区分（20）と DPC転帰区分（22）の間にあり、平成版でも同じ位置に空きがあること、症状詳記レコード（SJ）がＤＰＣレセプトでも使われることから症状詳記区分コードと推定し、医科 R04 別表23 のコードを置いた。',
});

export const DPC_22 = defineCodes({
  id: 'dpc:22',
  name: '別表２２ DPC転帰区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D DPCOutcomeClassification; MD 別表21 H-era)',
  confidence: 'H',
  codes: {
    '1': '治癒',
    '2': '軽快',
    '3': '寛解',
    '4': '不変',
    '5': '増悪',
    '6': '死亡',
    '7': '外死亡',
    '9': 'その他',
  },
  note: '診断群分類レコード（BU）「DPC転帰区分」。平成版（MD）では別表21。',
});

export const DPC_23 = defineCodes({
  id: 'dpc:23',
  name: '別表２３ 傷病名区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D DiseaseNameClassification; MD 別表22 H-era)',
  confidence: 'H',
  codes: {
    '01': '傷病名（医療資源を最も投入した傷病名）',
    '02': '副傷病名',
    '11': '主傷病名',
    '21': '入院の契機となった傷病名',
    '31': '医療資源を２番目に投入した傷病名',
    '41': '入院時併存傷病名（１）',
    '42': '入院時併存傷病名（２）',
    '43': '入院時併存傷病名（３）',
    '44': '入院時併存傷病名（４）',
    '51': '入院後発症傷病名（１）',
    '52': '入院後発症傷病名（２）',
    '53': '入院後発症傷病名（３）',
    '54': '入院後発症傷病名（４）',
  },
  note: '傷病レコード（SB）「傷病名区分」（数字２固定）。平成版（MD）では別表22。',
});

export const DPC_24 = defineCodes({
  id: 'dpc:24',
  name: '別表２４ 転帰区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表24; NDB CMDS_M_OUTCM_DIV); codes 医科 R04 別表18',
  confidence: 'H',
  codes: { ...IKA_18.codes },
  note: `${AS_IKA}（医科 別表18）。傷病名レコード（SY、総括対象医科入院レセプト）で用いる。`,
});

export const DPC_25 = defineCodes({
  id: 'dpc:25',
  name: '別表２５ 主傷病コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表25); codes 医科 R04 別表19',
  confidence: 'M',
  codes: { ...IKA_19.codes },
  note: `${AS_IKA}（医科 別表19）。`,
});

export const DPC_26 = defineCodes({
  id: 'dpc:26',
  name: '別表２６ 予定・緊急入院区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D HospitalizationClassification; MD 別表25 H-era)',
  confidence: 'H',
  codes: {
    '1': '予定入院',
    '2': '緊急入院',
    '3': '緊急入院（２以外の場合）（救急自動車又はドクターヘリにより搬入）',
  },
  note: '患者基礎レコード（KK）「予定・緊急入院区分」。平成版（MD）では別表25。',
});

export const DPC_27 = defineCodes({
  id: 'dpc:27',
  name: '別表２７ 診療区分コード',
  source: 'kinds-chozai-dpc.md §3.6; HDW-D input/resources/CodeSystem-CodeSystem-JP-REZEPT-MedicalCare.json (R02, 235 codes)',
  confidence: 'M',
  codes: {
    '0002': 'インターフェロン',
    '0003': 'ガンマグロブリン',
    '0004': 'プロスタグランジンI2製剤(注射薬に限る。)',
    '0005': '化学療法',
    '0006': '全身麻酔',
    '0007': 'リハビリテーション',
    '0008': '放射線療法',
    '0010': '酵素補充療法',
    '0014': '精神科専門療法',
    '0017': 'Ａ型ボツリヌス毒素',
    '0019': 'I131内用療法',
    '0020': 'IL-2',
    '0021': 'LH-RH',
    '0022': 'tPA',
    '0023': 'アンチトロンビンIII製剤',
    '0024': 'インフリキシマブ',
    '0027': '抗胸腺細胞グロブリン',
    '0028': 'シクロスポリン(点眼薬を除く。)',
    '0031': '性腺刺激ホルモン',
    '0032': 'ソマトスタチンアナログ',
    '0034': '第XIII因子製剤',
    '0036': 'トラスツズマブ',
    '0037': '肺サーファクタント',
    '0038': 'パリビズマブ',
    '0039': '人ハプトグロビン',
    '0045': 'リツキシマブ',
    '0046': '化学療法ありかつ放射線療法なし',
    '0047': '化学療法ありかつ放射線療法あり',
    '0048': '化学療法なしかつ放射線療法あり',
    '0049': 'エダラボン',
    '0052': 'IFN-α',
    '0053': 'テモゾロミド(内服薬による初発の初回治療に限る。)',
    '0054': 'カルボプラチン+パクリタキセルあり',
    '0055': 'ペメトレキセドナトリウム',
    '0056': 'ベバシズマブ',
    '0058': 'IFN-β(7日以上投与した場合に限る。)',
    '0059': 'シクロホスファミド+塩酸エピルビシンあり',
    '0061': 'ゲムツズマブ オゾガマイシン',
    '0062': 'ボルテゾミブ',
    '0063': '心臓電気生理学的検査',
    '0064': 'アダリムマブ',
    '0065': 'アルガトロバン',
    '0066': 'イブリツモマブチウキセタン塩化イットリウム',
    '0067': 'イブリツモマブチウキセタン塩化インジウム',
    '0068': 'エタネルセプト',
    '0069': 'カルボプラチン+ドセタキセルあり',
    '0070': 'サリドマイド',
    '0071': 'スニチニブリンゴ酸',
    '0072': 'セツキシマブ',
    '0073': 'ソラフェニブトシル酸塩',
    '0074': 'トシリズマブ',
    '0075': 'トロンボモデュリンアルファ',
    '0076': 'ネララビン',
    '0077': 'プロスタグランジンE1製剤(注射薬に限る。)',
    '0078': 'ペガプタニブナトリウム',
    '0079': 'ペグビソマント',
    '0080': 'メトトレキサート(注射薬に限る。)',
    '0081': 'ラニビズマブ',
    '0082': '三酸化ヒ素製剤',
    '0083': '乾燥ポリエチレングリコール処理人免疫グロブリン',
    '0085': '動注化学療法',
    '0086': 'ダサチニブ',
    '0087': 'ニロチニブ塩酸塩',
    '0088': 'オマリズマブ',
    '0089': 'イマチニブメシル酸塩',
    '0090': 'ゴリムマブ',
    '0091': 'アバタセプト',
    '0092': 'アルベカシン硫酸塩',
    '0094': 'エクリズマブ',
    '0095': 'エベロリムス',
    '0097': 'ゲムシタビン塩酸塩',
    '0098': 'テイコプラニン',
    '0099': 'テムシロリムス',
    '0100': 'テモゾロミド(注射薬に限る。)',
    '0101': 'ドキソルビシン塩酸塩リポソーム製剤',
    '0102': 'パクリタキセル(アルブミン懸濁型)',
    '0103': 'パニツムマブ',
    '0104': 'バンコマイシン塩酸塩(注射薬に限る。)',
    '0107': 'メトトレキサート大量療法',
    '0108': 'レナリドミド',
    '0110': 'カプセル型内視鏡',
    '0111': 'アキシチニブ',
    '0112': 'アフリベルセプト',
    '0113': 'セルトリズマブペゴル',
    '0114': 'レゴラフェニブ',
    '0115': 'トファシチニブクエン酸塩',
    '0116': 'クロファラビン',
    '0117': 'ペルツズマブ',
    '0119': 'アザシチジン',
    '0121': 'アンブリセンタン',
    '0122': 'ウステキヌマブ',
    '0123': 'エリブリンメシル酸塩',
    '0124': 'エルロチニブ',
    '0126': 'カナキヌマブ',
    '0127': 'クリゾチニブ',
    '0128': 'ゲフィチニブ',
    '0130': 'シベレスタットナトリウム',
    '0131': 'シルデナフィルクエン酸塩',
    '0132': 'タクロリムス(外用薬を除く。)',
    '0133': 'タダラフィル',
    '0134': 'ドセタキセル',
    '0135': 'パクリタキセル',
    '0136': 'ヒトチロトロピンアルファ',
    '0137': 'ベンダムスチン塩酸塩',
    '0138': 'ボセンタン',
    '0139': 'モガムリズマブ',
    '0140': 'ロミプロスチム',
    '0141': '一酸化窒素吸入療法ありかつパリビズマブあり',
    '0142': '肺サーファクタントありかつパリビズマブあり',
    '0143': 'リオシグアト',
    '0144': 'アファチニブマレイン酸塩',
    '0145': 'アレクチニブ塩酸塩',
    '0146': 'ボスチニブ',
    '0147': 'セクキヌマブ',
    '0148': 'マシテンタン',
    '0149': 'ポマリドミド',
    '0150': 'パノビノスタット乳酸塩',
    '0151': 'グラチラマー酢酸塩',
    '0152': 'ナタリズマブ',
    '0153': 'ニボルマブ',
    '0154': 'トレプロスチニル',
    '0155': 'ラムシルマブ',
    '0156': 'オキサリプラチン',
    '0157': 'トリフルリジン/チピラシル塩酸塩',
    '0158': 'フルオロウラシル+レボホリナートカルシウム+イリノテカン塩酸塩+オキサリプラチンあり',
    '0161': 'アスナプレビル+ダクラタスビル塩酸塩あり',
    '0162': '塩化ストロンチウム',
    '0163': 'リネゾリド',
    '0164': 'ダプトマイシン',
    '0167': 'トラスツズマブ エムタンシン',
    '0168': 'レンバチニブメシル酸塩',
    '0169': 'インスリン製剤(注射薬に限る。)',
    '0180': 'タファミジスメグルミン',
    '0181': 'パゾパニブ塩酸塩',
    '0182': 'カバジタキセル アセトン付加物',
    '0183': 'アビラテロン酢酸エステル',
    '0184': 'エンザルタミド',
    '0185': 'レボノルゲストレル',
    '0186': 'ブレンツキシマブ ベドチン',
    '0187': 'アレムツズマブ',
    '0188': 'オファツムマブ',
    '0189': 'メチルチオニニウム塩化物',
    '0190': '活性型プロテインC',
    '0191': 'パミドロン酸二ナトリウム',
    '0192': 'トルバプタン',
    '0193': 'ホメピゾール',
    '0194': 'デクスラゾキサン',
    '0195': 'イロプロスト',
    '0196': 'イブルチニブ',
    '0197': 'セリチニブ',
    '0198': 'メポリズマブ',
    '0199': 'ブロダルマブ',
    '0200': 'カルフィルゾミブ',
    '0201': 'セレキシパグ',
    '0202': 'イキセキズマブ',
    '0203': 'エロツズマブ',
    '0204': 'ペムブロリズマブ',
    '0205': 'イキサゾミブクエン酸エステル',
    '0206': 'フォロデシン塩酸塩',
    '0207': 'アフリベルセプト ベータ',
    '0208': 'バリシチニブ',
    '0209': 'プララトレキサート',
    '0210': 'サリルマブ',
    '0211': 'ダラツムマブ',
    '0212': 'アベルマブ',
    '0213': 'イピリムマブ',
    '0214': 'オシメルチニブメシル酸塩',
    '0216': 'グラゾプレビル+エルバスビルあり',
    '0217': 'コラゲナーゼ(クロストリジウム ヒストリチクム)',
    '0218': 'ストレプトゾシン',
    '0219': 'ソホスブビル',
    '0220': 'ダクラタスビル塩酸塩/アスナプレビル/ベクラブビル塩酸塩',
    '0221': 'ダブラフェニブメシル酸塩+トラメチニブ ジメチルスルホキシド付加物あり',
    '0222': 'デノスマブ',
    '0223': 'トラベクテジン',
    '0224': 'ニンテダニブエタンスルホン酸塩',
    '0225': 'ボセンタン(錠剤に限る。)',
    '0226': 'レジパスビル アセトン付加物/ソホスブビル',
    '0227': '塩化ラジウム(223Ra)',
    '0228': '乾燥濃縮人C1-インアクチベーター',
    '0229': 'ベンラリズマブ',
    '0230': 'ロミデプシン',
    '0231': 'アテゾリズマブ',
    '0232': 'テジゾリドリン酸エステル',
    '0233': 'グセルクマブ',
    '0234': 'ベドリズマブ',
    '0235': 'デュルバルマブ',
    '0236': 'ギルテリチニブフマル酸塩',
    '0237': 'ロルラチニブ',
    '0238': 'イカチバント酢酸塩',
    '0239': 'ダコミチニブ',
    '0240': 'エンコラフェニブ+ビニメチニブあり',
    '0241': 'ソホスブビル/ベルパタスビル',
    '0242': 'ペフィシチニブ臭化水素酸塩',
    '0243': 'アパルタミド',
    '0244': 'リサンキズマブ',
    '0245': 'キザルチニブ塩酸塩',
    '0246': 'エヌトレクチニブ',
    '0247': 'パチシランナトリウム',
    '0248': 'ラブリズマブ',
    '0249': 'ベネトクラクス',
    '0250': 'イノツズマブ オゾガマイシン',
    '0251': 'イリノテカン塩酸塩',
    '0252': 'エルトロンボパグ オラミン',
    '0253': 'オビヌツズマブ',
    '0254': 'グレカプレビル/ピブレンタスビル',
    '0255': 'ヌシネルセンナトリウム',
    '0256': 'ブリナツモマブ',
    '0257': 'フルオロウラシル+レボホリナートカルシウム+オキサリプラチン+イリノテカン塩酸塩あり',
    '0258': 'ベリムマブ',
    '0259': 'ポナチニブ塩酸塩',
    '0260': 'ランジオロール塩酸塩(画像診断時使用を除く。)',
    '0261': 'リツキシマブ+フィルグラスチム',
    '0262': 'リツキシマブ+レノグラスチム',
    '0263': 'ルキソリチニブリン酸塩',
    '0264': '内分泌負荷試験 下垂体前葉負荷試験を1種類',
    '0265': '内分泌負荷試験 下垂体前葉負荷試験を2種類以上',
    '0266': 'ウパダシチニブ',
    '0267': 'ダロルタミド',
    '0268': 'カボザンチニブリンゴ酸塩',
    '0269': 'テポチニブ塩酸塩',
    '0270': 'チラブルチニブ塩酸塩',
    '0271': 'ブロルシズマブ',
    '0272': 'トラスツズマブ デルクステカン',
    '0273': 'オナセムノゲン アベパルボベク',
    '0274': 'カプマチニブ塩酸塩',
    '0275': 'チルドラキズマブ',
    '0276': 'イサツキシマブ',
    '0277': 'フィルゴチニブマレイン酸塩',
    'DD01': '血管内超音波検査等加算等',
    'DD02': '胆管・膵管造影法',
    'EE01': '脳脊髄腔造影剤使用撮影加算',
    'KKK0': '手術なし',
    'KK03': '補助循環加算',
    'KK04': '原発性悪性脳腫瘍光線力学療法加算',
  },
  open: [{ pattern: '^[0-9A-Z]{4}$', meaning: '診療区分コード（改定ごとの診断群分類の定義による。R02 一覧にないコード）' }],
  note: '診療関連レコード（SK）「診療区分」。区分番号が定められていない診断群分類区分の場合に記録する。一覧は HDW-D の R02 版 235 コード（名称の改行由来の空白３か所を詰めた）。診療報酬改定ごとに増減する [INF] ため、一覧にない４桁コードは open で受ける。平成版（MD）では別表26。',
});

export const DPC_28 = defineCodes({
  id: 'dpc:28',
  name: '別表２８ 請求調整区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D BillingAdjustmentClassification; MD usage, 別表27 H-era)',
  confidence: 'H',
  codes: {
    '1': '過去の請求済分',
    '2': '今月の請求分',
    '3': '過去の調整分',
  },
  note: '外泊・包括評価・合計調整レコード（GA / HH / GT）「請求調整区分」。',
});

export const DPC_29 = defineCodes({
  id: 'dpc:29',
  name: '別表２９ 外泊等コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D Overnight, R02); MD 別表28 H-era',
  confidence: 'M',
  codes: {
    '0': '外泊、７日以内の再入院及び再転棟までの日等以外',
    '3': '地域包括ケア病棟入院料の病棟への転棟期間',
    '4': '地域包括ケア入院医療管理料の病室への転室期間',
    '5': '地域包括ケア病棟入院料の病棟の転棟日かつ外泊',
    '6': '地域包括ケア入院医療管理料の病室の転室日かつ外泊',
    '7': '７日以内の再転棟までの日',
    '8': '７日以内の再入院までの日',
    '9': '外泊',
  },
  note: '外泊レコード（GA）「外泊等」に１日１コードで月末日まで連結して記録する。平成版（MD）は「３日以内の再入院」の文言で別表28。',
});

export const DPC_30 = defineCodes({
  id: 'dpc:30',
  name: '別表３０ 自他保険区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表30, no values; MD usage “1 (自保険分)”)',
  confidence: 'M',
  codes: {
    '1': '自保険分',
  },
  // [INF] code 2 他保険分 — a later correction is a one-line edit here.
  open: [{ pattern: '^2$', meaning: '他保険分（推定）' }],
  note: '包括評価・合計調整レコード（HH / GT）「自他保険区分」（請求調整区分が 2 の場合）。“1 自保険分” は MD の記録要領による [M]。“2 他保険分” は推定 [INF] のため open とした。HDW-D は値を載せない。',
});

export const DPC_31 = defineCodes({
  id: 'dpc:31',
  name: '別表３１ 入院期間区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D HospitalizationPeriodClassification; MD 別表30 H-era)',
  confidence: 'H',
  codes: {
    '1': '入１（入院期間Ⅰ日以下）',
    '2': '入２（入院期間Ⅰ日を超えてⅡ日以下）',
    '3': '入３（入院期間Ⅱ日を超えて）',
  },
  note: '包括評価レコード（HH）「入院期間区分」。',
});

export const DPC_32 = defineCodes({
  id: 'dpc:32',
  name: '別表３２ 特定器材単位コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表32); codes 医科 R04 別表22',
  confidence: 'M',
  codes: { ...IKA_22.codes },
  note: `${AS_IKA}（医科 別表22）。コーディングデータレコード（CD）「単位コード」でも用いる。`,
});

export const DPC_33 = defineCodes({
  id: 'dpc:33',
  name: '別表３３ 臓器提供区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表33); codes 医科 R04 別表24',
  confidence: 'M',
  codes: { ...IKA_24.codes },
  note: `${AS_IKA}（医科 別表24）。`,
});

export const DPC_34 = defineCodes({
  id: 'dpc:34',
  name: '別表３４ 臓器提供医療機関区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表34); codes 医科 R04 別表25',
  confidence: 'M',
  codes: { ...IKA_25.codes },
  note: `${AS_IKA}（医科 別表25）。`,
});

export const DPC_35 = defineCodes({
  id: 'dpc:35',
  name: '別表３５ 臓器提供者レセプト種別コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表35); codes 医科 R04 別表26',
  confidence: 'M',
  codes: { ...IKA_26.codes },
  conditions: IKA_26.conditions,
  note: `${AS_IKA}（医科 別表26）。`,
});

export const DPC_36 = defineCodes({
  id: 'dpc:36',
  name: '別表３６ 患者の状態コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表36); codes 医科 R04 別表27',
  confidence: 'M',
  codes: { ...IKA_27.codes },
  note: `${AS_IKA}（医科 別表27）。`,
});

export const DPC_37 = defineCodes({
  id: 'dpc:37',
  name: '別表３７ 負担者種別コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表37); codes 医科 R04 別表28',
  confidence: 'M',
  codes: { ...IKA_28.codes },
  note: `${AS_IKA}（医科 別表28）。`,
});

export const DPC_38 = defineCodes({
  id: 'dpc:38',
  name: '別表３８ 確認区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表38); codes 医科 R04 別表29',
  confidence: 'M',
  codes: { ...IKA_29.codes },
  note: `${AS_IKA}（医科 別表29）。一次請求では 01 のみ。`,
});

export const DPC_39 = defineCodes({
  id: 'dpc:39',
  name: '別表３９ 受診等区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表39); codes 医科 R04 別表30',
  confidence: 'M',
  codes: { ...IKA_30.codes },
  note: `${AS_IKA}（医科 別表30）。一次請求では 9 を使用しない。`,
});

export const DPC_40 = defineCodes({
  id: 'dpc:40',
  name: '別表４０ 窓口負担額区分コード',
  source: 'kinds-chozai-dpc.md §3.6 (HDW-D 別表40); codes 医科 R04 別表31',
  confidence: 'M',
  codes: { ...IKA_31.codes },
  note: `${AS_IKA}（医科 別表31）。03 及び 04 は使用しない。`,
});

/** Every DPC code table (別表1〜40, R02 numbering), in order. */
export const DPC_CODE_TABLES = [
  DPC_1,
  DPC_2,
  DPC_3,
  DPC_4,
  DPC_5,
  DPC_6,
  DPC_7,
  DPC_8,
  DPC_9,
  DPC_10,
  DPC_11,
  DPC_12,
  DPC_13,
  DPC_14,
  DPC_15,
  DPC_16,
  DPC_17,
  DPC_18,
  DPC_19,
  DPC_20,
  DPC_21,
  DPC_22,
  DPC_23,
  DPC_24,
  DPC_25,
  DPC_26,
  DPC_27,
  DPC_28,
  DPC_29,
  DPC_30,
  DPC_31,
  DPC_32,
  DPC_33,
  DPC_34,
  DPC_35,
  DPC_36,
  DPC_37,
  DPC_38,
  DPC_39,
  DPC_40,
] as const;

/**
 * The DPC table that stands for a 医科 table named by a record DPC files reuse unchanged from 医科 (SN, JD, MF, GR, SY,
 * SI, IY, TO, CO, SJ, TI, TR, TS): in a DPC file, read `ika:N` in those records as the DPC table given here. Numbers from
 * HDW-D (claim-records.md §3.0) [M]; ika:23 → dpc:21 is [INF] (see DPC_21); ika:4 has no DPC use (deleted in both).
 */
export const DPC_TABLE_OF_IKA: Readonly<Record<string, string>> = {
  'ika:1': 'dpc:1',
  'ika:2': 'dpc:2',
  'ika:3': 'dpc:3',
  'ika:4': 'dpc:4',
  'ika:5': 'dpc:5',
  'ika:6': 'dpc:6',
  'ika:7': 'dpc:7',
  'ika:8': 'dpc:8',
  'ika:9': 'dpc:9',
  'ika:10': 'dpc:10',
  'ika:11': 'dpc:11',
  'ika:12': 'dpc:12',
  'ika:13': 'dpc:13',
  'ika:14': 'dpc:14',
  'ika:15': 'dpc:16',
  'ika:16': 'dpc:17',
  'ika:17': 'dpc:18',
  'ika:18': 'dpc:24',
  'ika:19': 'dpc:25',
  'ika:20': 'dpc:19',
  'ika:21': 'dpc:20',
  'ika:22': 'dpc:32',
  // [INF] see DPC_21 — a later correction is a one-line edit here.
  'ika:23': 'dpc:21',
  'ika:24': 'dpc:33',
  'ika:25': 'dpc:34',
  'ika:26': 'dpc:35',
  'ika:27': 'dpc:36',
  'ika:28': 'dpc:37',
  'ika:29': 'dpc:38',
  'ika:30': 'dpc:39',
  'ika:31': 'dpc:40',
};
