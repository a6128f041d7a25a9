/**
 * 医科 (点数表 1) as a claim kind: the official 記録条件仕様（医科用）令和4年4月版 tables, and the
 * reconstructed return files (一次請求返戻 RECEIPTC.HEN, 再審査等返戻 RECEIPTC.SAH).
 */
import type { KindDef } from '../types.js';
import { RETURN_CODE_TABLES } from '../returns/codes.js';
import { RETURN_RECORDS } from '../returns/records/index.js';
import { IKA_CODE_TABLES } from './codes.js';
import { IKA_RECORDS } from './records/index.js';
import { IKA_STRUCTURE } from './structure.js';
import { IKA_EDITIONS } from '../editions.js';

/**
 * 入院 / 入院外 from a レセプト種別 of the 医科 pattern (別表5: 1 医科, then 医保/公費/後期…, the count,
 * and the patient digit — odd 入院, even 入院外; for 公費 only 1 入院 / 2 入院外), undefined when the code
 * does not say. 歯科 (3xxx) and DPC use the same pattern.
 */
export function inpatientOfType(type: string, first = '1'): boolean | undefined {
  if (type.length !== 4 || type[0] !== first || !/^[1-4][1-5]\d$/.test(type.slice(1))) return undefined;
  const d4 = type.charCodeAt(3) - 0x30;
  if (type[1] === '2') return d4 === 1 ? true : d4 === 2 ? false : undefined;
  return d4 % 2 === 1;
}

export const IKA: KindDef = {
  id: 'ika',
  name: '医科',
  nameEn: 'medical',
  receiptTypeDigit: '1',
  scoreTables: ['1'],
  records: IKA_RECORDS,
  returnRecords: RETURN_RECORDS,
  codes: [...IKA_CODE_TABLES, ...RETURN_CODE_TABLES],
  structure: IKA_STRUCTURE,
  totals: 'payers',
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
  inpatientOf: (t) => inpatientOfType(t, '1'),
  editions: IKA_EDITIONS,
  official: true,
  source: '記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新) — claim records and 別表1–31; return records reconstructed (return-files.md)',
};
