/**
 * Editions (版) of the 記録条件仕様, kind by kind: which edition a file was written in decides how it is
 * validated. The tables of each kind transcribe one edition (`editions[0]`); older editions are
 * described by how they differ from it, fact by fact, each with its source and confidence.
 *
 * The one difference every kind shares: until the 令和2年 改正 dates were 和暦 (`GYYMM` / `GYYMMDD`, G =
 * 年号区分 of the former 別表4), since then 西暦 (`YYYYMM` / `YYYYMMDD`). A file says which by its
 * header's 請求年月 (5 digits or 6; see `src/model/edition.ts`).
 *
 * Confidence marks as in ./types.ts (H two sources, M one good source, L weak, INF inference). A later
 * correction (a period, a record's layout in an edition) is a one-line edit of the list concerned.
 */
import { withProps } from './derive.js';
import type { EditionDef, EditionDifference, KindDef } from './types.js';

// ---- facts shared by several editions ----

/** 和暦 dates with 年号区分 (the H-era texts as transcribed; real H30/H31 ORCA files). */
const WAREKI_DATES: EditionDifference = {
  what: 'Dates are 和暦: 年月 GYYMM (5 digits), 年月日 GYYMMDD (7 digits), G the 年号区分 (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和; the former 別表4, 削除 in R04).',
  whatJa: '日付は和暦で、年月は GYYMM（5桁）、年月日は GYYMMDD（7桁）。G は年号区分（1 明治、2 大正、3 昭和、4 平成、5 令和。旧別表4、R04 では削除）。',
  confidence: 'H',
  source: 'claim-records.md §1 (H-era text 「和暦で年号区分コード（別表4）を含めた形で記録する」 as transcribed in MD; ORCA H30/H31 sample files, UP); R04 目次「別表4 削除」',
};

/** RE field 20 before R02 (return-files.md quotes the H-era text). */
const RE_FIELD_20: EditionDifference = {
  what: 'RE field 20 was 記録条件仕様年月情報 (the spec’s publication month, GYYMM), recorded by the payer in return and history data and omitted in a first claim; R04 calls it 予備.',
  whatJa: 'RE の第20項目は「記録条件仕様年月情報」（記録条件仕様の公表年月、GYYMM）。返戻ファイル等の請求データ・履歴請求データに審査支払機関が記録し、一次請求では省略する。R04 では「予備」。',
  confidence: 'M',
  source: 'return-files.md §3 (MD13 text of the RE table: 「記録条件仕様公表年月を“GYYMM”の形式で記録する」「一次請求の場合は、記録を省略する」)',
};

/** SN / JD / MF: added by the 令和2年 editions, recorded from 令和3年9月診療. */
const NO_SN_JD_MF: EditionDifference = {
  what: 'No SN (資格確認), JD (受診日等) or MF (窓口負担額) records: the R02 editions added them; R04 has them recorded from 令和3年9月診療 only.',
  whatJa: '資格確認（SN）・受診日等（JD）・窓口負担額（MF）レコードはない（令和2年の版で追加。R04 では令和3年9月診療分以降に記録）。',
  confidence: 'M',
  source: 'claim-records.md §1 (HDW cites the R02 PDF with SN/JD/MF); R04 第1章3(4)イ(ウ)–(オ) 注「令和３年８月診療以前分は、記録を省略する」',
};

/** RE カタカナ（氏名） and 患者の状態: added for 平成30年4月診療 (5月請求). */
const NO_KANA_STATE: EditionDifference = {
  what: 'RE has no カタカナ（氏名） (field 37) or 患者の状態 (field 38): they came with the 平成30年 改正, for bills from 2018-05 (the 36-field RE that leaves is inference).',
  whatJa: 'RE に カタカナ（氏名）（第37項目）・患者の状態（第38項目）がない（平成30年改正で追加、2018年5月請求分から。RE が 36 項目だったことは推論）。',
  confidence: 'M',
  source: 'R04 RE 備考「平成３０年３月診療以前分は、記録を省略する」; kinds-nursing-rousai-dental-returns.md §2 (ORCA18 「H30/4 改正 カタカナ（氏名）、患者状態の追加」, SK 請求年月 ≥ 201805); claim-records.md §2 (ORV, RT, SR)',
};

/** The layout of a whole edition is not modelled. */
const LAYOUT_NOT_MODELLED: EditionDifference = {
  what: 'Its record layouts are not modelled here: the tables are read for it as they are, and every finding on such a file is a warning.',
  whatJa: 'レコードの様式はモデル化していない。現行の表をそのまま当てはめ、指摘はすべて警告とする。',
  confidence: 'INF',
  source: 'no transcription of this edition was available',
};

// ---- 医科 ----

/**
 * 医科: the tables are the official R04 text. 和暦 files before it are the 平成30年4月版 (layout: the
 * tables', dates aside — the field counts of real H30/H31 ORCA files agree with R04) and the editions
 * before that (not modelled).
 */
