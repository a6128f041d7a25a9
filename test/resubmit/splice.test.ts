/** The レセコン workflow: store what a return needs, regenerate the receipt elsewhere, splice months later. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineBytes, scanLines } from '../../src/codec/lines.js';
import { decodeSjis } from '../../src/codec/sjis.js';
import { parse } from '../../src/model/parse.js';
import { resubmit } from '../../src/resubmit/resubmit.js';
import { spliceReceipt, storedHistory, storeReturns, type StoredReturn } from '../../src/resubmit/splice.js';
import { bytesEqual, readBytes, sjisFile } from '../helpers/files.js';
import { BILLING_MONTH, CLAIMS_SHAHO, EXPECTED, FACILITY, hen, SN } from './helpers.js';

/** The regenerated receipt 101 as a vendor's system would write it: its own numbering, no 検索番号. */
const REGENERATED_101 = [
  'RE,1,1112,202411,川野　浩二,1,19680412,,,,,,,00123,,,,,,,,,,,,,,,,,,,,,,,カワノコウジ,',
  'HO,06139877,１２０,４５６８,2,374,,,,,,,,,',
  'SN,1,01,,,,01,,',
  'SY,8833421,20230415,1,,,01,',
  'SI,12,1,112007410,,75,2,,,,,,,,,,,1,,,,,,,,,,,,,,1,,,,,,,,,,,,',
  'SI,,1,112011010,,52,2,,,,,,,,,,,1,,,,,,,,,,,,,,1,,,,,,,,,,,,',
  'SI,80,1,120002910,,60,2,,,,,,,,,,,1,,,,,,,,,,,,,,1,,,,,,,,,,,,',
].join('\r\n');

function stored(): StoredReturn[] {
  // What a vendor keeps, through JSON (as it would be stored in its database).
  return JSON.parse(JSON.stringify(storeReturns(hen()))) as StoredReturn[];
}

describe('storeReturn', () => {
  it('keeps the 検索番号 as a string, the payer and the history block bytes', () => {
    const s = stored();
    expect(s.map((x) => x.searchNumber)).toEqual([SN.hen1, SN.hen2, SN.hen3]);
    expect(s[0]).toMatchObject({ format: 'receden-stored-return/1', payer: '1', prefecture: '13', scoreTable: '1', facilityCode: '0512347', returnedMonth: '202412', kind: 'HEN', serviceMonth: '202411', receiptType: '1112' });
    expect(bytesEqual(storedHistory(s[1]!), hen().receipts[1]!.historyBytes())).toBe(true);
    expect(JSON.stringify(s[0]!.reasons)).toContain('L1101');
  });
});

