/**
 * The optimised line layer (one-pass scanLines, run-copying writeLines) against naive references,
 * on tables that mix original lines, reordered lines and new bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLines, Eol, lineBytes, scanLines, writeLines, type LineSource, type LineTable } from '../../src/codec/lines.js';

function naiveWrite(t: LineTable): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < t.count; i++) {
    out.push(...lineBytes(t, i));
    if (t.eol[i] === Eol.CRLF) out.push(0x0d, 0x0a);
    else if (t.eol[i] === Eol.LF) out.push(0x0a);
  }
  if (t.eof) out.push(0x1a);
  return new Uint8Array(out);
}

const bytesArb = fc.array(fc.constantFrom(0x41, 0x2c, 0x0d, 0x0a, 0x1a, 0x82), { maxLength: 200 }).map((a) => new Uint8Array(a));

describe('line layer', () => {
  it('scanLines + writeLines round-trip any bytes, also past the initial capacity guess', () => {
    fc.assert(
      fc.property(bytesArb, (b) => {
        expect(writeLines(scanLines(b))).toEqual(b);
      }),
      { numRuns: 2000 },
    );
    const many = new Uint8Array(4000).fill(0x0a);
    expect(scanLines(many).count).toBe(4000);
    expect(writeLines(scanLines(many))).toEqual(many);
  });

  it('writeLines = the naive writer on edited tables', () => {
    const arb = fc.tuple(
      bytesArb,
      fc.array(fc.oneof(fc.nat({ max: 50 }).map((i) => ({ ref: i })), fc.record({ bytes: fc.uint8Array({ maxLength: 5 }), eol: fc.constantFrom(Eol.None, Eol.LF, Eol.CRLF) })), { maxLength: 30 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(arb, ([b, ops, eof]) => {
        const t = scanLines(b);
        const src: LineSource[] = [];
        for (const o of ops) {
          if ('ref' in o) {
            if (t.count > 0) src.push({ table: t, index: o.ref % t.count });
          } else src.push(o);
        }
        const u = buildLines(src, eof);
        expect(writeLines(u)).toEqual(naiveWrite(u));
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
