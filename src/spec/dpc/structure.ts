// Record structure of a DPC claim file.
// Source: shared/spec/kinds-chozai-dpc.md §3.1 (file rules), §3.2 (receipt kinds by レセプト総括区分 and record order);
// claim-records.md §4.3. Confidence: M (no official ＤＰＣ用 text was readable).
// Sources used:
// - HDW-D: HealthDataWorks/fhir-ig-jp-rezept-dpc @ 8c4bd2c : input/pagecontent/mapping.md — the R02 record table per receipt
//   kind (総括レセプト / 総括対象ＤＰＣ / 総括対象医科入院) with 必須/任意 and 繰返し.
// - MD: kuenishi/meddatum @ 6400d03 : include/rezept_dpc.hrl — "…情報は、レセプトがＤＰＣレセプト及び総括対象ＤＰＣレセプトの
//   場合に記録する" for BU/SB/KK/SK/GA/HH/GT/CD; CD in 診療識別の実施年月日順.
// - MHLW-DPC: https://www.mhlw.go.jp/web/t_doc?dataId=00tb6210&dataType=1&pageNo=7 (older official text, search excerpt):
//   file = 医療機関情報 + ＤＰＣレセプト / 総括対象ＤＰＣレセプト + 診療報酬請求書情報, in that order, in one file.
// - Official 医科 R04 text shared/spec/ika-R04/kiroku-ika-R0404.txt 第1章3(3)ア(エ)〜(キ) (IR/GO, the 医科 slots reused by
//   総括対象医科入院 receipts, and the 臓器提供者レセプト情報 block).
import { withProps } from '../derive.js';
import type { BlockDef, SlotDef, StructureDef } from '../types.js';

const RE_SLOT: SlotDef = {
  ids: ['RE'],
  required: true,
  single: true,
  note: 'レセプト単位データの先頭に記録（必須、複数不可）。レセプト総括区分（RE 第19項目、別表15）によりレセプトの種類とレコード構成が決まる。',
  confidence: 'H',
};
const HO_SLOT: SlotDef = {
  ids: ['HO'],
  required: false,
  single: true,
  note: '医療保険レセプトの場合に記録（複数不可）。公費単独・公費併用のみのレセプトでは記録しない（医科と同じ）。HDW-D はＤＰＣの各種類で「必須・不可」とする。',
  confidence: 'M',
};
const KO_SLOT: SlotDef = {
  ids: ['KO'],
  required: false,
  note: '公費負担医療レセプトの場合に記録（併用する公費の数だけ１～４レコード、法別番号の順）。',
  confidence: 'M',
};
/* @__NO_SIDE_EFFECTS__ */
function tekiyo(required: boolean, note: string, confidence: SlotDef['confidence']): SlotDef {
  return { ids: ['SI', 'IY', 'TO', 'CO'], required, note, confidence };
}

/** DPCレセプト (総括区分 0) and 総括対象DPCレセプト (総括区分 2). */
const DPC_RECEIPT_SLOTS: readonly SlotDef[] = [
  RE_SLOT,
  HO_SLOT,
  KO_SLOT,
  { ids: ['SN'], required: false, note: '資格確認の状況を記録（任意、複数可）。ＤＰＣレセプト（0）の場合のみと推定 [INF]；総括対象ＤＰＣレセプト（2）では総括レセプトの側に記録する（HDW-D）。', confidence: 'INF' },
  { ids: ['JD'], required: false, note: '受診日等を記録（任意、複数可）。ＤＰＣレセプト（0）の場合のみと推定 [INF]。', confidence: 'INF' },
  { ids: ['MF'], required: false, note: '窓口負担額等を記録（任意、複数可）。ＤＰＣレセプト（0）の場合のみと推定 [INF]。', confidence: 'INF' },
  { ids: ['BU'], required: true, single: true, note: '診断群分類情報（必須、複数不可）。', confidence: 'M' },
  { ids: ['SB'], required: true, note: '傷病情報（必須、複数可）：傷病名区分（別表23）ごとに記録。', confidence: 'M' },
  { ids: ['KK'], required: true, single: true, note: '患者基礎情報（必須、複数不可）。', confidence: 'M' },
  { ids: ['SK'], required: false, note: '診療関連情報（任意、複数可）：診断群分類区分を決定するための手術名等。', confidence: 'M' },
  { ids: ['GA'], required: true, note: '包括評価情報・外泊レコード（必須、複数可）：診療年月・請求調整区分ごと [INF]。', confidence: 'M' },
  { ids: ['HH'], required: true, note: '包括評価情報・包括評価レコード（必須、複数可）：診療年月・請求調整区分・自他保険区分・負担区分・入院期間区分ごと。', confidence: 'M' },
  { ids: ['GT'], required: false, note: '包括評価情報・合計調整レコード（HDW-D は任意、複数可）。今月の請求分・自保険分の行（診療識別 93）は包括評価のある月には必ずあると推定 [INF]。', confidence: 'M' },
  tekiyo(false, '出来高部分の摘要情報（任意、複数可）。SI/IY/TO/CO は相互に順不同と推定（医科と同じ）[INF]。点数・回数は出来高部分のみ。', 'M'),
  { ids: ['SJ'], required: false, note: '症状詳記（任意、複数可）。', confidence: 'M' },
  { ids: ['CD'], required: false, note: 'コーディングデータ（任意、複数可）：包括・出来高の別なく実施した診療行為・医薬品・特定器材を、診療識別の実施年月日順に記録（点数なし）。', confidence: 'M' },
];