describe('spliceReceipt', () => {
  it('sets 検索番号, empties field 20 and appends the stored history byte for byte', () => {
    const s = spliceReceipt({ claim: REGENERATED_101, stored: stored()[0]! });
    expect(s.diagnostics).toEqual([]);
    expect(s.ok).toBe(true);
    expect(s.claimLines).toBe(7);
    const t = scanLines(s.bytes);
    const re = decodeSjis(lineBytes(t, 0)).split(',');
    expect(re[18]).toBe(SN.hen1);
    expect(re[19]).toBe('');
    const history = s.bytes.subarray(s.bytes.length - hen().receipts[0]!.historyBytes().length);
    expect(bytesEqual(history, hen().receipts[0]!.historyBytes())).toBe(true);
    // Same bytes as the resubmission built from corrections (but for the レセプト番号, set by the writer).
    const expected = scanLines(readBytes(join(EXPECTED, 'resubmit', 'shaho', 'RECEIPTC.UKE')));
    for (let i = 1; i < t.count; i++) expect(bytesEqual(lineBytes(t, i), lineBytes(expected, 7 + i)), `line ${i + 1}`).toBe(true);
  });

  it('splices from the returned receipt itself, or from a 検索番号 and history bytes', () => {
    const r = hen().receipts[0]!;
    const a = spliceReceipt({ claim: REGENERATED_101, returned: r });
    const b = spliceReceipt({ claim: sjisFile(REGENERATED_101.split('\r\n'), { eof: false }), searchNumber: SN.hen1, history: r.historyBytes() });
    expect(bytesEqual(a.bytes, b.bytes)).toBe(true);
    expect(bytesEqual(a.bytes, spliceReceipt({ claim: REGENERATED_101, stored: stored()[0]! }).bytes)).toBe(true);
  });

  it('reports what does not fit, never throws', () => {
    const s0 = stored()[0]!;
    const codes = (claim: string, st: StoredReturn = s0) => spliceReceipt({ claim, stored: st }).diagnostics.map((d) => d.code);
    expect(codes('HO,06139876,,,1,1')).toEqual(['splice/no-re']);
    expect(codes(`${REGENERATED_101}\r\nHR,202412,1,,L1101,x,,,,1,,,,`)).toEqual(['splice/not-claim-record']);
    expect(codes(`${REGENERATED_101}\r\n${REGENERATED_101}`)).toEqual(['splice/several-receipts']);
    expect(codes(`${REGENERATED_101}\r\n1,1,0,SY,1`)).toEqual(['splice/history-in-claim']);
    expect(codes('RE,1,1112,202411,髙橋　一郎')).toEqual(['splice/claim-unencodable', 'splice/no-re']);
    expect(codes(REGENERATED_101, { ...s0, searchNumber: '12' })).toEqual(['splice/search-number-invalid', 'splice/history-search-mismatch']);
    expect(codes(REGENERATED_101, { ...s0, history: '' })).toEqual(['splice/no-history']);
    // A history block cut short: no RC at the end.
    const h = storedHistory(s0);
    const cut = h.subarray(0, h.lastIndexOf(0x0a, h.length - 3) + 1);
    expect(spliceReceipt({ claim: REGENERATED_101, searchNumber: SN.hen1, history: cut }).diagnostics.map((d) => d.code)).toEqual(['splice/history-no-rc']);
    expect(() => spliceReceipt({ claim: new Uint8Array([0x82, 0xff, 0x0a]), searchNumber: 'x', history: new Uint8Array([1, 2, 3]) })).not.toThrow();
  });

  it('accepts a history block that ends RC, MN (an insurer-side order) and checks the trailing MN\'s 検索番号', () => {
    const h = storedHistory(stored()[0]!);
    const withMn = (sn: string): Uint8Array => new Uint8Array([...h, ...new TextEncoder().encode(`9,99,0,MN,,,${sn},,,\r\n`)]);
    expect(spliceReceipt({ claim: REGENERATED_101, searchNumber: SN.hen1, history: withMn(SN.hen1) }).diagnostics.map((d) => d.code)).toEqual([]);
    expect(spliceReceipt({ claim: REGENERATED_101, searchNumber: SN.hen1, history: withMn(SN.hen2) }).diagnostics.map((d) => d.code)).toEqual(['splice/history-search-mismatch']);
  });
});

describe('resubmit with regenerated receipts (no return file needed)', () => {
  it('writes the same receipt as the corrections path', () => {
    const r = resubmit({
      returns: [],
      regenerated: [{ claim: REGENERATED_101, stored: stored()[0]! }],
      newClaims: parse(readBytes(CLAIMS_SHAHO)),
      billingMonth: BILLING_MONTH,
      facility: FACILITY,
      validate: () => [],
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.receipts.map((d) => [d.source, d.status, d.receiptNumber])).toEqual([
      ['new-claims', 'new-claim', 1],
      ['regenerated', 'resubmitted', 2],
    ]);
    const out = scanLines(r.outputs[0]!.bytes!);
    const expected = scanLines(readBytes(join(EXPECTED, 'resubmit', 'shaho', 'RECEIPTC.UKE')));
    // IR, the new claim, then receipt 101 with its history: lines 1–23 of the expected file.
    for (let i = 0; i < 23; i++) expect(bytesEqual(lineBytes(out, i), lineBytes(expected, i)), `line ${i + 1}`).toBe(true);
    expect(decodeSjis(lineBytes(out, 23))).toBe('GO,2,501,99');
    expect(out.count).toBe(24);
  });

  it('refuses the same receipt twice (return file and regenerated)', () => {
    const r = resubmit({ returns: [hen()], regenerated: [{ claim: REGENERATED_101, stored: stored()[0]! }], billingMonth: BILLING_MONTH, facility: FACILITY, validate: () => [] });
    expect(r.ok).toBe(false);
    expect(r.written).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toContain('resubmit/duplicate-receipt');
  });
});
