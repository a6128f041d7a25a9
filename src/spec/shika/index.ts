/**
 * 歯科 (点数表 3) as a claim kind. The tables were transcribed from a production 歯科 engine that states
 * it follows 「記録条件仕様（歯科用）令和8年6月版」 [M], checked against real sample files [H]; the 歯科
 * return layout (別添C) could not be read, so return facts are inference on the shared mechanics.
 */
import { joined } from '../derive.js';
import type { CodeTable, KindDef } from '../types.js';
import { RETURN_CODE_TABLES } from '../returns/codes.js';
import { returnRecordsWith } from '../returns/records/index.js';
import { inpatientOfShika } from '../inpatient.js';
import { SHIKA_CODE_TABLES } from './codes.js';
import { SHIKA_RECORDS } from './records/index.js';
import { SHIKA_STRUCTURE } from './structure.js';
import { SHIKA_EDITIONS } from '../editions.js';

export const SHIKA: KindDef = {
  id: 'shika',
  name: '歯科',
  nameEn: 'dental',
  receiptTypeDigit: '3',
  scoreTables: ['3'],
  records: SHIKA_RECORDS,
  // [INF] HR as 医科, its 診療識別 read with the 歯科 別表20.
  returnRecords: returnRecordsWith({ scoreTable: 'shika:3', practiceCategory: 'shika:20' }),
  codes: /* @__PURE__ */ joined<CodeTable>(SHIKA_CODE_TABLES, RETURN_CODE_TABLES),
  structure: SHIKA_STRUCTURE,
  totals: 'payers',
  // [M] RECEIPTS.UKE in most sources, RECEIPTC.UKE in one: a hint only.
  fileNames: ['RECEIPTS.UKE', 'RECEIPTC.UKE'],
  returns: {
    header: 'HI',
    trailer: 'HG',
    reasons: 'HR',
    history: true,
    fileNames: ['RECEIPTS.HEN', 'RECEIPTS.SAH', 'RECEIPTC.HEN', 'RECEIPTC.SAH'],
    confidence: 'INF',
    note: '[INF] 別添C could not be read: HI field order as 医科, IR at the head of every returned receipt, HR as 医科 (kinds-nursing-rousai-dental-returns.md §3).',
  },
  resubmission: { mode: 'history', confidence: 'M', note: '[M] SRT paraphrase of 別添C 第1章1(4): the corrected 請求データ with UK at the top and GO at the end; HR removed, history kept.' },
  inpatientOf: inpatientOfShika,
  editions: SHIKA_EDITIONS,
  official: false,
  source: 'claim-records.md §3.13, §4.1 (SR R08 transcription [M], AV / UP samples [H]); kinds-nursing-rousai-dental-returns.md §3',
  confidence: 'M',
};