export const IKA_EDITIONS: readonly EditionDef[] = [
  {
    id: 'R04',
    name: '令和4年4月版',
    nameEn: 'R04 (April 2022)',
    dates: 'seireki',
    // [INF] 西暦 from the 令和2年 改正's first bills (as 労災: SK switches at 請求 2020-05).
    from: '2020-05',
    differences: [],
    source: '記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新)',
    note: 'Every 西暦 医科 file is read as R04: the 令和2年4月版 (the first 西暦 edition) is not told apart, and what it lacks of R04 is not modelled.',
    noteJa: '西暦の医科ファイルはすべて R04 として読む。令和2年4月版（最初の西暦の版）とは区別せず、R04 との差はモデル化していない。',
  },
  {
    id: 'H30',
    name: '平成30年4月版',
    nameEn: 'H30 (April 2018)',
    dates: 'wareki',
    // [H] from: RE 37/38 came with bills from 2018-05 (ORCA18, SK). [INF] until: the 西暦 switch.
    from: '2018-05',
    until: '2020-04',
    // [L] No source gives GR's layout in this edition (ORV's GR is R02+); the other records' field
    // counts agree with R04 in real H30/H31 ORCA files [H], TI/TR/TS in the H-era MD / UP tables [M].
    unknownLayout: ['GR'],
    differences: [
      WAREKI_DATES,
      RE_FIELD_20,
      NO_SN_JD_MF,
      {
        what: 'The layout of GR (包括評価対象外理由) in this edition is not known: findings on GR are warnings.',
        whatJa: '包括評価対象外理由レコード（GR）のこの版での様式は不明（指摘は警告）。',
        confidence: 'L',
        source: 'claim-records.md §2 GR (ORV, R02+ only); R04 GR 注 refers to 「（医科用又はＤＰＣ用）平成28年4月版」',
      },
    ],
    confidence: 'M',
    source: 'claim-records.md §1–2 (field counts verified on the UP / ORCA H30–H31 sample files; MD H-era text); return-files.md §3 (MD13); kinds-nursing-rousai-dental-returns.md §2 (the 2018-05 change)',
  },
  {
    id: 'H28',
    name: '平成28年4月版以前',
    nameEn: 'H28 (April 2016) and earlier',
    dates: 'wareki',
    until: '2018-04',
    unknownLayout: '*',
    differences: [WAREKI_DATES, NO_KANA_STATE, RE_FIELD_20, NO_SN_JD_MF, LAYOUT_NOT_MODELLED],
    confidence: 'INF',
    source: 'R04 GR 注 names 「オンライン又は光ディスク等による請求に係る記録条件仕様（医科用又はＤＰＣ用）平成28年4月版」; claim-records.md §1 (MD: 平成24–26 text)',
  },
];

// ---- the other kinds: their tables' edition, and 和暦 files before R02 ----

/** 和暦 files of a kind whose tables are a 西暦 edition and whose older layout is not modelled. */
/* @__NO_SIDE_EFFECTS__ */
function warekiNotModelled(source: string, confidence: 'H' | 'M' | 'L' | 'INF'): EditionDef {
  return {
    id: 'H',
    name: '平成の各版（令和2年改正前）',
    nameEn: 'the 平成 editions (before R02)',
    dates: 'wareki',
    until: '2020-04',
    unknownLayout: '*',
    differences: [/* @__PURE__ */ withProps(WAREKI_DATES, { confidence, source }), LAYOUT_NOT_MODELLED],
    confidence: 'INF',
    source,
  };
}

export const SHIKA_EDITIONS: readonly EditionDef[] = [
  { id: 'R08', name: '令和8年6月版', nameEn: 'R08 (June 2026)', dates: 'seireki', from: '2020-05', differences: [], confidence: 'M', source: 'claim-records.md §4.1 (SR transcription of the R08 歯科 text)', note: 'Every 西暦 歯科 file is read as this edition.', noteJa: '西暦の歯科ファイルはすべてこの版として読む。' },
  warekiNotModelled('claim-records.md §3.4, §6 (SR: 別表4 削除 from R02; UP 2019 歯科 sample 「UK,…,43102」 in 和暦)', 'H'),
];

export const CHOZAI_EDITIONS: readonly EditionDef[] = [
  { id: 'R08', name: '令和8年6月版', nameEn: 'R08 (June 2026)', dates: 'seireki', from: '2020-05', differences: [], confidence: 'M', source: 'kinds-chozai-dpc.md §2 (YR reading of the official R08 調剤 text)', note: 'Every 西暦 調剤 file is read as this edition.', noteJa: '西暦の調剤ファイルはすべてこの版として読む。' },
  // CZ had 54 fields in H30 and 71 since R04 [H]: the older layout is not modelled.
  warekiNotModelled('kinds-chozai-dpc.md §2 (和暦 → 西暦 and 別表4 削除 at R02: YR, HDW-M; H30 CZ 54 fields vs 71)', 'H'),
];

