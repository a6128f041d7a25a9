/**
 * 医科 (点数表 1) as a claim kind: the official 記録条件仕様（医科用）令和4年4月版 tables, and the
 * reconstructed return files (一次請求返戻 RECEIPTC.HEN, 再審査等返戻 RECEIPTC.SAH).
 */
import { joined } from '../derive.js';
import type { CodeTable, KindDef } from '../types.js';
import { RETURN_CODE_TABLES } from '../returns/codes.js';
import { RETURN_RECORDS } from '../returns/records/index.js';
import { IKA_CODE_TABLES } from './codes.js';
import { IKA_RECORDS } from './records/index.js';
import { IKA_STRUCTURE } from './structure.js';
import { IKA_EDITIONS } from '../editions.js';
import { inpatientOfIka } from '../inpatient.js';

export const IKA: KindDef = {
  id: 'ika',
  name: '医科',
  nameEn: 'medical',
  receiptTypeDigit: '1',
  scoreTables: ['1'],
  records: IKA_RECORDS,
  returnRecords: RETURN_RECORDS,
  codes: /* @__PURE__ */ joined<CodeTable>(IKA_CODE_TABLES, RETURN_CODE_TABLES),
  structure: IKA_STRUCTURE,
  totals: 'payers',
  payerTotals: {
    units: ['SI', 'IY', 'TO'],
    categoryOnly: ['CO'],
    amountCategories: ['97'],
    source: 'HO/KO 合計点数; SI/IY/TO 点数「点数・回数算定単位内の最終レコードのみ記録する」 (l.687, l.768, l.1024); 別表20 97 食事療養・生活療養・標準負担額',
  },
  fileNames: ['RECEIPTC.UKE'],
  returns: {
    header: 'HI',
    trailer: 'HG',
    reasons: 'HR',
    history: true,
    fileNames: ['RECEIPTC.HEN', 'RECEIPTC.SAH'],
    confidence: 'H',
    note: 'return-files.md: reconstructed from public implementations and transcriptions (the official 返戻・再請求 spec was not available).',
  },
  resubmission: { mode: 'history', note: 'return-files.md §5: the re-claims go into the month’s RECEIPTC.UKE.' },
  inpatientOf: inpatientOfIka,
  editions: IKA_EDITIONS,
  official: true,
  source: '記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新) — claim records and 別表1–31; return records reconstructed (return-files.md)',
};
