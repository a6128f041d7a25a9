/**
 * 労災 (労災レセプト電算処理システム, 厚生労働省労働基準局) as a claim kind: a spec family of its own. Two
 * production implementations agree field for field [H]. Re-claims carry RE 電算処理受付番号 and no
 * history block, in RRECnn00.UKS.
 */
import type { KindDef } from '../types.js';
import { ROSAI_CODE_TABLES } from './codes.js';
import { ROSAI_RECORDS } from './records/index.js';
import { ROSAI_AFTERCARE_STRUCTURE, ROSAI_STRUCTURE } from './structure.js';
import { ROSAI_EDITIONS } from '../editions.js';

export const ROSAI: KindDef = {
  id: 'rosai',
  name: '労災',
  nameEn: "workers' compensation",
  scoreTables: ['1'],
  records: ROSAI_RECORDS,
  returnRecords: {},
  codes: ROSAI_CODE_TABLES,
  structure: ROSAI_STRUCTURE,
  totals: 'rosai',
  fileNames: ['RRECnn00.UKE', 'RRECnn00.UKS'],
  returns: {
    history: false,
    fileNames: ['RRECEC.HEN'],
    confidence: 'H',
    note: '[H] RRECEC.HEN holds the returned receipts as claimed; [INF] no header, reasons or history block.',
  },
  resubmission: {
    mode: 'reception-number',
    fileName: 'RRECnn00.UKS',
    confidence: 'H',
    note: '[H] RE 電算処理受付番号 (#19) from the return, no history block.',
    receptionNumber: {
      key: 'searchNumber',
      dateKey: 'submissionDate',
      // The return (RRECEC.HEN) has no IR or RS [INF], so the facility's own fields come from one of its claim files.
      copied: {
        header: ['prefecture', 'scoreTable', 'facilityCode', 'facilityName', 'phone'],
        trailer: ['facilityClass', 'laborBureau', 'laborOffice', 'designatedNumber', 'postalCode', 'locationAddress', 'directorName', 'pointUnitPrice'],
      },
      confidence: 'H',
      source: 'kinds-nursing-rousai-dental-returns.md §2.6 (ORCA18 writer 20092-RE-HENREI-B-SET-SEC and check 26510; SK)',
    },
  },
  // RR sums and RS totals: ORCA18 checks 48410–48450 (RR), 10310 / 10320 (RS) [H]; 【ハ】 and 食事療養合計回数
  // from 97 (48470 / 48480) [H]. A correction is a one-line edit here.
  amounts: {
    receiptRecord: 'RR',
    items: ['RI', 'IY', 'TO'],
    yenItems: ['RI'],
    itemKeys: { category: 'practiceCategory', points: 'points', amount: 'amount', times: 'times', quantity: 'quantity' },
    mealCategory: '97',
    receiptKeys: { points: 'totalPoints', pointsAmount: 'pointsAmount', yenAmount: 'yenAmount', mealCount: 'mealCount', mealAmount: 'mealAmount', total: 'totalAmount' },
    // 帳票種別 2 入院/短期, 4 入院/長期 [H] (ORCA FORMSBT, SK, KW).
    inpatient: { key: 'formType', codes: ['2', '4'] },
    trailerKeys: { unitPrice: 'pointUnitPrice', amount: 'claimAmount', count: 'totalCount' },
    confidence: 'H',
    source: 'kinds-nursing-rousai-dental-returns.md §2.4 RR #17–#22, RS #10–#12 (ORCA18 48410–48480, 10310, 10320; KW)',
  },
  // IR #8: all three writers record the latest 診療年月 (療養期間の月) of the file's receipts [H] (ORCA18 WRK-SRYYM,
  // SK maxSinYm, KW serviceYm); ORCA 21590 rejects a receipt whose 療養期間―末日 month is later.
  headerMonth: { key: 'billingMonth', from: { record: 'RR', key: 'periodEnd' }, confidence: 'H', source: 'kinds-nursing-rousai-dental-returns.md §2.4 IR #8' },
  // 西暦 dates from the 2020-05 請求 on: SK writes 和暦 for 出力年月 < 202005 [M]; ORCA18's 7-digit and ORCA51's
  // 8-digit dates show the switch [H]. A correction of the month is a one-line edit.
  seirekiFrom: { month: '202005', confidence: 'M', source: 'kinds-nursing-rousai-dental-returns.md §2.1 (SK; ORCA18 / ORCA51)' },
  // One file per (労働局, 監督署) for 初回 receipts, RS codes filled; continuing receipts together with both empty [H].
  // What 初回 means (新継再別 1 初診, 3 転医始診, 7 再発) is KW's alone [L]: the rule warns. A correction is a one-line edit.
  fileSplit: {
    trailerKeys: ['laborBureau', 'laborOffice'],
    first: { record: 'RR', key: 'newContinuing', codes: ['1', '3', '7'], confidence: 'L' },
    confidence: 'H',
    source: 'kinds-nursing-rousai-dental-returns.md §2.2 (SK RecedenViewModel, KW partitionWorkersReceipts, ORCA18 SYOKAIFLG)',
  },
  // アフターケア委託費 (ARECnn00.UKE): the same tables, its own order (RE → AR → 摘要 → SJ, AS: no RR, SY, RS) [H]
  // and sums (AR / AS at RR / RS's positions; modes and widths [INF], so cross/amounts warns). No online
  // re-claim is known but KW's .UKS [L]: none is modelled. No returns file is known.
  forms: [
    {
      id: 'aftercare',
      name: '労災アフターケア',
      nameEn: "workers' compensation aftercare",
      signature: ['AR', 'AS'],
      structure: ROSAI_AFTERCARE_STRUCTURE,
      fileNames: ['ARECnn00.UKE'],
      amounts: {
        receiptRecord: 'AR',
        items: ['RI', 'IY', 'TO'],
        yenItems: ['RI'],
        itemKeys: { category: 'practiceCategory', points: 'points', amount: 'amount', times: 'times', quantity: 'quantity' },
        receiptKeys: { points: 'totalPoints', pointsAmount: 'pointsAmount', yenAmount: 'yenAmount', total: 'totalAmount' },
        trailerKeys: { unitPrice: 'pointUnitPrice', amount: 'claimAmount', count: 'totalCount' },
        confidence: 'INF',
        source: 'kinds-nursing-rousai-dental-returns.md §2.5 (AR #17–#19, #22; AS #10–#12: SK ARRecord / GetASRecord, KW; the sums as RR / RS [INF])',
      },
      source: 'kinds-nursing-rousai-dental-returns.md §2.3, §2.5 (SK AfterCareRecedenRecord, KW)',
      confidence: 'H',
      note: '「…記録条件仕様（【アフターケア】医科用）」令和3年2月版 was not readable: the order is [H] (SK, KW), the AR / AS layouts [H] by position, their modes and widths [INF].',
    },
  ],
  editions: ROSAI_EDITIONS,
  official: false,
  source: 'kinds-nursing-rousai-dental-returns.md §2 (ORCA 2018 / 5.1 and SK agree field for field)',
  confidence: 'H',
};
