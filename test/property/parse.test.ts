/**
 * The central invariants: parse never throws, serialize(parse(bytes)) is byte-identical for any
 * input, and records generated from the tables come back field for field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeSjis } from '../../src/codec/sjis.js';
import { parse } from '../../src/model/parse.js';
import { serialize } from '../../src/model/serialize.js';
import { CLAIM_RECORD_IDS, RECORDS, RETURN_RECORD_IDS, type RecordId } from '../../src/spec/registry.js';
import { prefixArbitrary, recordArbitrary } from '../../src/testing/arbitraries.js';
import { bytesEqual, readBytes, SAMPLE_UKE, FIXTURES } from '../helpers/files.js';
import { join } from 'node:path';
import { messageOf } from '../../src/diagnostics/index.js';

const ALL_IDS = [...CLAIM_RECORD_IDS, ...RETURN_RECORD_IDS] as RecordId[];

describe('parse on arbitrary bytes', () => {
  it('never throws and round-trips byte for byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (b) => {
        const f = parse(b);
        return bytesEqual(serialize(f), b);
      }),
      { numRuns: 1500 },
    );
  });

  it('round-trips record-like byte soup (commas, digits, ids, CR/LF/EOF, Shift_JIS lead bytes)', () => {
    const tokens = fc.constantFrom('RE', 'HR', 'IR', 'HI', 'GO', 'HG', 'SI', '8', '12', ',', ',', '1', '\r\n', '\n', '\r', '\x1a', '\x82', '\xa0', '\x87\x40', '\x00', ' ');
    const arb = fc.array(tokens, { maxLength: 120 }).map((a) => new Uint8Array([...a.join('')].map((c) => c.charCodeAt(0))));
    fc.assert(fc.property(arb, (b) => bytesEqual(serialize(parse(b)), b)), { numRuns: 3000 });
  });

  it('round-trips mutated real files (bytes flipped, cut, duplicated)', () => {
    const base = readBytes(join(FIXTURES, 'RECEIPTC.SAH'));
    const arb = fc.record({
      at: fc.nat({ max: base.length - 1 }),
      byte: fc.integer({ min: 0, max: 255 }),
      cut: fc.nat({ max: base.length }),
      op: fc.constantFrom('flip', 'cut', 'dup'),
    });
    fc.assert(
      fc.property(arb, ({ at, byte, cut, op }) => {
        let b: Uint8Array;
        if (op === 'flip') (b = base.slice()), (b[at] = byte);
        else if (op === 'cut') b = base.slice(0, cut);
        else b = new Uint8Array([...base.subarray(0, at), ...base.subarray(at)]);
        const f = parse(b);
        return bytesEqual(serialize(f), b) && f.diagnostics.every((d) => messageOf(d).length > 0 && messageOf(d, 'en').length > 0 && !messageOf(d).startsWith(d.code));
      }),
      { numRuns: 300 },
    );
  });
});

describe('records generated from the tables', () => {
  for (const id of ALL_IDS) {
    it(`${id}: serialize → parse gives the same fields`, () => {
      const def = RECORDS[id];
      const withPrefix = def.family === 'history';
      const arb = withPrefix ? fc.tuple(recordArbitrary(fc, id), prefixArbitrary(fc)) : fc.tuple(recordArbitrary(fc, id), fc.constant(undefined));
      fc.assert(
        fc.property(arb, ([vals, prefix]) => {
          const enc = encodeSjis([...(prefix ?? []), ...vals].join(','));
          expect(enc.ok).toBe(true);
          if (!enc.ok) return;
          const bytes = new Uint8Array([...enc.bytes, 0x0d, 0x0a]);
          const f = parse(bytes);
          const rec = [...f.lead, ...f.tail, ...f.receipts.flatMap((r) => r.records)][0]!;
          expect(rec.id).toBe(id);
          expect(rec.prefixed).toBe(prefix !== undefined);
          expect(rec.values()).toEqual(vals);
          for (let i = 0; i < def.fields.length; i++) expect(rec.get(def.fields[i]!.key as never)).toBe(vals[i]);
          expect(bytesEqual(serialize(f), bytes)).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('the receiptisan sample', () => {
  it('round-trips byte for byte', () => {
    const b = readBytes(SAMPLE_UKE);
    expect(bytesEqual(serialize(parse(b)), b)).toBe(true);
  });
});
