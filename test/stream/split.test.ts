/**
 * The streaming core's contract: for any bytes cut at any boundaries, the events describe exactly
 * what `parse()` finds in the whole file (parts, global positions, kind, diagnostics), and writing
 * them back gives the input byte for byte.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeSjis } from '../../src/codec/sjis.js';
import { identifyLine, lineCode } from '../../src/model/record.js';
import { parse } from '../../src/model/parse.js';
import { bytesEqual, FIXTURES, readBytes, SAMPLE_UKE, sjisFile } from '../helpers/files.js';
import { cut, events, expectSameAsModel, write } from './helpers.js';
import { createReceiptSplitter } from '../../src/stream/splitter.js';
import { identifyLineV0, parseV0 } from './reference.js';

const HEN = readBytes(join(FIXTURES, 'RECEIPTC.HEN'));
const SAH = readBytes(join(FIXTURES, 'RECEIPTC.SAH'));
const UKE = readBytes(SAMPLE_UKE);
const REAL = [HEN, SAH, UKE];

const cuts = (max: number) => fc.array(fc.nat({ max }), { maxLength: 12 });
/** Bytes that exercise every branch: ids, history prefixes, line ends, EOF, Shift_JIS and UTF-8 bytes, BOM. */
const soup = fc
  .array(
    fc.constantFrom('RE', 'HR', 'IR', 'HI', 'GO', 'HG', 'SI', 'MD', 'XX', '8', '12', '1', ',', ',', ',', '\r\n', '\r\n', '\n', '\r', '\x1a', '\x82\xa0', '\x87\x40', '\xf0\x40', '\xa0', '\xe3\x81\x82', '\xef\xbb\xbf', '\x00', ' ', '4', '2'),
    { maxLength: 150 },
  )
  .map((a) => new Uint8Array([...a.join('')].map((c) => c.charCodeAt(0))));

function check(bytes: Uint8Array, at: readonly number[], options = {}): boolean {
  const chunks = cut(bytes, at);
  const evs = events(chunks, options);
  const f = parse(bytes, options);
  expectSameAsModel(evs, f);
  expect(bytesEqual(write(evs, 1024 + (at[0] ?? 0)), bytes)).toBe(true);
  return true;
}

