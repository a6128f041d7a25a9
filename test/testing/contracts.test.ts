/**
 * The contract helpers pass receden's own implementations and fail, with a message naming the case and the broken
 * invariant, deliberately broken ones.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import { serialize } from '../../src/model/serialize.js';
import { resubmit } from '../../src/resubmit/index.js';
import { decodeSjis, encodeSjis } from '../../src/codec/sjis.js';
import { ContractError, resubmissionContract, roundTripContract, type ResubmitCase } from '../../src/testing/contracts.js';

const receden = (c: ResubmitCase): Uint8Array[] => {
  const r = resubmit({
    returns: c.returns.map((b, i) => parse(b, { fileName: c.fileNames[i] })),
    billingMonth: c.billingMonth,
    facility: { name: 'テスト医院', phone: '03-0000-0000' },
    // 労災: the claim files the receipts were first sent in, and the day of the re-claim.
    ...(c.claimed ? { claimed: c.claimed.map((b, i) => parse(b, { fileName: c.claimedFileNames?.[i] })) } : {}),
    ...(c.submissionDate ? { submissionDate: c.submissionDate } : {}),
  });
  if (!r.ok) throw new Error(r.diagnostics.find((d) => d.severity === 'error')?.code ?? 'not ok');
  return r.outputs.map((o) => o.bytes!);
};

/** Edit every line of a file's text (Shift_JIS, CRLF, EOF kept). */
function editText(bytes: Uint8Array, f: (lines: string[]) => string[]): Uint8Array {
  const lines = decodeSjis(bytes.subarray(0, -1)).split('\r\n');
  const enc = encodeSjis(f(lines).join('\r\n'), 'lenient');
  if (!enc.ok) throw new Error('not Shift_JIS');
  return new Uint8Array([...enc.bytes, 0x1a]);
}

describe('roundTripContract', () => {
  it('passes receden’s parse and serialize', () => {
    expect(roundTripContract(parse, serialize, { numRuns: 24 })).toBe(24);
  });
  it('covers the returns and re-claims of 訪問看護 and 労災', () => {
    expect(roundTripContract(parse, serialize, { kinds: ['houkan', 'rosai'], numRuns: 8 })).toBe(8);
  });
  it('fails a writer that drops the EOF byte, naming the byte and the generated file', () => {
    expect(() => roundTripContract(parse, (f) => serialize(f).subarray(0, -1), { numRuns: 4 })).toThrow(/roundTripContract: the bytes written differ from the bytes read, first at byte \d+ .*\n  on the file generateFile\(\{"claimKind":"ika"/);
  });
  it('fails a reader that throws', () => {
    expect(() => roundTripContract(() => { throw new Error('boom'); }, serialize)).toThrow(ContractError);
  });
});

describe('resubmissionContract', () => {
  it('passes receden’s resubmit', () => {
    expect(resubmissionContract(receden, { numRuns: 8 })).toBe(8);
  });
  it('passes receden’s resubmit on 訪問看護 returns (HEN, both payers) and 労災 returns (RRECEC.HEN, by 電算処理受付番号 with the claim files)', () => {
    expect(resubmissionContract(receden, { kinds: ['houkan', 'rosai'], numRuns: 6 })).toBe(6);
  });
  it('fails a resubmission that mixes payers (both returns in one file)', () => {
    const body = (x: Uint8Array) => decodeSjis(x.subarray(0, -1)).split('\r\n');
    const merged = (c: ResubmitCase) => {
      const [a, b] = receden(c);
      // The second file's receipts appended to the first's (IR of payer 1).
      return b ? [editText(a!, (l) => [...l.slice(0, -2), ...body(b).slice(1, -2), ...l.slice(-2)])] : [a!];
    };
    expect(() => resubmissionContract(merged, { numRuns: 2 })).toThrow(/payers must not be mixed|GO must be recomputed/);
  });
  it('fails a resubmission that drops the 検索番号, or rewrites the history', () => {
    const noSearch = (c: ResubmitCase) => receden(c).map((b) => editText(b, (ls) => ls.map((l) => (l.startsWith('RE,') ? l.replace(/,[0-9]{17,30},/, ',,') : l))));
    expect(() => resubmissionContract(noSearch, { numRuns: 1 })).toThrow(/検索番号 \(empty\) is not one of the returned receipts' \(the 検索番号 must be carried\)/);
    const history = (c: ResubmitCase) => receden(c).map((b) => editText(b, (ls) => ls.map((l) => (/^8,\d+,0,HR,/.test(l) ? l.replace(',HR,', ',HR,').replace(/,$/, ', ') : l))));
    expect(() => resubmissionContract(history, { numRuns: 1 })).toThrow(/the 履歴管理ブロック is not the return's byte for byte/);
  });
  it('fails a 労災 resubmission that keeps a stale RS 請求金額, or drops the 電算処理受付番号', () => {
    const stale = (c: ResubmitCase) => receden(c).map((b) => editText(b, (ls) => ls.map((l) => (l.startsWith('RS,') ? l.replace(/,(\d+),(\d+),99$/, (_, a, n) => `,${Number(a) + 1},${n},99`) : l))));
    expect(() => resubmissionContract(stale, { kinds: ['rosai'], numRuns: 1 })).toThrow(/RS must be recomputed/);
    const noNumber = (c: ResubmitCase) => receden(c).map((b) => editText(b, (ls) => ls.map((l) => (l.startsWith('RE,') ? l.split(',').map((v, i) => (i === 18 ? '' : v)).join(',') : l))));
    expect(() => resubmissionContract(noNumber, { kinds: ['rosai'], numRuns: 1 })).toThrow(/the 検索番号 must be carried/);
  });
  it('fails a resubmission that keeps a stale GO', () => {
    const stale = (c: ResubmitCase) => receden(c).map((b) => editText(b, (ls) => ls.map((l) => (l.startsWith('GO,') ? l.replace(/^GO,(\d+),/, (_, n) => `GO,${Number(n) + 1},`) : l))));
    expect(() => resubmissionContract(stale, { numRuns: 1 })).toThrow(/GO must be recomputed/);
  });
});
