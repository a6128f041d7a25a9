/**
 * 労災 re-claims by reception number (ResubmissionDef mode `reception-number`): RRECEC.HEN + the example
 * corrections + the claim files the receipts were first sent in → RRECnn00.UKS, compared byte for byte with
 * the hand-checked file in fixtures/expected/rosai/ (see fixtures/src/rosai/README.md for each step).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSjis } from '../../src/codec/sjis.js';
import { messageOf } from '../../src/diagnostics/index.js';
import { parse } from '../../src/model/parse.js';
import { checkResubmission } from '../../src/resubmit/check.js';
import { readCorrectionsJson } from '../../src/resubmit/corrections-file.js';
import { reasons } from '../../src/resubmit/reasons.js';
import type { Correction } from '../../src/resubmit/corrections.js';
import { resubmit, type ResubmitInput } from '../../src/resubmit/resubmit.js';
import { validate } from '../../src/validate/index.js';
import { bytesEqual, readBytes, ROOT, sjisFile } from '../helpers/files.js';

const at = (p: string) => join(ROOT, p);
const file = (p: string) => parse(readBytes(at(p)), { fileName: p });
const HEN = () => file('fixtures/rosai/RRECEC.HEN');
const CLAIMED = () => [file('fixtures/rosai/RREC0100.UKE'), file('fixtures/rosai/RREC0200.UKE')];
const read = readCorrectionsJson(readFileSync(at('fixtures/expected/rosai/corrections.json'), 'utf8'));
if (!read.ok) throw new Error(JSON.stringify(read));
const CORRECTIONS = read.corrections;
const SN1 = '20250516110400010001';
const SN2 = '20250516110400010002';
const base = (over: Partial<ResubmitInput> = {}): ResubmitInput => ({ returns: [HEN()], claimed: CLAIMED(), corrections: CORRECTIONS, billingMonth: '202506', submissionDate: '20250610', ...over });

/** Shift_JIS + CR+LF + EOF of lines. */
const enc = (lines: readonly string[]): Uint8Array => sjisFile(lines);
const linesOf = (p: string) => decodeSjis(readBytes(at(p)).subarray(0, -3)).split('\r\n');