describe('stream = whole file', () => {
  it('real files, cut anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL), cuts(40_000), (b, at) => check(b, at)),
      { numRuns: 200 },
    );
  });

  it('real files, one byte at a time', () => {
    for (const b of [HEN, SAH]) check(b, Array.from({ length: b.length }, (_, i) => i));
  });

  it('real files mutated (bytes flipped, cut short, lines doubled), cut anywhere', () => {
    const arb = fc.record({
      file: fc.constantFrom(HEN, SAH),
      at: fc.nat({ max: 6000 }),
      byte: fc.constantFrom(0x0a, 0x0d, 0x1a, 0x2c, 0x38, 0x52, 0x45, 0x48, 0x47, 0x4f, 0x82, 0xef, 0x00),
      op: fc.constantFrom('flip', 'cut', 'dup'),
      cuts: cuts(7000),
    });
    fc.assert(
      fc.property(arb, ({ file, at, byte, op, cuts }) => {
        let b: Uint8Array;
        const i = at % file.length;
        if (op === 'flip') (b = file.slice()), (b[i] = byte);
        else if (op === 'cut') b = file.slice(0, i);
        else b = new Uint8Array([...file.subarray(0, i), ...file.subarray(i)]);
        return check(b, cuts);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes, cut anywhere', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), cuts(400), (b, at) => check(b, at)), { numRuns: 1000 });
  });

  it('record-like byte soup, cut anywhere, with small parts and options', () => {
    const opts = fc.record({ maxPartBytes: fc.constantFrom(1, 16, 1 << 20), maxFindingsPerKind: fc.constantFrom(1, 3, 100), copy: fc.boolean(), locale: fc.constantFrom('ja' as const, 'en' as const) });
    fc.assert(fc.property(soup, cuts(300), opts, (b, at, o) => check(b, at, o)), { numRuns: 1500 });
  });

  it('UTF-8 files are recognised whatever the chunking (the verdict needs the whole file)', () => {
    const text = new TextEncoder().encode('IR,1,13,1,0512347,,さくら台,202412,00,\r\nRE,1,1112,202411,山田　太郎,1\r\nGO,1,100,99\r\n');
    fc.assert(fc.property(cuts(text.length), (at) => check(text, at)), { numRuns: 100 });
    expect(parse(text).diagnostics.some((d) => d.code === 'encoding/utf8')).toBe(true);
  });

  it('the file kind comes from the whole stream (HR late in the file, file name hint)', () => {
    const b = sjisFile(['RE,1', 'SI,1', 'RE,2', 'HR,202412,5,,S1,理由,,,,1', 'GO,1,1,99']);
    const evs = events([b]);
    expect(evs.at(-1)).toMatchObject({ type: 'end', kind: 'SAH' });
    expect(events([sjisFile(['X'])], { fileName: 'a.sah' }).at(-1)).toMatchObject({ kind: 'SAH' });
  });

  it('edge inputs', () => {
    for (const s of ['', '\x1a', '\n', '\r\n', 'RE', 'RE\x1a', 'RE\r', 'RE\r\x1a', '\r\n\x1a', 'GO\nRE\n', 'RE\nRE\n\x1a\x1a', '1,2,3,RE\nRE,1']) {
      const b = new Uint8Array([...s].map((c) => c.charCodeAt(0)));
      for (let k = 0; k <= b.length; k++) check(b, [k]);
    }
  });
});

describe('lead and tail are emitted in bounded parts', () => {
  it('a long tail comes in several parts and still round-trips', () => {
    const lines = ['IR,1', 'RE,1', 'GO,1', ...Array.from({ length: 500 }, (_, i) => `XX,${i}`)];
    const b = sjisFile(lines);
    const evs = events(cut(b, [100, 1000]), { maxPartBytes: 256 });
    expect(evs.filter((e) => e.type === 'tail').length).toBeGreaterThan(5);
    expect(bytesEqual(write(evs), b)).toBe(true);
  });
});

describe('the hot-path identification agrees with the original one', () => {
  it('lineCode / identifyLine = the original identifyLine on any bytes', () => {
    fc.assert(
      fc.property(soup, (b) => {
        const v0 = identifyLineV0(b, 0, b.length);
        expect(identifyLine(b, 0, b.length)).toEqual(v0);
        const c = lineCode(b, 0, b.length);
        expect(c & 0xffff ? String.fromCharCode((c >> 8) & 0xff, c & 0xff) : '').toBe(v0.id);
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parse() reports what it reported before the shared checkers', () => {
  // The reference predates claim kinds: it is the 医科 reader. A file whose kind cannot be told gets
  // one kind/unknown instead of the structure findings (it has no expected structure), and keeps
  // every byte-level finding.
  const same = (b: Uint8Array, o = {}) => {
    const a = parse(b, o);
    if (a.claimKind !== 'ika' && a.claimKind !== 'unknown') return true;
    const v0 = parseV0(b, o);
    expect(a.kind).toBe(v0.kind);
    const unknown = a.diagnostics.filter((d) => d.code === 'kind/unknown');
    const content = Array.from({ length: a.table.count }, (_, i) => a.table.end[i]! > a.table.start[i]!).some(Boolean);
    expect(unknown.length).toBe(a.claimKind === 'unknown' && content ? 1 : 0);
    const v0d = a.claimKind === 'unknown' ? v0.diagnostics.filter((d) => !d.code.startsWith('structure/')) : v0.diagnostics;
    expect(a.diagnostics.filter((d) => d.code !== 'kind/unknown')).toEqual(v0d);
    return true;
  };
  it('on real, arbitrary and record-like inputs', () => {
    for (const b of REAL) same(b);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 500 }), (b) => same(b)), { numRuns: 1000 });
    fc.assert(fc.property(soup, fc.constantFrom(1, 2, 100), (b, m) => same(b, { maxFindingsPerKind: m })), { numRuns: 2000 });
    const utf8 = new TextEncoder().encode('IR,1,さくら\r\nRE,1,\x82\xa0,あ\r\n');
    same(utf8);
    const enc = encodeSjis('RE,1,山田\r\n', 'lenient');
    if (enc.ok) same(enc.bytes);
  });
});

describe('copy mode keeps no reference to the chunks', () => {
  it('a producer may reuse one read buffer', () => {
    fc.assert(
      fc.property(fc.constantFrom(HEN, SAH, UKE), fc.integer({ min: 1, max: 5000 }), (file, size) => {
        const buf = new Uint8Array(size);
        const evs: import('../../src/stream/splitter.js').StreamEvent[] = [];
        const s = createReceiptSplitter((e) => evs.push(e));
        for (let o = 0; o < file.length; o += size) {
          const n = Math.min(size, file.length - o);
          buf.set(file.subarray(o, o + n));
          s.write(buf.subarray(0, n));
          buf.fill(0x58); // scribble over it
        }
        s.end();
        expectSameAsModel(evs, parse(file));
        return bytesEqual(write(evs), file);
      }),
      { numRuns: 100 },
    );
  });
});
