/**
 * The resubmission writer is strict by construction: it checks the exact bytes it is about to write
 * (parse's byte layer, then the resubmission preset) and writes nothing on error unless forced.
 * Each case below wrote an invalid file before the writer checked its bytes (issue: "Safe at every
 * edge"); the HEN fixture, with the corrections that make it valid, is the base every case mutates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeSjis } from '../../src/codec/sjis.js';
import { scanLines } from '../../src/codec/lines.js';
import { parse } from '../../src/model/parse.js';
import { readCorrectionsJson } from '../../src/resubmit/corrections-file.js';
import { resubmit, type ResubmitResult } from '../../src/resubmit/resubmit.js';
import { validate } from '../../src/validate/index.js';
import { concatBytes, readBytes } from '../helpers/files.js';
import { BILLING_MONTH, CORRECTIONS_JSON, FACILITY, HEN_PATH, SN } from './helpers.js';

const HEN = readBytes(HEN_PATH);
/** The example corrections of the three HEN receipts: with them the HEN resubmits without error. */
const CORRECTIONS = readCorrectionsJson(readFileSync(CORRECTIONS_JSON, 'utf8')).corrections.filter((c) => 'searchNumber' in c.receipt && String(c.receipt.searchNumber).startsWith('20241213'));

/** The HEN with 1-based line `n` replaced by `f(its content bytes)`. */
function withLine(n: number, f: (line: Uint8Array) => Uint8Array, bytes = HEN): Uint8Array {
  const t = scanLines(bytes);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < t.count; i++) {
    const b = bytes.subarray(t.start[i]!, t.end[i]!);
    parts.push(i === n - 1 ? f(b) : b, new Uint8Array([0x0d, 0x0a]));
  }
  if (t.eof) parts.push(new Uint8Array([0x1a]));
  return concatBytes(...parts);
}
const sjis = (s: string) => {
  const e = encodeSjis(s, 'lenient');
  if (!e.ok) throw new Error(s);
  return e.bytes;
};
/** Replace the first occurrence of `from` in a line's bytes. */
function swap(from: string, to: Uint8Array) {
  return (line: Uint8Array): Uint8Array => {
    const f = sjis(from);
    for (let i = 0; i + f.length <= line.length; i++) {
      if (f.every((x, k) => line[i + k] === x)) return concatBytes(line.subarray(0, i), to, line.subarray(i + f.length));
    }
    throw new Error(`"${from}" not in line`);
  };
}

function run(bytes: Uint8Array, extra: { force?: boolean } = {}): ResubmitResult {
  return resubmit({ returns: [parse(bytes, { fileName: 'RECEIPTC.HEN' })], corrections: CORRECTIONS, billingMonth: BILLING_MONTH, facility: FACILITY, ...extra });
}

