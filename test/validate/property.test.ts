/** validate() never throws: arbitrary bytes, and valid files with random damage. */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';
import { PRESET_IDS } from '../../src/validate/types.js';
import { FIXTURES, readBytes, SAMPLE_UKE, sjisFile } from '../helpers/files.js';
import { claimFile, reclaimFile, returnFile } from './build.js';
import { messageOf } from '../../src/diagnostics/index.js';

function check(bytes: Uint8Array, preset?: (typeof PRESET_IDS)[number], fileName?: string): boolean {
  const file = parse(bytes, { fileName });
  const d = validate(file, { preset });
  for (const x of d) {
    if (typeof x.code !== 'string' || typeof messageOf(x, 'en') !== 'string') return false;
    if (x.line !== undefined && (x.line < 1 || x.line > file.table.count + 1)) return false;
    if (x.offset !== undefined && (x.offset < 0 || x.offset > bytes.length)) return false;
  }
  return true;
}

const BASES: readonly Uint8Array[] = [
  sjisFile(claimFile()),
  sjisFile(reclaimFile()),
  sjisFile(returnFile()),
  readBytes(join(FIXTURES, 'RECEIPTC.HEN')),
  readBytes(join(FIXTURES, 'RECEIPTC.SAH')),
  readBytes(SAMPLE_UKE).subarray(0, 6000),
];

/** One edit: overwrite, insert or delete bytes, biased towards the bytes that matter (commas, line ends, digits, lead bytes). */
const edit = fc.record({
  kind: fc.constantFrom('set', 'insert', 'delete'),
  at: fc.nat(),
  bytes: fc.array(fc.oneof(fc.constantFrom(0x2c, 0x0d, 0x0a, 0x1a, 0x30, 0x39, 0x20, 0x82, 0x87, 0xf0, 0x00, 0x38), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
});

function apply(base: Uint8Array, edits: { kind: string; at: number; bytes: number[] }[]): Uint8Array {
  let b = Array.from(base);
  for (const e of edits) {
    const at = b.length === 0 ? 0 : e.at % (b.length + 1);
    if (e.kind === 'set') for (let i = 0; i < e.bytes.length && at + i < b.length; i++) b[at + i] = e.bytes[i]!;
    else if (e.kind === 'insert') b = [...b.slice(0, at), ...e.bytes, ...b.slice(at)];
    else b = [...b.slice(0, at), ...b.slice(at + e.bytes.length)];
  }
  return new Uint8Array(b);
}

describe('validate never throws', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 800 }), fc.constantFrom(undefined, ...PRESET_IDS), (b, preset) => check(b, preset)),
      { numRuns: 1000 },
    );
  });

  it('on record-like byte soup', () => {
    const tokens = fc.constantFrom('IR,', 'RE,', 'HO,', 'KO,', 'SY,', 'SI,', 'HR,', 'HI,', 'GO,', 'HG,', 'RC,', 'MN,', '8,1,0,', '1,', ',', ',,,', '1', '0000999', '20241001', '202410', '1112', '\r\n', '\n', '\x1a', '\x82\xa0', '\x87\x40', '\xf0\x40', ' ', '.');
    const arb = fc.array(tokens, { maxLength: 200 }).map((a) => new Uint8Array([...a.join('')].map((c) => c.charCodeAt(0))));
    fc.assert(
      fc.property(arb, fc.constantFrom(undefined, ...PRESET_IDS), fc.constantFrom(undefined, 'RECEIPTC.HEN', 'RECEIPTC.SAH'), (b, preset, name) => check(b, preset, name)),
      { numRuns: 1000 },
    );
  });

  it('on mutated valid files', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom(undefined, ...PRESET_IDS), (base, edits, preset) =>
        check(apply(base, edits), preset),
      ),
      { numRuns: 600 },
    );
  });

  it('the base files stay clean', () => {
    expect(validate(parse(BASES[0]!))).toEqual([]);
  });
});
