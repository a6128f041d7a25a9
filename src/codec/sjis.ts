/**
 * Shift_JIS at the byte level: classification of byte pairs, tolerant decoding, strict encoding.
 *
 * Browser-safe: uses only `TextDecoder('shift_jis')` (WHATWG, which decodes the CP932 superset) and
 * typed arrays. The encoder's table is built once, lazily, by decoding every double-byte code.
 *
 * The 記録条件仕様 allows JIS X 0201 (ASCII + half-width katakana) in single bytes and JIS X 0208
 * (附属書1 shift encoding) in byte pairs. CP932 adds NEC special characters (lead 0x87), NEC-selected
 * IBM extensions (0xED, 0xEE), IBM extensions (0xFA–0xFC) and a user-defined area (0xF0–0xF9);
 * those decode (a reader must not lose them) but are not JIS X 0208.
 */

/** Classification of a double-byte code (lead << 8 | trail). */
export const enum PairClass {
  Invalid = 0,
  /** JIS X 0208 (the only double-byte characters a 漢字 field may hold). */
  Jis0208 = 1,
  /** Decodes under CP932 but is outside JIS X 0208 (NEC/IBM extensions). */
  Cp932Ext = 2,
  /** CP932 user-defined area (0xF040–0xF9FC), decodes to the Private Use Area. */
  UserDefined = 3,
}

/**
 * Lead bytes of JIS X 0208 rows in Shift_JIS: rows 1–8 (0x81–0x84) and the kanji rows 16–84
 * (0x88–0x9F, 0xE0–0xEA). CP932 places its NEC row 13 at 0x87, which is excluded here.
 */
function isJis0208Lead(lead: number): boolean {
  return (lead >= 0x81 && lead <= 0x84) || (lead >= 0x88 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xea);
}

/** True for a byte that starts a double-byte character in Shift_JIS / CP932. */
export function isLeadByte(b: number): boolean {
  return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
}

/** True for a byte that may follow a lead byte. */
export function isTrailByte(b: number): boolean {
  return b >= 0x40 && b <= 0xfc && b !== 0x7f;
}

let decoder: TextDecoder | undefined;
function sjisDecoder(): TextDecoder {
  decoder ??= new TextDecoder('shift_jis');
  return decoder;
}

let pairTable: Uint8Array | undefined;
let pairCodePoints: Uint16Array | undefined;
let encodeTable: Map<number, number> | undefined;
let encodeTableLenient: Map<number, number> | undefined;

function buildTables(): void {
  const table = new Uint8Array(0x10000);
  const cps = new Uint16Array(0x10000);
  const strict = new Map<number, number>();
  const lenient = new Map<number, number>();
  // Every pair of a lead byte, decoded at once: each pair followed by a line feed, which no pair can
  // take as its trail byte, so the decoder's output splits back into one piece per pair (one call,
  // not 11,000: about 40 ms less at every start).
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (!isLeadByte(lead)) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) codes.push((lead << 8) | trail);
  }
  const all = new Uint8Array(codes.length * 3);
  codes.forEach((c, i) => {
    all[i * 3] = c >> 8;
    all[i * 3 + 1] = c & 0xff;
    all[i * 3 + 2] = 0x0a;
  });
  const pieces = sjisDecoder().decode(all).split('\n');
  for (let i = 0; i < codes.length; i++) {
    const s = pieces[i]!;
    if (s.length !== 1 || s === '\ufffd') continue;
    const code = codes[i]!;
    const lead = code >> 8;
    const cp = s.charCodeAt(0);
    let cls: PairClass;
    if (lead >= 0xf0 && lead <= 0xf9) cls = PairClass.UserDefined;
    else if (isJis0208Lead(lead)) cls = PairClass.Jis0208;
    else cls = PairClass.Cp932Ext;
    table[code] = cls;
    cps[code] = cp;
    if (cls === PairClass.Jis0208 && !strict.has(cp)) strict.set(cp, code);
    // CP932 maps some characters twice (NEC and IBM rows): keep the first, the NEC/JIS one,
    // which is what Windows itself writes.
    if (!lenient.has(cp)) lenient.set(cp, code);
  }
  pairTable = table;
  pairCodePoints = cps;
  encodeTable = strict;
  encodeTableLenient = lenient;
}