describe('resubmit 労災: RRECEC.HEN with the example corrections', () => {
  const result = resubmit(base());

  it('the return is read as 労災 HEN: two receipts, no header, trailer, reasons or history', () => {
    const f = HEN();
    expect([f.claimKind, f.kind, f.receipts.length, f.header, f.trailer]).toEqual(['rosai', 'HEN', 2, undefined, undefined]);
    // No field for the reasons of a 労災 return is known: there are none to list.
    expect(reasons([f])).toEqual([]);
    expect(f.receipts.map((r) => [r.searchNumber, r.history.length])).toEqual([
      [SN1, 0],
      [SN2, 0],
    ]);
  });

  it('writes one RRECnn00.UKS, byte for byte the hand-checked one (and the copy in fixtures/expected is the fixture)', () => {
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code} ${messageOf(d, 'en')}`)).toEqual([]);
    expect(result.ok && result.written).toBe(true);
    expect(result.outputs.map((o) => [o.fileName, o.name, o.payer, o.receiptCount, o.amounts])).toEqual([['RREC0100.UKS', '', undefined, 2, { amount: 28465, count: 2 }]]);
    const expected = readBytes(at('fixtures/expected/rosai/resubmit/RREC0100.UKS'));
    expect(bytesEqual(result.outputs[0]!.bytes!, expected)).toBe(true);
    expect(bytesEqual(expected, readBytes(at('fixtures/rosai/RREC0100.UKS')))).toBe(true);
  });

  it('keeps each RE 電算処理受付番号, renumbers レセプト番号, adds no history, and the output validates clean as a re-claim', () => {
    const f = result.outputs[0]!.file;
    expect(f.receipts.map((r) => [r.re.get('receiptNumber'), r.searchNumber, r.history.length])).toEqual([
      ['1', SN1, 0],
      ['2', SN2, 0],
    ]);
    expect(result.receipts.map((r) => [r.status, r.searchNumber, r.fileName, r.receiptNumber])).toEqual([
      ['resubmitted', SN1, 'RREC0100.UKS', 1],
      ['resubmitted', SN2, 'RREC0100.UKS', 2],
    ]);
    expect(validate(f, { preset: 'resubmission' }).filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.audit.map((a) => a.changes.flatMap((c) => c.fields.map((x) => [x.field.name, x.before, x.after])))).toEqual([[['労働保険番号', '11104123465000', '11104123456000']], [['業務災害・通勤災害の区分', '1', '3']]]);
  });

  it('recomputes the RR sums from the corrected 摘要 and RS 請求金額 from them', () => {
    // 佐々木: one more 再診料 (1430円 × 1 → 【ロ】 +1430) and 処方料 42点 → 43点 (小計点数 +1).
    const more: Correction[] = [
      ...CORRECTIONS,
      { op: 'set', receipt: { searchNumber: SN1 }, record: { id: 'RI', match: { code: '120000710' } }, field: 'points', value: '43' },
      { op: 'set', receipt: { searchNumber: SN1 }, record: { id: 'RI', match: { code: '101120010' } }, field: 'times', value: '4' },
      { op: 'set', receipt: { searchNumber: SN1 }, record: { id: 'RI', match: { code: '101120010' } }, field: 'day1', value: '1' },
    ];
    const r = resubmit(base({ corrections: more }));
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${messageOf(d, 'en')}`)).toEqual([]);
    const rr = r.outputs[0]!.file.receipts[0]!.claim.find((x) => x.id === 'RR')!;
    // 908 × 11.50 = 10442; 8140 + 1430 = 9570; 10442 + 9570 = 20012.
    expect(['totalPoints', 'pointsAmount', 'yenAmount', 'totalAmount'].map((k) => rr.get(k as never))).toEqual(['908', '10442', '9570', '20012']);
    expect(r.outputs[0]!.file.trailer!.get('claimAmount' as never)).toBe(String(20012 + 9895));
  });

  it('puts receipts first sent in files with different RS (初回分 per 労働局/監督署, 継続分) into different files', () => {
    // A return of 高橋 (RREC0100, 初回, 11/04) and 中村 (RREC0200, 継続, no office codes).
    const hen = linesOf('fixtures/rosai/RRECEC.HEN').slice(14);
    const cont = linesOf('fixtures/rosai/RREC0200.UKE').slice(1, 9);
    cont[0] = cont[0]!.replace(/^((?:[^,]*,){18})/, '$120250516110400020001');
    const r = resubmit(base({ returns: [parse(enc([...hen, ...cont]), { fileName: 'RRECEC.HEN' })], corrections: [] }));
    expect(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${messageOf(d, 'en')}`)).toEqual([]);
    expect(r.outputs.map((o) => [o.fileName, o.receiptCount, o.file.trailer!.get('laborBureau' as never), o.file.trailer!.get('laborOffice' as never), o.amounts!.amount])).toEqual([
      ['RREC0100.UKS', 1, '11', '04', 9895],
      ['RREC0200.UKS', 1, '', '', 9300],
    ]);
    for (const o of r.outputs) expect(o.file.receipts[0]!.re.get('receiptNumber')).toBe('1');
  });

  it('refuses what a re-claim by reception number cannot carry: no date, new claims, a split, a receipt without its number', () => {
    const codes = (i: Partial<ResubmitInput>) => resubmit(base(i)).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(codes({ submissionDate: undefined })).toContain('resubmit/submission-date-invalid');
    expect(codes({ submissionDate: '20250631' })).toContain('resubmit/submission-date-invalid');
    expect(codes({ newClaims: CLAIMED()[1] })).toContain('resubmit/input-unsupported');
    expect(codes({ corrections: [...CORRECTIONS, { op: 'split', receipt: { searchNumber: SN2 }, records: ['CO'] }] })).toContain('resubmit/input-unsupported');
    const noNumber = linesOf('fixtures/rosai/RRECEC.HEN');
    noNumber[0] = noNumber[0]!.replace(SN1, '');
    const r = resubmit(base({ returns: [parse(enc(noNumber), { fileName: 'RRECEC.HEN' })] }));
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(expect.arrayContaining(['resubmit/no-reception-number', 'resubmit/reception-number']));
    expect(r.written).toBe(false);
    expect(resubmit(base({ returns: [parse(enc(noNumber), { fileName: 'RRECEC.HEN' })], force: true })).written).toBe(true);
  });

  it('without the claim files, the facility fields come from `facility`; missing ones are errors on the built lines', () => {
    const r = resubmit(base({ claimed: [] }));
    expect(r.written).toBe(false);
    expect(r.diagnostics.some((d) => d.code === 'resubmit/facility-name-missing')).toBe(true);
    const src = CLAIMED()[0]!;
    const trailer = Object.fromEntries(['facilityClass', 'laborBureau', 'laborOffice', 'designatedNumber', 'postalCode', 'locationAddress', 'directorName', 'pointUnitPrice'].map((k) => [k, src.trailer!.get(k as never) ?? '']));
    const header = Object.fromEntries(['prefecture', 'scoreTable', 'facilityCode', 'facilityName', 'phone'].map((k) => [k, src.header!.get(k as never) ?? '']));
    const given = resubmit(base({ claimed: [], facility: { header, trailer } }));
    expect(given.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([]);
    expect(bytesEqual(given.outputs[0]!.bytes!, readBytes(at('fixtures/expected/rosai/resubmit/RREC0100.UKS')))).toBe(true);
  });

  it('the check before writing judges the return; its findings sit on the return’s lines', () => {
    const ok = checkResubmission(HEN(), { corrections: CORRECTIONS, claimed: CLAIMED(), submissionDate: '20250610' });
    expect(ok.ok).toBe(true);
    const broken = linesOf('fixtures/rosai/RRECEC.HEN');
    // (Not a sum: the writer recomputes those.) RR 診療実日数 not a number.
    broken[15] = broken[15]!.replace(',20250414,20250425,3,', ',20250414,20250425,X,');
    const c = checkResubmission(parse(enc(broken), { fileName: 'RRECEC.HEN' }), { claimed: CLAIMED() });
    expect(c.ok).toBe(false);
    expect(c.receipts.find((r) => r.searchNumber === SN2)!.diagnostics.some((d) => d.severity === 'error' && d.line === 16)).toBe(true);
  });

  it('property: whatever 点数 and 回数 a correction sets, the re-claim’s RR and RS add up (cross/amounts stays silent)', () => {
    const codes = ['101120010', '120000710', '140000610', '150000110'];
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 3 }), (code, points, times) => {
        const field = code === '101120010' ? 'amount' : 'points';
        const ops: Correction[] = [
          { op: 'set', receipt: { searchNumber: SN1 }, record: { id: 'RI', match: { code } }, field, value: String(points) },
          { op: 'set', receipt: { searchNumber: SN1 }, record: { id: 'RI', match: { code } }, field: 'times', value: String(times) },
        ];
        const r = resubmit(base({ corrections: ops, force: true }));
        const f = r.outputs[0]!.file;
        expect(validate(f, { preset: 'resubmission' }).filter((d) => d.code === 'cross/amounts')).toEqual([]);
        const total = f.receipts.reduce((s, x) => s + Number(x.claim.find((y) => y.id === 'RR')!.get('totalAmount' as never)), 0);
        expect(f.trailer!.get('claimAmount' as never)).toBe(String(total));
      }),
      { numRuns: 20 },
    );
  });
});