export const DPC_EDITIONS: readonly EditionDef[] = [
  { id: 'R02', name: '令和2年版以降', nameEn: 'R02 and later', dates: 'seireki', from: '2020-05', differences: [], confidence: 'M', source: 'kinds-chozai-dpc.md §3 (HDW-D R02 mapping; H-era widths widened for 西暦 [INF])', note: 'Every 西暦 DPC file is read as this edition.', noteJa: '西暦のDPCファイルはすべてこの版として読む。' },
  // RE had 28 fields in the H-era DPC text and has 30 since R02 [H/INF]: the older layout is not modelled.
  warekiNotModelled('kinds-chozai-dpc.md §3 (MD, NDB: H-era 和暦 widths 5 / 7; the R02 change [INF])', 'M'),
];

/**
 * 労災: the tables are the 西暦 form of a layout that has not changed since the 2018-05 bills (ORCA's
 * 2018 table and its 5.1 table agree field for field, dates aside), so 和暦 files from then on are
 * modelled; older ones lack RE 37/38 and are not.
 */
export const ROSAI_EDITIONS: readonly EditionDef[] = [
  { id: 'R02', name: '令和2年5月請求以降', nameEn: 'bills from May 2020', dates: 'seireki', from: '2020-05', differences: [], confidence: 'H', source: 'kinds-nursing-rousai-dental-returns.md §2 (ORCA51, SK, KW)' },
  {
    id: 'H30',
    name: '平成30年5月請求から令和2年4月請求まで',
    nameEn: 'bills from May 2018 to April 2020',
    dates: 'wareki',
    from: '2018-05',
    until: '2020-04',
    differences: [/* @__PURE__ */ withProps(WAREKI_DATES, { what: 'Dates are 和暦 GYYMM / GYYMMDD (年号区分 as 医科’s former 別表4, 労災 別表3).', whatJa: '日付は和暦 GYYMM / GYYMMDD（年号区分は医科の旧別表4と同じ、労災の別表3）。', source: 'kinds-nursing-rousai-dental-returns.md §2 (ORCA18 7-digit dates vs ORCA51 8-digit; SK: 出力年月 < 202005 in 和暦)' })],
    confidence: 'M',
    source: 'kinds-nursing-rousai-dental-returns.md §2 (ORCA18 table of 2018-05 = ORCA51 table, dates aside; the switch at 請求 2020-05: SK [M])',
  },
  {
    id: 'H28',
    name: '平成30年4月請求以前',
    nameEn: 'bills up to April 2018',
    dates: 'wareki',
    until: '2018-04',
    unknownLayout: '*',
    differences: [
      /* @__PURE__ */ withProps(WAREKI_DATES, { what: 'Dates are 和暦 GYYMM / GYYMMDD.', whatJa: '日付は和暦 GYYMM / GYYMMDD。', source: 'kinds-nursing-rousai-dental-returns.md §2' }),
      /* @__PURE__ */ withProps(NO_KANA_STATE, { what: 'RE has no field 37 (予備 80; 医科 カタカナ（氏名）) or 38: both came with the bills from 2018-05.', whatJa: 'RE の第37項目（予備 80。医科ではカタカナ（氏名））・第38項目がない（2018年5月請求分から追加）。', source: 'kinds-nursing-rousai-dental-returns.md §2 RE 37 (ORCA18 comment, SK 請求年月 ≥ 201805)' }),
      LAYOUT_NOT_MODELLED,
    ],
    confidence: 'INF',
    source: 'kinds-nursing-rousai-dental-returns.md §2',
  },
];

/** 訪問看護: online claims began with the R06 text; there is no older edition. */
export const HOUKAN_EDITIONS: readonly EditionDef[] = [
  { id: 'R06', name: '令和6年6月版', nameEn: 'R06 (June 2024)', dates: 'seireki', differences: [], source: '記録条件仕様（訪問看護用）令和６年６月版' },
];

// ---- lookups ----

/** The edition `id` of a kind, or undefined. */
export function editionIn(kind: Pick<KindDef, 'editions'>, id: string): EditionDef | undefined {
  return kind.editions.find((e) => e.id === id);
}

/**
 * The edition of a kind a file's header points to: among the editions with its date layout, the newest
 * whose `from` is not after the header's 請求年月 (`month`, ISO `YYYY-MM`; when unknown, the newest);
 * the kind's first edition when it has none with that layout.
 */
export function editionFor(kind: Pick<KindDef, 'editions'>, dates: EditionDef['dates'], month: string | undefined): EditionDef {
  const same = kind.editions.filter((e) => e.dates === dates);
  if (same.length === 0) return kind.editions[0]!;
  if (month === undefined) return same[0]!;
  return same.find((e) => e.from === undefined || e.from <= month) ?? same[same.length - 1]!;
}

/** Whether record `id`'s layout in edition `e` is not known to be the tables'. */
export function layoutUnknown(e: EditionDef | undefined, id: string): boolean {
  const u = e?.unknownLayout;
  return u !== undefined && (u === '*' || u.includes(id));
}