/** 総括レセプト (総括区分 1): the head of a 総括 set. */
const SUMMARY_RECEIPT_SLOTS: readonly SlotDef[] = [
  RE_SLOT,
  /* @__PURE__ */ withProps(HO_SLOT, { note: '総括レセプトの医療保険に係る内容（明細の合算と推定 [INF]）を記録（複数不可）。' }),
  /* @__PURE__ */ withProps(KO_SLOT, { note: '総括レセプトの公費負担医療に係る内容を記録（任意、複数可）。' }),
  { ids: ['SN'], required: false, note: '資格確認の状況を記録（任意、複数可）。', confidence: 'M' },
  { ids: ['JD'], required: false, note: '受診日等を記録（任意、複数可）。', confidence: 'M' },
  { ids: ['MF'], required: false, note: '窓口負担額等を記録（任意、複数可）。', confidence: 'M' },
  { ids: ['CO'], required: false, note: '総括レセプト全体に係るコメントを記録（任意、複数可）。', confidence: 'M' },
  { ids: ['SJ'], required: false, note: '症状詳記を記録（任意、複数可）。', confidence: 'M' },
];

/** 総括対象医科入院レセプト (総括区分 3): the 医科 (出来高) part of a 総括 set. */
const IKA_DETAIL_RECEIPT_SLOTS: readonly SlotDef[] = [
  RE_SLOT,
  HO_SLOT,
  KO_SLOT,
  { ids: ['GR'], required: true, note: '包括評価の対象外となった理由を記録（HDW-D は必須、複数可。医科単独のレセプトでは任意）。', confidence: 'M' },
  { ids: ['SY'], required: true, note: '傷病名を記録（必須、複数可）。', confidence: 'M' },
  tekiyo(true, 'SI/IY/TO のいずれか１レコード以上を記録（医科の「必須※1」と同じ；HDW-D は各々必須）。CO は任意。', 'M'),
  { ids: ['SJ'], required: false, note: '症状詳記を記録（任意、複数可）。', confidence: 'M' },
];

/** 臓器提供者レセプト情報 (医科 R04 第1章3(3)ア(キ)); in DPC files only in 総括対象医科入院レセプト (HDW-D). */
const ORGAN_DONOR_BLOCK: BlockDef = {
  start: 'TI',
  restart: ['TR'],
  // 臓器提供者のレセプト情報は診療年月及び入院・入院外別に記録する (第1章3(3)ア(キ) 注2, l.268): each TR opens a donor receipt.
  receipt: { record: 'TR', month: 'serviceMonth', type: 'donorReceiptType' },
  slots: [
    { ids: ['TI'], required: true, note: '臓器提供医療機関単位データの先頭に記録（必須、複数可）。' },
    { ids: ['TR'], required: true, note: '臓器提供者レセプト単位データの先頭に記録（必須、複数可）。' },
    { ids: ['TS'], required: true, note: '臓器提供者レセプトの請求情報として記録（必須、複数可）。' },
    { ids: ['SY'], required: true, note: '傷病名を記録。' },
    { ids: ['SI', 'IY', 'TO', 'CO'], required: true, note: 'SI/IY/TO のいずれか１レコード以上を記録。CO は任意。' },
    { ids: ['SJ'], required: false, note: '症状詳記を記録（任意）。' },
  ],
  note: '医科 R04 と同じ構成。ＤＰＣファイルでは総括対象医科入院レセプト（総括区分 3）の後にのみ現れる（HDW-D の表）[M]。',
  confidence: 'M',
};

/**
 * The receipt slots per レセプト総括区分 (RE 第19項目, 別表15).
 * - '0' ＤＰＣレセプト: a receipt on its own.
 * - '1' 総括レセプト: carries only the receipt-level records (RE, HO, KO, SN, JD, MF, CO, SJ) and is followed directly by its
 *   明細 (detail) receipts — as many as RE 明細情報数 says [INF] — each starting with its own RE whose 総括区分 is '2'
 *   (総括対象ＤＰＣレセプト) or '3' (総括対象医科入院レセプト). The set ends at the next RE whose 総括区分 is '0' or '1', or at
 *   GO. A '2' or '3' receipt outside a 総括 set is an error [INF].
 * - '2' 総括対象ＤＰＣレセプト: the DPC layout of '0', without SN/JD/MF (HDW-D lists them under the 総括レセプト).
 * - '3' 総括対象医科入院レセプト: the 医科 inpatient layout with GR required; may be followed by the 臓器提供者 block.
 */
