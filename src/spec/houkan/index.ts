/**
 * 訪問看護 (点数表 6) as a claim kind: transcribed from the official 「オンラインによる請求に係る記録条件仕様
 * （訪問看護用）」令和６年６月版 and the 支払基金's 作成手引き (別紙1: returns and re-claims). Amounts are yen.
 */
import { joined, withProps } from '../derive.js';
import type { CodeTable, KindDef } from '../types.js';
import { RETURN_CODE_TABLES } from '../returns/codes.js';
import { RETURN_RECORDS } from '../returns/records/index.js';
import { HOUKAN_CODE_TABLES } from './codes.js';
import { HOUKAN_RECORDS, HOUKAN_RETURN_RECORDS } from './records/index.js';
import { HOUKAN_STRUCTURE } from './structure.js';
import { HOUKAN_EDITIONS } from '../editions.js';

export const HOUKAN: KindDef = {
  id: 'houkan',
  name: '訪問看護',
  nameEn: 'home nursing',
  scoreTables: ['6'],
  records: HOUKAN_RECORDS,
  // The history block's RC and the other history records are the shared ones; HH / HR / HG are 訪問看護's own.
  returnRecords: /* @__PURE__ */ withProps(RETURN_RECORDS, HOUKAN_RETURN_RECORDS),
  codes: /* @__PURE__ */ joined<CodeTable>(HOUKAN_CODE_TABLES, RETURN_CODE_TABLES),
  structure: HOUKAN_STRUCTURE,
  totals: 'none',
  fileNames: ['RECEIPTH.UKE'],
  returns: {
    header: 'HH',
    trailer: 'HG',
    reasons: 'HR',
    history: true,
    // 別紙1 p.65 (official example): 8,1,0,RE … 8,8,0,HR … 8,9,0,RC — the returned 請求データ with データ識別 8.
    historyDataKind: '8',
    fileNames: ['RECEIPTH.HEN'],
    confidence: 'M',
    note: 'NT 別紙1 (official): HH + 請求データ + HR + 履歴管理ブロック + HG. The file name RECEIPTH.HEN is [INF].',
  },
  resubmission: { mode: 'history', onPaper: ['SAH'], note: 'NT 別紙1 (official): HM + corrected 請求データ + the untouched history + GO; returns from an insurer’s 再審査 are re-claimed on paper.' },
  editions: HOUKAN_EDITIONS,
  // 別表4: 6 + 保険種別 (1 医保・国保, 2 公費, 3 後期) + 併用数 + 患者区分, the 医科 別表5 pattern with 6 first.
  receiptTypeDigit: '6',
  official: true,
  source: '記録条件仕様（訪問看護用）令和６年６月版 (別添１－５); 電子レセプトの作成手引き（訪問看護）令和６年６月版',
};
