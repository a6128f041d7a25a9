/** The Shift_JIS codec: tolerant on read, strict on write, byte lengths in Shift_JIS. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyPair, decodeSjis, encodeSjis, isCleanSjis, PairClass, scanSjis, sjisByteLength, wordsOf } from '../../src/codec/sjis.js';
import { ALNUM_POOL, KANJI_POOL } from '../../src/testing/arbitraries.js';

/** Every JIS X 0208 character, found by classifying every byte pair. */
const JIS0208: string[] = [];
for (let lead = 0x81; lead <= 0xfc; lead++)
  for (let trail = 0x40; trail <= 0xfc; trail++)
    if (classifyPair(lead, trail) === PairClass.Jis0208) JIS0208.push(decodeSjis(new Uint8Array([lead, trail])));

describe('pair classification', () => {
  it('JIS X 0208 has the 6879 characters of the 1983/1990 table', () => {
    // 6879 = 524 non-kanji + 2965 level 1 + 3390 level 2 (JIS X 0208:1990).
    expect(JIS0208.length).toBe(6879);
  });
  it('classifies NEC special, IBM extension and user-defined codes apart from JIS X 0208', () => {
    expect(classifyPair(0x87, 0x40)).toBe(PairClass.Cp932Ext); // ①
    expect(classifyPair(0xfa, 0x40)).toBe(PairClass.Cp932Ext); // ⅰ
    expect(classifyPair(0xed, 0x40)).toBe(PairClass.Cp932Ext); // 纊
    expect(classifyPair(0xf0, 0x40)).toBe(PairClass.UserDefined);
    expect(classifyPair(0x88, 0x9f)).toBe(PairClass.Jis0208); // 亜
    expect(classifyPair(0x81, 0xad)).toBe(PairClass.Invalid); // unassigned cell in row 2
  });
});

describe('encodeSjis', () => {
  it('round-trips every JIS X 0208 and JIS X 0201 string strictly', () => {
    const ch = fc.oneof(fc.constantFrom(...JIS0208), fc.constantFrom(...ALNUM_POOL), fc.constant(','));
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 50 }).map((a) => a.join('')), (s) => {
        const r = encodeSjis(s);
        return r.ok && decodeSjis(r.bytes) === s && r.bytes.length === sjisByteLength(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses CP932-only characters in strict mode, naming the character', () => {
    for (const c of ['①', '㈱', '髙', '﨑', 'ⅰ']) {
      const r = encodeSjis(`山田${c}`);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.failure.char).toBe(c);
        expect(r.failure.index).toBe(2);
        expect(r.failure.codePoint).toMatch(/^U\+[0-9A-F]{4}$/);
      }
    }
  });

  it('encodes CP932 extensions in lenient mode', () => {
    const r = encodeSjis('①', 'lenient');
    expect(r.ok && [...r.bytes]).toEqual([0x87, 0x40]);
  });

  it('never substitutes: characters outside Shift_JIS fail in both modes', () => {
    for (const c of ['😀', '€', 'ß', '한']) {
      expect(encodeSjis(c).ok).toBe(false);
      expect(encodeSjis(c, 'lenient').ok).toBe(false);
    }
  });

  it('refuses control characters strictly', () => {
    expect(encodeSjis('A\u0000B').ok).toBe(false);
    expect(encodeSjis('A\tB').ok).toBe(false);
  });

  it('encodes half-width katakana as single bytes', () => {
    const r = encodeSjis('ｱｲｳ');
    expect(r.ok && [...r.bytes]).toEqual([0xb1, 0xb2, 0xb3]);
  });
});

describe('decodeSjis and scanSjis', () => {
  it('never throws and reports every non-JIS byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        decodeSjis(b);
        const f = scanSjis(b, 0, b.length, 1000);
        return f.every((x) => x.offset >= 0 && x.offset < b.length);
      }),
    );
  });
  it('finds an invalid trail byte and a CP932 extension with their offsets', () => {
    const b = new Uint8Array([0x41, 0x88, 0x20, 0x87, 0x40, 0x0d]);
    expect(scanSjis(b, 0, b.length)).toEqual([
      { offset: 1, length: 1, kind: 'invalid' },
      { offset: 3, length: 2, kind: 'cp932-extension' },
      { offset: 5, length: 1, kind: 'control' },
    ]);
  });
  it('a string of pool characters decodes to itself', () => {
    const s = KANJI_POOL.join('');
    const r = encodeSjis(s);
    expect(r.ok && decodeSjis(r.bytes)).toBe(s);
  });
});

