/** Shared inputs of the resubmission tests. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from '../../src/model/parse.js';
import type { ReceFile } from '../../src/model/file.js';
import { FIXTURES, readBytes, sjisFile } from '../helpers/files.js';

export const HEN_PATH = join(FIXTURES, 'RECEIPTC.HEN');
export const SAH_PATH = join(FIXTURES, 'RECEIPTC.SAH');
export const EXPECTED = join(FIXTURES, 'expected');
export const CORRECTIONS_JSON = join(FIXTURES, 'corrections.example.json');
export const CORRECTIONS_CSV = join(FIXTURES, 'corrections.example.csv');
export const CLAIMS_SHAHO = join(EXPECTED, 'input', 'claims-shaho.UKE');
export const CLAIMS_KOKUHO = join(EXPECTED, 'input', 'claims-kokuho.UKE');

export const SN = {
  hen1: '2024121300512347000000101',
  hen2: '2024121300512347000000102',
  hen3: '2024121300512347000000103',
  sah1: '2024101100512347000004417',
  sah2: '2024101100512347000004418',
  sah3: '2024091800512347000002855',
} as const;

export const BILLING_MONTH = '202501';
export const FACILITY = { name: 'さくら台内科クリニック', phone: '03-5555-0123' } as const;

export function hen(): ReceFile {
  return parse(readBytes(HEN_PATH), { fileName: 'RECEIPTC.HEN' });
}
export function sah(): ReceFile {
  return parse(readBytes(SAH_PATH), { fileName: 'RECEIPTC.SAH' });
}

/** A 医科 SI/IY line: 44 fields, 回数 on one day (1-based day of month). */
export function act(id: 'SI' | 'IY', cat: string, burden: string, code: string, qty: string, points: string, count: string, day: number): string {
  const f = [id, cat, burden, code, qty, points, count, '', '', '', '', '', ''];
  for (let d = 1; d <= 31; d++) f.push(d === day ? count : '');
  return f.join(',');
}

/**
 * This month's first claims (fictional), one file per payer. Source text of the committed
 * fixtures/expected/input/*.UKE (regenerated with UPDATE_EXPECTED=1).
 */
export const CLAIMS_TEXT: Readonly<Record<'shaho' | 'kokuho', readonly string[]>> = {
  shaho: [
    'IR,1,13,1,0512347,,さくら台内科クリニック,202501,00,03-5555-0123',
    'RE,1,1112,202412,青木　花子,2,19900315,,,,,,,00999,,,,,,,,,,,,,,,,,,,,,,,アオキハナコ,',
    'HO,06130488,１２０,１１１,1,127,,,,,,,,,',
    'SN,1,01,,,,00,,',
    'SY,8833421,20241210,1,,,01,',
    act('SI', '12', '1', '112007410', '', '75', '1', 10),
    act('SI', '', '1', '112011010', '', '52', '1', 10),
    'GO,1,127,99',
  ],
  kokuho: [
    'IR,2,13,1,0512347,,さくら台内科クリニック,202501,00,03-5555-0123',
    'RE,1,1112,202412,松本　太一,1,19550101,70,,,,,,01000,,,,,,,,,,,,,,,,,,,,,,,マツモトタイチ,',
    'HO,  138057,練１２,５５５,1,291,,,,,,,,,',
    'SN,1,01,,,,,,',
    'SY,4659007,20241205,1,,,01,',
    act('SI', '11', '1', '111000110', '', '291', '1', 5),
    'GO,1,291,99',
  ],
};

export function claimsBytes(which: 'shaho' | 'kokuho'): Uint8Array {
  return sjisFile(CLAIMS_TEXT[which]);
}

export const UPDATE = process.env.UPDATE_EXPECTED === '1';

/** Compare with an expected file; with UPDATE_EXPECTED=1 (re)write it instead. */
export function expectedBytes(path: string, actual: Uint8Array): Uint8Array {
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`missing expected file ${path} (run with UPDATE_EXPECTED=1, then check it by hand)`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  return readBytes(path);
}

export function expectedText(path: string, actual: string): string {
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  return readFileSync(path, 'utf8');
}
