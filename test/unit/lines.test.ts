/** The line layer is the lossless backbone: every byte string must come back unchanged. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLines, Eol, lineBytes, scanLines, writeLines } from '../../src/codec/lines.js';
import { bytesEqual } from '../helpers/files.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('scanLines', () => {
  it('splits CRLF lines and notes the EOF byte', () => {
    const t = scanLines(enc('IR,1\r\nGO,2\r\n\x1a'));
    expect(t.count).toBe(2);
    expect(t.eof).toBe(true);
    expect([...t.eol]).toEqual([Eol.CRLF, Eol.CRLF]);
    expect(new TextDecoder().decode(lineBytes(t, 1))).toBe('GO,2');
  });

  it('tolerates LF-only, a last line without a line end, and no EOF', () => {
    const t = scanLines(enc('A\nB\r\nC'));
    expect(t.count).toBe(3);
    expect([...t.eol]).toEqual([Eol.LF, Eol.CRLF, Eol.None]);
    expect(t.eof).toBe(false);
  });

  it('keeps EOF directly after content (no final line end)', () => {
    const t = scanLines(enc('GO,1\x1a'));
    expect(t.count).toBe(1);
    expect(t.eol[0]).toBe(Eol.None);
    expect(t.eof).toBe(true);
    expect(new TextDecoder().decode(lineBytes(t, 0))).toBe('GO,1');
  });

  it('treats a lone CR as line content', () => {
    const t = scanLines(enc('A\rB\r\n'));
    expect(t.count).toBe(1);
    expect(new TextDecoder().decode(lineBytes(t, 0))).toBe('A\rB');
  });

  it('an empty input has no lines', () => {
    const t = scanLines(new Uint8Array(0));
    expect(t.count).toBe(0);
    expect(writeLines(t).length).toBe(0);
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => bytesEqual(writeLines(scanLines(b)), b)),
      { numRuns: 2000 },
    );
  });

  it('round-trips bytes rich in line-end and EOF bytes', () => {
    const arb = fc.array(fc.constantFrom(0x0d, 0x0a, 0x1a, 0x41, 0x2c, 0x82), { maxLength: 60 }).map((a) => new Uint8Array(a));
    fc.assert(fc.property(arb, (b) => bytesEqual(writeLines(scanLines(b)), b)), { numRuns: 3000 });
  });
});

describe('buildLines', () => {
  it('mixes existing lines with new ones, without copying the existing ones', () => {
    const t = scanLines(enc('A\r\nB\r\nC\r\n\x1a'));
    const n = buildLines([{ table: t, index: 0 }, { bytes: enc('X'), eol: Eol.CRLF }, { table: t, index: 2 }], true);
    expect(new TextDecoder().decode(writeLines(n))).toBe('A\r\nX\r\nC\r\n\x1a');
    expect(n.buffers[n.buf[0]!]).toBe(t.buffers[0]);
  });

  it('rebuilding every line of a table reproduces its bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const t = scanLines(b);
        const n = buildLines(Array.from({ length: t.count }, (_, index) => ({ table: t, index })), t.eof);
        return bytesEqual(writeLines(n), b);
      }),
    );
  });
});