describe('isCleanSjis (the byte layer fast path)', () => {
  // Bytes that exercise every class: printable ASCII, controls, kana, JIS X 0208, NEC / IBM
  // extensions, user-defined, invalid leads and trails, and pairs cut at the end.
  const byte = fc.oneof(
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.constantFrom(0x81, 0x82, 0x87, 0x88, 0x9f, 0xe0, 0xea, 0xed, 0xf0, 0xfa, 0xfc, 0x40, 0x7f, 0x9e, 0xfc, 0xa1, 0xdf, 0x80, 0xa0, 0xfd),
  );
  it('accepts a range exactly when scanSjis finds nothing in it, at any start and end', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }).chain((a) => fc.tuple(fc.constant(a), fc.nat(a.length), fc.nat(a.length))), fc.array(byte, { maxLength: 40 }), ([a, x, y], extra) => {
        const b = new Uint8Array([...a, ...extra]);
        const s = Math.min(x, y);
        const e = Math.max(x, y) + extra.length;
        expect(isCleanSjis(b, s, e)).toBe(scanSjis(b, s, e).length === 0);
      }),
      { numRuns: 3000 },
    );
  });
  // Long runs of printable ASCII (the four-bytes-at-a-time path), broken by any byte, in a buffer that sits at
  // any offset of its ArrayBuffer (aligned: the word view; not: undefined).
  const run = fc.oneof(fc.array(fc.integer({ min: 0x20, max: 0x7e }), { minLength: 4, maxLength: 24 }), fc.array(byte, { maxLength: 3 }), fc.constant([0x7f]), fc.constant([0x1f]), fc.constant([0x20, 0x7e, 0x80, 0x20]));
  it('with its word view: the same answer as byte by byte, at any start, end and buffer offset', () => {
    fc.assert(
      fc.property(fc.array(run, { maxLength: 12 }).map((r) => r.flat()), fc.nat(7), fc.nat(), fc.nat(), (content, shift, x, y) => {
        const backing = new Uint8Array(content.length + shift);
        backing.set(content, shift);
        const b = backing.subarray(shift);
        const s = content.length ? x % (content.length + 1) : 0;
        const e = Math.max(s, content.length ? y % (content.length + 1) : 0);
        const words = wordsOf(b);
        expect(words === undefined).toBe(shift % 4 !== 0);
        expect(isCleanSjis(b, s, e, words)).toBe(isCleanSjis(b, s, e));
        expect(isCleanSjis(b, s, e, words)).toBe(scanSjis(b, s, e).length === 0);
      }),
      { numRuns: 5000 },
    );
  });
  it('accepts every JIS X 0208 character and rejects a pair cut by the end', () => {
    const all = encodeSjis(JIS0208.join(''));
    expect(all.ok).toBe(true);
    if (!all.ok) return;
    expect(isCleanSjis(all.bytes, 0, all.bytes.length)).toBe(true);
    expect(isCleanSjis(all.bytes, 0, 1)).toBe(false);
  });
});

describe('isCleanSjis and the strict round trip', () => {
  it('every JIS X 0208 pair decodes to a character that strictly encodes back to that pair', () => {
    for (let lead = 0x81; lead <= 0xfc; lead++)
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (classifyPair(lead, trail) !== PairClass.Jis0208) continue;
        const r = encodeSjis(decodeSjis(new Uint8Array([lead, trail])));
        expect(r.ok && r.bytes[0] === lead && r.bytes[1] === trail).toBe(true);
      }
  });
  it('a line is clean exactly when strict re-encoding of its text gives its bytes back (what the JSON form needs)', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0x20, max: 0x7e }), fc.constantFrom(0x81, 0x82, 0x87, 0x88, 0xed, 0xf0, 0xfa, 0x40, 0x7f, 0xa1, 0x80, 0xa0, 0xfd));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 30 }), (a) => {
        const b = new Uint8Array(a);
        const r = encodeSjis(decodeSjis(b), 'strict');
        const same = r.ok && r.bytes.length === b.length && r.bytes.every((x, i) => x === b[i]);
        expect(isCleanSjis(b, 0, b.length)).toBe(same);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('decodeSjis of control bytes', () => {
  it('decodes every single byte below 0x80 to itself, alone or inside a longer range with double-byte characters', () => {
    for (let c = 0; c < 0x80; c++) {
      expect(decodeSjis(new Uint8Array([c]))).toBe(String.fromCharCode(c));
      // 0x88 0x9F (亜) sends the range through the runtime's decoder.
      expect(decodeSjis(new Uint8Array([0x88, 0x9f, c, 0x41]))).toBe('亜' + String.fromCharCode(c) + 'A');
    }
  });
});

describe('the pair tables', () => {
  it('classify every pair as decoding it alone does (the tables are built from one decode of all pairs)', () => {
    const dec = new TextDecoder('shift_jis');
    for (let lead = 0x81; lead <= 0xfc; lead++)
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f || (lead > 0x9f && lead < 0xe0)) continue;
        const s = dec.decode(new Uint8Array([lead, trail]));
        const valid = s.length === 1 && s !== '\ufffd';
        expect(classifyPair(lead, trail) !== PairClass.Invalid, `${lead.toString(16)} ${trail.toString(16)}`).toBe(valid);
        if (valid) expect(decodeSjis(new Uint8Array([lead, trail]))).toBe(s);
      }
  });
});