/**
 * The character each double-byte code decodes to (UTF-16 code unit, all in the BMP), indexed by
 * `lead << 8 | trail`; 0 where nothing decodes. For converters that skip the decoder.
 */
export function sjisCodePoints(): Uint16Array {
  if (!pairCodePoints) buildTables();
  return pairCodePoints!;
}

/** Classify the double-byte code at `lead, trail`. */
export function classifyPair(lead: number, trail: number): PairClass {
  if (!pairTable) buildTables();
  return pairTable![(lead << 8) | trail] as PairClass;
}

/**
 * True when `bytes[start, end)` holds only what a claim file may: printable ASCII (0x20–0x7E),
 * half-width katakana (0xA1–0xDF) and JIS X 0208 pairs — exactly when {@link scanSjis} would find
 * nothing. One pass with no allocation: the byte layer's check of every line, whose findings are
 * looked for (with `scanSjis`) only on the rare line this rejects. `words` ({@link wordsOf}`(bytes)`) lets it
 * pass runs of printable ASCII four bytes at a time.
 */
export function isCleanSjis(bytes: Uint8Array, start: number, end: number, words?: Uint32Array): boolean {
  if (!pairTable) buildTables();
  const t = pairTable!;
  const w32 = words;
  let i = start;
  while (i < end) {
    // Four bytes at a time where they are aligned: all printable ASCII (0x20–0x7E) when no byte has its high bit
    // set, none is below 0x20 (w − 0x20202020 sets the high bit of the lowest such byte) and none is 0x7F
    // (w + 0x01010101 does). Anything else, or a false alarm from a borrow, takes the byte path below.
    if (w32 !== undefined && (i & 3) === 0) {
      const stop = end - 4;
      while (i <= stop) {
        const w = w32[i >>> 2]!;
        if (((w | (w - 0x20202020) | (w + 0x01010101)) & 0x80808080) !== 0) break;
        i += 4;
      }
      if (i >= end) break;
    }
    const b = bytes[i]!;
    if (b >= 0x20 && b < 0x7f) i++;
    else if (b >= 0xa1 && b <= 0xdf) i++;
    else if (i + 1 < end && t[(b << 8) | bytes[i + 1]!] === PairClass.Jis0208) i += 2;
    else return false;
  }
  return true;
}
/**
 * The 32-bit view of `bytes` that {@link isCleanSjis} reads four bytes at a time with, when `bytes` is 4-byte
 * aligned (undefined otherwise: it then reads byte by byte). A caller checking many lines of one buffer makes it
 * once.
 */
export function wordsOf(bytes: Uint8Array): Uint32Array | undefined {
  return bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2) : undefined;
}

/** ASCII-only fast path: true when no byte in the range is ≥ 0x80. */
export function isAscii(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/**
 * Decode Shift_JIS (tolerant: CP932 extensions decode; an invalid sequence becomes U+FFFD).
 * Callers that need to know about invalid or extension bytes use {@link scanSjis}.
 */
export function decodeSjis(bytes: Uint8Array, start = 0, end = bytes.length): string {
  if (end - start < 64 && isAscii(bytes, start, end)) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!);
    return s;
  }
  const s = sjisDecoder().decode(bytes.subarray(start, end));
  return controlsRotated() && ROTATED.test(s) ? s.replace(ROTATED_ALL, unrotate) : s;
}

/**
 * Node's ICU Shift_JIS decoder (unlike the WHATWG one of browsers) rotates three control bytes:
 * 0x1A → U+001C, 0x1C → U+007F, 0x7F → U+001A. Undone here, so a byte decodes to the same character
 * in every runtime and whatever else the range holds (the ASCII path above maps bytes as they are),
 * and the lenient encoder gives those bytes back.
 */
let rotated: boolean | undefined;
function controlsRotated(): boolean {
  rotated ??= sjisDecoder().decode(new Uint8Array([0x7f])) !== '\x7f';
  return rotated;
}
const ROTATED = /[\x1a\x1c\x7f]/;
const ROTATED_ALL = /[\x1a\x1c\x7f]/g;
const unrotate = (c: string): string => (c === '\x1c' ? '\x1a' : c === '\x7f' ? '\x1c' : '\x7f');