/** Every output the writer produced must pass receden's own reader: no error from parse + validate. */
function expectNothingInvalidWritten(r: ResubmitResult): void {
  for (const o of r.outputs) {
    if (!o.bytes) continue;
    const errors = validate(parse(o.bytes, { kind: 'UKE' }), { preset: 'resubmission' }).filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} line ${d.line}`)).toEqual([]);
    expect(() => new TextDecoder('shift_jis', { fatal: true }).decode(o.bytes)).not.toThrow();
  }
}

describe('strict resubmission writes', () => {
  it('writes the valid base (negative control)', () => {
    const r = run(HEN);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([]);
    expect(r.written).toBe(true);
    expectNothingInvalidWritten(r);
  });

  const cases: [string, number, (l: Uint8Array) => Uint8Array, string][] = [
    ['NUL in CO 文字データ', 56, swap('１日３回', concatBytes(sjis('１日'), new Uint8Array([0x00]), sjis('３回'))), 'encoding/control'],
    ['TAB in CO 文字データ', 56, swap('１日３回', concatBytes(sjis('１日'), new Uint8Array([0x09]), sjis('３回'))), 'encoding/control'],
    ['0x7F in CO 文字データ', 56, swap('１日３回', concatBytes(sjis('１日'), new Uint8Array([0x7f]), sjis('３回'))), 'encoding/control'],
    ['invalid Shift_JIS 0x81 0x7F in CO', 56, swap('３回', new Uint8Array([0x81, 0x7f])), 'encoding/invalid-sjis'],
    ['invalid byte 0xFF in CO', 56, swap('３回', new Uint8Array([0xff, 0x82, 0x60])), 'encoding/invalid-sjis'],
    ['CR inside RE カルテ番号', 50, swap('00789', sjis('007\r89')), 'line/lone-cr'],
    ['0x1A in the middle of the file', 57, swap('611170005', sjis('6111\x1a70005')), 'eof/not-last'],
    // (In a 漢字 field the more specific finding replaces the byte layer's, as validate() does everywhere.)
    ['user-defined character in CO', 56, swap('３回', new Uint8Array([0xf0, 0x40])), 'field/jis-x0208'],
    ['CP932 extension character in CO', 56, swap('３回', new Uint8Array([0x87, 0x40])), 'field/jis-x0208'],
    ['a line without a record id', 57, () => sjis('sn,'), 'record/no-id'],
    ['a history line over the length limit', 68, (l) => concatBytes(l, sjis(',' + '1'.repeat(70_000))), 'line/too-long'],
  ];
  it.each(cases)('refuses %s (nothing written, the error names the receipt)', (_name, line, f, code) => {
    const r = run(withLine(line, f));
    expect(r.written).toBe(false);
    expect(r.outputs.every((o) => o.bytes === undefined)).toBe(true);
    const d = r.diagnostics.find((x) => x.code === code && x.severity === 'error');
    expect(d, r.diagnostics.map((x) => `${x.severity} ${x.code}`).join('\n')).toBeDefined();
    expect(d!.receipt).toBe(2);
    expect(d!.params.searchNumber).toBe(SN.hen3);
    expect(d!.line).toBeGreaterThan(0);
    expectNothingInvalidWritten(r);
    // --force writes it anyway, and says so
    const forced = run(withLine(line, f), { force: true });
    expect(forced.outputs.every((o) => o.bytes !== undefined)).toBe(true);
  });

  it('writes a CP932 character in a history line, with a warning (the payer wrote it)', () => {
    const r = run(withLine(66, swap('３回', new Uint8Array([0x87, 0x40]))));
    const d = r.diagnostics.filter((x) => x.code.startsWith('encoding/') || x.code === 'field/jis-x0208');
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((x) => x.severity === 'warning')).toBe(true);
    expect(r.written).toBe(true);
  });

  it('writes a user-defined character in a history line, with a warning', () => {
    const r = run(withLine(66, swap('３回', new Uint8Array([0xf0, 0x40]))));
    const d = r.diagnostics.filter((x) => x.code.startsWith('encoding/') || x.code === 'field/jis-x0208');
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((x) => x.severity === 'warning')).toBe(true);
    expect(r.written).toBe(true);
  });

  it('never names a personal value in what it reports', () => {
    const r = run(withLine(50, swap('石原　誠', concatBytes(sjis('石原'), new Uint8Array([0xf0, 0x40]), sjis('誠')))));
    const text = JSON.stringify(r.diagnostics);
    expect(text).not.toContain('石原');
    expect(text).not.toContain('19581120');
  });

  it('says written: false when there is nothing to write', () => {
    const empty = resubmit({ returns: [], billingMonth: BILLING_MONTH, facility: FACILITY });
    expect(empty.outputs).toHaveLength(0);
    expect(empty.written).toBe(false);
    const payer3 = run(withLine(1, swap('HI,1,', sjis('HI,3,'))));
    expect(payer3.outputs).toHaveLength(0);
    expect(payer3.written).toBe(false);
  });

  describe('refuses a return whose receipts may be missing (unless forced)', () => {
    const lines = HEN.length;
    const cut = (() => {
      const t = scanLines(HEN);
      return HEN.subarray(0, t.start[40]!); // in the middle of receipt 2's history block
    })();
    const noHg = (() => {
      const t = scanLines(HEN);
      return concatBytes(HEN.subarray(0, t.start[72]!), new Uint8Array([0x1a]));
    })();
    const twoHi = (() => {
      const t = scanLines(HEN);
      return concatBytes(HEN.subarray(0, t.start[49]!), HEN.subarray(0, t.end[0]! + 2), HEN.subarray(t.start[49]!));
    })();
    it.each([
      ['cut short', cut],
      ['without HG', noHg],
      ['with a second HI', twoHi],
    ])('%s', (_n, bytes) => {
      expect(bytes.length).not.toBe(lines);
      const r = run(bytes);
      expect(r.written).toBe(false);
      expect(r.outputs.every((o) => o.bytes === undefined)).toBe(true);
      const d = r.diagnostics.find((x) => x.code === 'resubmit/return-incomplete');
      expect(d?.severity).toBe('error');
      const forced = run(bytes, { force: true });
      expect(forced.diagnostics.some((x) => x.code === 'resubmit/return-incomplete')).toBe(true);
      expect(forced.outputs.every((o) => o.bytes !== undefined)).toBe(true);
    });
  });
});

describe('random field mutations of a valid HEN never give a written-but-invalid output', () => {
  // One claim-data field of one receipt replaced by random bytes (as the 250 returns were).
  it('250 mutated returns', async () => {
    const fc = (await import('fast-check')).default;
    const claimLines: number[] = [];
    const f = parse(HEN, { fileName: 'RECEIPTC.HEN' });
    for (const r of f.receipts) for (let i = r.start; i < r.claimEnd; i++) claimLines.push(i + 1);
    const value = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      fc.array(fc.constantFrom([0x00], [0x09], [0x7f], [0x0d], [0x1a], [0x81, 0x7f], [0xff], [0xf0, 0x40], [0x87, 0x40], [0x82, 0xa0], [0x31], [0x2c]), { maxLength: 4 }).map((a) => new Uint8Array(a.flat())),
    );
    let written = 0;
    fc.assert(
      fc.property(fc.constantFrom(...claimLines), fc.nat(60), value, (line, field, v) => {
        const mutated = withLine(line, (l) => {
          const parts: Uint8Array[] = [];
          let s = 0;
          let k = 0;
          for (let i = 0; i <= l.length; i++) {
            if (i === l.length || l[i] === 0x2c) {
              parts.push(k === field % (countCommas(l) + 1) && k > 0 ? v : l.subarray(s, i));
              if (i < l.length) parts.push(new Uint8Array([0x2c]));
              s = i + 1;
              k++;
            }
          }
          return concatBytes(...parts);
        });
        const r = run(mutated);
        if (r.written) written++;
        expectNothingInvalidWritten(r);
      }),
      { numRuns: 250, seed: 8 },
    );
    expect(written).toBeGreaterThan(0); // some mutations are harmless and are written
  });
});

function countCommas(b: Uint8Array): number {
  let n = 0;
  for (const x of b) if (x === 0x2c) n++;
  return n;
}