const DETAIL_DPC_RECEIPT_SLOTS = /* @__PURE__ */ DPC_RECEIPT_SLOTS.filter((s) => !['SN', 'JD', 'MF'].includes(s.ids[0]!));
const DONOR_BLOCKS: readonly BlockDef[] = [ORGAN_DONOR_BLOCK];

export const DPC_RECEIPT_VARIANTS: Readonly<Record<'0' | '1' | '2' | '3', readonly SlotDef[]>> = {
  '0': DPC_RECEIPT_SLOTS,
  '1': SUMMARY_RECEIPT_SLOTS,
  '2': DETAIL_DPC_RECEIPT_SLOTS,
  '3': IKA_DETAIL_RECEIPT_SLOTS,
};

/** Blocks that may follow a receipt's own records, per レセプト総括区分 (only '3' has one). */
export const DPC_RECEIPT_VARIANT_BLOCKS: Readonly<Partial<Record<'0' | '1' | '2' | '3', readonly BlockDef[]>>> = {
  '3': DONOR_BLOCKS,
};

export const DPC_STRUCTURE: StructureDef = {
  header: 'IR',
  trailer: 'GO',
  receipt: DPC_RECEIPT_SLOTS,
  // [INF] by analogy with 医科 R04 第1章3(3)ア(エ): a warning; a later correction is this line.
  receipts: { min: 1, source: '医科 R04 第1章3(3)ア(エ) by analogy', confidence: 'INF' },
  // The record set per レセプト総括区分 (RE 第19項目): '0' is `receipt` above; 1–3 as DPC_RECEIPT_VARIANTS (HDW-D R02 [M]).
  variants: {
    key: 'summaryClass',
    by: {
      '1': { receipt: SUMMARY_RECEIPT_SLOTS, label: '総括レセプト' },
      '2': { receipt: DETAIL_DPC_RECEIPT_SLOTS, label: '総括対象ＤＰＣレセプト' },
      '3': { receipt: IKA_DETAIL_RECEIPT_SLOTS, blocks: DONOR_BLOCKS, label: '総括対象医科入院レセプト' },
    },
    confidence: 'M',
    source: 'kinds-chozai-dpc.md §3.2 (HDW-D mapping.md R02)',
  },
  // 総括 sets: a 総括レセプト (1) followed directly by its 明細 (2, 3). [INF] that the 明細 follow the head directly, that
  // 明細情報数 counts them, and that GO counts only the head (kinds-chozai-dpc.md §3.3 #20, §3.7) — warnings; a later
  // correction is a one-line edit here (membersInTotals, or the confidence marks).
  groups: {
    key: 'summaryClass',
    head: ['1'],
    members: ['2', '3'],
    countKey: 'detailCount',
    // [INF] the 総括レセプト's HO holds the sums of its 明細's HO (fixtures/src/dpc/README.md, receipt 3).
    headSums: { record: 'HO', keys: ['actualDays', 'totalPoints', 'mealCount', 'mealAmount', 'mealStandardBurden'] },
    membersInTotals: false,
    confidence: 'INF',
    totalsConfidence: 'INF',
    source: 'kinds-chozai-dpc.md §3.2 (record order, HDW-D), §3.3 #19–20 (明細情報数: name and width [H], meaning [INF]), §3.7 (GO [INF])',
    note: '総括レセプト（総括区分 1）の直後にその明細（総括対象ＤＰＣレセプト 2・総括対象医科入院レセプト 3）が続き、明細情報数がその数と推定 [INF]。GO の総件数・総合計点数は総括レセプトの HO/KO だけを数えると推定 [INF]。',
  },
  source: 'kinds-chozai-dpc.md §3.1–3.2 (HDW-D mapping.md R02; MD rezept_dpc.hrl; MHLW-DPC excerpt); 医科 R04 第1章3(3)ア for IR/GO',
  confidence: 'M',
  note: 'ＤＰＣの請求ファイル（ファイル名は医科と同じ RECEIPTC.UKE と推定 [INF]）：IR（１ファイル単位の先頭、医科と同じレイアウト、点数表“1” [INF]）、レセプト（１以上）、GO（最後、医科と同じレイアウト）。ここの receipt はＤＰＣレセプト（総括区分 0）及び総括対象ＤＰＣレセプト（2）の構成で、SN/JD/MF は 0 の場合のみ [INF]。総括レセプト（1）とその明細（2・3）の構成は DPC_RECEIPT_VARIANTS、総括対象医科入院レセプト（3）の後の臓器提供者ブロックは DPC_RECEIPT_VARIANT_BLOCKS による。ＤＰＣ用のレコード（BU〜GT、CD）はＤＰＣ・総括対象ＤＰＣレセプトにのみ記録する（MD）。GO の総件数・総合計点数は医科の集計方法により、総括の組は総括レセプト（1）の HO/KO だけを数え、明細（2・3）は数えないと推定 [INF]。',
};
