/**
 * 調剤 (点数表 4) as a claim kind. Positions are mostly [H] (independent transcriptions and the national
 * claims database's schema agree); widths and modes mostly [M] or [INF]. No public 調剤 return layout
 * or file name is known: every 調剤-specific return fact is inference.
 */
import { joined } from '../derive.js';
import type { CodeTable, KindDef } from '../types.js';
import { RETURN_CODE_TABLES } from '../returns/codes.js';
import { returnRecordsWith } from '../returns/records/index.js';
import { CHOZAI_CODE_TABLES } from './codes.js';
import { CHOZAI_RECORDS } from './records/index.js';
import { CHOZAI_STRUCTURE } from './structure.js';
import { CHOZAI_EDITIONS } from '../editions.js';

export const CHOZAI: KindDef = {
  id: 'chozai',
  name: '調剤',
  nameEn: 'pharmacy',
  receiptTypeDigit: '4',
  scoreTables: ['4'],
  records: CHOZAI_RECORDS,
  // [INF] HR as 医科, its 診療識別 read with no table (調剤 has no 診療識別).
  returnRecords: returnRecordsWith({ scoreTable: 'chozai:3', practiceCategory: undefined }),
  codes: /* @__PURE__ */ joined<CodeTable>(CHOZAI_CODE_TABLES, RETURN_CODE_TABLES),
  structure: CHOZAI_STRUCTURE,
  totals: 'payers',
  // [H] RECEIPTY.CYO (the official R08 p.1 as quoted, three scripts reading real files, one writer).
  fileNames: ['RECEIPTY.CYO'],
  returns: {
    header: 'HI',
    trailer: 'HG',
    reasons: 'HR',
    history: true,
    fileNames: ['RECEIPTY.HEN', 'RECEIPTY.SAH'],
    confidence: 'INF',
    note: '[INF] no public 調剤 return layout or file name (kinds-chozai-dpc.md §2.9): the 医科 mechanics are assumed.',
  },
  resubmission: { mode: 'history', confidence: 'INF' },
  editions: CHOZAI_EDITIONS,
  official: false,
  source: 'kinds-chozai-dpc.md §2 (YR reading of the official R08 text, UP, NDB, PO, SEG)',
  confidence: 'M',
};
