/**
 * Property: any sequence of valid corrections on the HEN and SAH fixtures yields a resubmission that
 * validates with the `resubmission` preset, whose history blocks are the input's byte for byte, and
 * whose untouched claim lines are the input's byte for byte, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBytes } from '../../src/codec/lines.js';
import type { ReceFile } from '../../src/model/file.js';
import { parse } from '../../src/model/parse.js';
import { serialize } from '../../src/model/serialize.js';
import type { Correction } from '../../src/resubmit/corrections.js';
import { resubmit } from '../../src/resubmit/resubmit.js';
import { ALNUM_POOL, KANJI_POOL } from '../../src/testing/arbitraries.js';
import { bytesEqual, readBytes } from '../helpers/files.js';
import { BILLING_MONTH, FACILITY, hen, HEN_PATH, sah, SAH_PATH } from './helpers.js';
import { messageOf } from '../../src/diagnostics/index.js';

const RETURNS: readonly ReceFile[] = [hen(), sah()];
const RECEIPTS = RETURNS.flatMap((f) => f.receipts.map((r) => ({ sn: r.searchNumber, r })));

const kanji = (max: number) =>
  fc.array(fc.constantFrom(...KANJI_POOL.filter((c) => c !== '　')), { minLength: 1, maxLength: max }).map((a) => a.join(''));
const alnum = (max: number) =>
  fc.array(fc.constantFrom(...ALNUM_POOL.filter((c) => c !== ' ' && /[0-9A-Za-z]/.test(c))), { minLength: 1, maxLength: max }).map((a) => a.join(''));

/** One valid correction on a receipt of the fixtures (fields that no cross-record rule depends on). */
const correction: fc.Arbitrary<Correction> = fc.constantFrom(...RECEIPTS).chain(({ sn, r }) => {
  const receipt = { searchNumber: sn };
  const burden = r.claim.find((x) => x.id === 'SI' || x.id === 'IY')?.get('burdenCategory') ?? '1';
  const cos = r.claim.filter((x) => x.id === 'CO').length;
  const ops: fc.Arbitrary<Correction>[] = [
    alnum(20).map((value) => ({ op: 'set', receipt, record: 'RE', field: 'カルテ番号等', value })),
    kanji(20).map((value) => ({ op: 'set', receipt, record: 'RE', field: 'claimInfo', value })),
    fc.tuple(fc.nat({ max: 2 }), kanji(20)).map(([i, value]) => ({ op: 'set', receipt, record: { id: 'SY', occurrence: Math.min(i + 1, r.claim.filter((x) => x.id === 'SY').length) }, field: '補足コメント', value })),
    kanji(38).map((text) => ({ op: 'insert', receipt, record: 'CO', values: { 負担区分: burden, コメントコード: '810000001', 文字データ: text } })),
    fc.tuple(fc.constantFrom('01', '02', '03', '04', '05', '06'), kanji(200)).map(([k, text]) => ({ op: 'insert', receipt, record: 'SJ', values: [k, text] })),
    fc.constant({ op: 'drop', receipt } as Correction),
  ];
  if (cos > 0) ops.push(fc.nat({ max: cos - 1 }).map((i) => ({ op: 'delete', receipt, record: { id: 'CO', occurrence: i + 1 } })));
  return fc.oneof(...ops);
});

/**
 * The fixtures' 保険者番号 06139876 has a wrong check digit (the validator's cross/insurer-check-digit
 * says so): the base fixes it, so that the uncorrected resubmission is valid to begin with.
 */
const BASE: readonly Correction[] = RECEIPTS.filter(({ r }) => r.claim.some((x) => x.id === 'HO' && x.get('insurerNumber') === '06139876')).map(({ sn }) => ({
  op: 'set',
  receipt: { searchNumber: sn },
  record: 'HO',
  field: 'insurerNumber',
  value: '06139877',
}));

/** Keep a sequence valid as it goes: a CO is deleted only while the receipt still has one. */
function valid(ops: readonly Correction[]): Correction[] {
  const cos = new Map(RECEIPTS.map(({ sn, r }) => [sn, r.claim.filter((x) => x.id === 'CO').length]));
  const out: Correction[] = [];
  for (const op of ops) {
    const sn = 'searchNumber' in op.receipt ? op.receipt.searchNumber : '';
    const n = cos.get(sn) ?? 0;
    if (op.op === 'insert' && op.record === 'CO') cos.set(sn, n + 1);
    if (op.op === 'delete') {
      if (n === 0) continue;
      cos.set(sn, n - 1);
      out.push({ ...op, record: { id: 'CO', occurrence: Math.min((op.record as { occurrence: number }).occurrence, n) } });
      continue;
    }
    out.push(op);
  }
  return out;
}

describe('resubmit: any sequence of valid corrections', () => {
  it('validates, and keeps untouched lines and history blocks byte for byte', () => {
    const henBytes = readBytes(HEN_PATH);
    const sahBytes = readBytes(SAH_PATH);
    fc.assert(
      fc.property(fc.array(correction, { maxLength: 12 }).map(valid), (ops) => {
        const returns = [parse(henBytes, { fileName: 'RECEIPTC.HEN' }), parse(sahBytes, { fileName: 'RECEIPTC.SAH' })];
        const result = resubmit({ returns, corrections: [...BASE, ...ops], billingMonth: BILLING_MONTH, facility: FACILITY });
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.code} ${messageOf(d)}`)).toEqual([]);
        expect(result.written).toBe(true);
        // The inputs are untouched.
        expect(bytesEqual(serialize(returns[0]!), henBytes)).toBe(true);
        expect(bytesEqual(serialize(returns[1]!), sahBytes)).toBe(true);
        const out = result.outputs.flatMap((o) => parse(o.bytes!).receipts);
        const dropped = new Set(result.receipts.filter((d) => d.status === 'dropped').map((d) => d.searchNumber));
        for (const f of returns) {
          for (const r of f.receipts) {
            const o = out.find((x) => x.searchNumber === r.searchNumber);
            if (dropped.has(r.searchNumber)) {
              expect(o).toBeUndefined();
              continue;
            }
            expect(o).toBeDefined();
            expect(bytesEqual(o!.historyBytes(), r.historyBytes())).toBe(true);
            // Lines the audit does not name are the input's bytes, in the same order.
            const audit = result.audit.find((a) => a.searchNumber === r.searchNumber && a.part === 1);
            const touched = new Set((audit?.changes ?? []).filter((c) => c.kind !== 'inserted').map((c) => c.line));
            for (const rec of r.claim) if (rec.id === 'HO' && rec.get('insurerNumber') === '06139876') touched.add(rec.line);
            const want = r.claim.filter((rec) => rec.id !== 'RE' && !touched.has(rec.line)).map((rec) => lineBytes(rec.table, rec.index));
            const got = o!.claim.map((rec) => rec.bytes);
            let k = 0;
            for (const g of got) if (k < want.length && bytesEqual(g, want[k]!)) k++;
            expect(k, `${r.searchNumber}: untouched lines in order`).toBe(want.length);
            // Nothing but the audited changes: same count of lines, give or take inserts/deletes.
            const ins = (audit?.changes ?? []).filter((c) => c.kind === 'inserted').length;
            const del = (audit?.changes ?? []).filter((c) => c.kind === 'deleted').length;
            expect(o!.claim.length).toBe(r.claim.length + ins - del);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
