/**
 * DPC (点数表 1, the 医科 file family) as a claim kind. Positions and widths of the DPC-only records are
 * [H] in their H-era form; modes and rules [M]; R02 date widths [INF]. Records DPC files share with 医科
 * are the 医科 tables, with their 別表 references mapped to the DPC numbering.
 */
import { joined } from '../derive.js';
import type { CodeTable, KindDef } from '../types.js';
import { RETURN_CODE_TABLES } from '../returns/codes.js';
import { inpatientOfIka } from '../inpatient.js';
import { DPC_CODE_TABLES } from './codes.js';
import { DPC_RECORDS, DPC_RETURN_RECORDS } from './records/index.js';
import { DPC_STRUCTURE } from './structure.js';
import { DPC_EDITIONS } from '../editions.js';

export const DPC: KindDef = {
  id: 'dpc',
  name: 'DPC',
  nameEn: 'DPC (inpatient, diagnosis-procedure combination)',
  receiptTypeDigit: '1',
  scoreTables: ['1'],
  records: DPC_RECORDS,
  returnRecords: DPC_RETURN_RECORDS,
  codes: /* @__PURE__ */ joined<CodeTable>(DPC_CODE_TABLES, RETURN_CODE_TABLES),
  structure: DPC_STRUCTURE,
  totals: 'payers',
  // [INF] HO/KO 合計点数 = GT 今月包括合計点数 (包括, by its 負担区分) + Σ 点数 × 回数 of the 出来高 摘要 (食事 97 excluded), as the
  // fixtures' arithmetic (fixtures/src/dpc/README.md); a 総括レセプト carries its 明細's sums and is not checked. Warnings; a
  // later correction is a one-line edit here.
  // The 包括評価 arithmetic (kinds-chozai-dpc.md §3.5 HH, GT). A later correction of any mark is a one-line edit here.
  arithmetic: [
    // [INF] 包括小計点数 = 入院期間区分別点数 × 日数 (the field names; no source states the product).
    { record: 'HH', key: 'subtotalPoints', product: ['periodPoints', 'periodDays'], confidence: 'INF', source: 'kinds-chozai-dpc.md §3.5 HH (inference from the field names)' },
    // [M] 包括小計点数合算 = Σ of the HH with the same 診療年月・請求調整区分・自他保険区分・負担区分 (MD GT 注).
    {
      record: 'GT',
      key: 'subtotalSum',
      sum: { record: 'HH', key: 'subtotalPoints', match: ['serviceMonth', 'adjustmentClass', 'ownOtherInsurance', 'burdenCategory'] },
      confidence: 'M',
      source: 'kinds-chozai-dpc.md §3.5 GT #6 (MD rezept_dpc.hrl)',
    },
    // [INF] 包括評価点数 = 合算 × 医療機関別係数 of the GA of the same 診療年月・請求調整区分, rounded half up (the rounding and
    // the GA match are inference).
    {
      record: 'GT',
      key: 'evaluationPoints',
      scaled: { key: 'subtotalSum', by: { record: 'GA', key: 'facilityCoefficient', match: ['serviceMonth', 'adjustmentClass'] } },
      confidence: 'INF',
      source: 'kinds-chozai-dpc.md §3.5 GT #7 (= 合算 × 医療機関別係数); rounding [INF]',
    },
  ],
  payerTotals: {
    // The 出来高 摘要 as 医科's (the same records and 診療識別, DPC 別表19 = 医科 別表20 + 93).
    units: ['SI', 'IY', 'TO'],
    categoryOnly: ['CO'],
    amountCategories: ['97'],
    lumpSums: [{ record: 'GT', key: 'monthTotalPoints' }],
    skipGroupHeads: true,
    confidence: 'INF',
    source: 'kinds-chozai-dpc.md §3.5 GT (今月包括合計点数: 今月請求する包括評価点数) — the sum with the 出来高 part is inference',
  },
  fileNames: ['RECEIPTC.UKE'],
  returns: {
    header: 'HI',
    trailer: 'HG',
    reasons: 'HR',
    history: true,
    fileNames: ['RECEIPTC.HEN', 'RECEIPTC.SAH'],
    confidence: 'INF',
    note: '[INF] file names as 医科; DPC HR carries 返戻対象明細 [M] (kinds-chozai-dpc.md §3.8).',
  },
  resubmission: { mode: 'history', confidence: 'INF' },
  inpatientOf: inpatientOfIka,
  editions: DPC_EDITIONS,
  official: false,
  source: 'kinds-chozai-dpc.md §3 (MD rezept_dpc.hrl and the NDB DDL column by column; HDW-D mapping.md R02)',
  confidence: 'M',
};