/** One finding of {@link scanSjis}. */
export interface SjisFinding {
  /** Byte offset of the offending character. */
  readonly offset: number;
  /** Its length in bytes (1 or 2). */
  readonly length: number;
  readonly kind: 'invalid' | 'cp932-extension' | 'user-defined' | 'control';
}

/**
 * Walk Shift_JIS bytes and report everything that is not JIS X 0201 / JIS X 0208.
 * Control bytes (< 0x20, 0x7F) other than those the caller excludes are reported as `control`.
 * Stops after `limit` findings.
 */
export function scanSjis(bytes: Uint8Array, start: number, end: number, limit = 100): SjisFinding[] {
  const out: SjisFinding[] = [];
  let i = start;
  while (i < end && out.length < limit) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b < 0x20 || b === 0x7f) out.push({ offset: i, length: 1, kind: 'control' });
      i++;
      continue;
    }
    if (b >= 0xa1 && b <= 0xdf) {
      i++;
      continue;
    }
    if (isLeadByte(b) && i + 1 < end && isTrailByte(bytes[i + 1]!)) {
      const cls = classifyPair(b, bytes[i + 1]!);
      if (cls === PairClass.Cp932Ext) out.push({ offset: i, length: 2, kind: 'cp932-extension' });
      else if (cls === PairClass.UserDefined) out.push({ offset: i, length: 2, kind: 'user-defined' });
      else if (cls === PairClass.Invalid) out.push({ offset: i, length: 2, kind: 'invalid' });
      i += 2;
      continue;
    }
    out.push({ offset: i, length: 1, kind: 'invalid' });
    i++;
  }
  return out;
}

/** The strict Shift_JIS code of a character (JIS X 0201 single byte, or a JIS X 0208 pair `lead << 8 | trail`), -1 when it has none. */
export function strictSjisCode(c: number): number {
  if (c < 0x80) return c < 0x20 || c === 0x7f ? -1 : c;
  if (c >= 0xff61 && c <= 0xff9f) return c - 0xff61 + 0xa1;
  if (!encodeTable) buildTables();
  return encodeTable!.get(c) ?? -1;
}

/** Why a string could not be encoded. */
export interface EncodeFailure {
  /** Index (in UTF-16 code units) of the first character that cannot be encoded. */
  readonly index: number;
  /** The character itself (one code point). */
  readonly char: string;
  /** `U+XXXX` notation for messages. */
  readonly codePoint: string;
}

export type EncodeResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: EncodeFailure };

/**
 * Encode a string to Shift_JIS.
 * - `strict` (the default, for writing claim files): JIS X 0201 single bytes and JIS X 0208 pairs only.
 * - `lenient`: also CP932 extensions and the user-defined area (used to re-encode text that was
 *   decoded from such bytes, so nothing is lost in a JSON round trip).
 * Never substitutes a character: failure names the first unencodable one.
 */
export function encodeSjis(text: string, mode: 'strict' | 'lenient' = 'strict'): EncodeResult {
  if (!encodeTable) buildTables();
  const table = mode === 'strict' ? encodeTable! : encodeTableLenient!;
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // Control characters are not JIS X 0201 graphic characters; they are allowed only in lenient mode.
      if (mode === 'strict' && (c < 0x20 || c === 0x7f)) return fail(text, i);
      out[n++] = c;
    } else if (c >= 0xff61 && c <= 0xff9f) {
      out[n++] = c - 0xff61 + 0xa1;
    } else {
      const code = table.get(c);
      if (code === undefined) return fail(text, i);
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    }
  }
  return { ok: true, bytes: out.slice(0, n) };
}

function fail(text: string, index: number): EncodeResult {
  const cp = text.codePointAt(index)!;
  return { ok: false, failure: { index, char: String.fromCodePoint(cp), codePoint: codePointName(cp) } };
}

/** `U+XXXX` notation of a code point, for messages. */
export function codePointName(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

/** Byte length of `text` in Shift_JIS (unencodable characters count as 2). */
export function sjisByteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 || (c >= 0xff61 && c <= 0xff9f) ? 1 : 2;
  }
  return n;
}
