/**
 * 労災 (労災レセプト電算処理システム, 厚生労働省労働基準局) as a claim kind: a spec family of its own. Two
 * production implementations agree field for field [H]. Re-claims carry RE 電算処理受付番号 and no
 * history block, in RRECnn00.UKS.
 */
import type { KindDef } from '../types.js';
import { ROSAI_CODE_TABLES } from './codes.js';
import { ROSAI_RECORDS } from './records/index.js';
import { ROSAI_STRUCTURE } from './structure.js';
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
  resubmission: { mode: 'reception-number', fileName: 'RRECnn00.UKS', confidence: 'H', note: '[H] RE 電算処理受付番号 (#19) from the return, no history block.' },
  editions: ROSAI_EDITIONS,
  official: false,
  source: 'kinds-nursing-rousai-dental-returns.md §2 (ORCA 2018 / 5.1 and SK agree field for field)',
  confidence: 'H',
};
