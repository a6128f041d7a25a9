/**
 * One field value as the field rules see it: a byte range of the record's buffer plus a lazily
 * computed character-class summary (one pass over the bytes) and a lazily decoded text. A single
 * instance is reused for every field, so checking a file allocates nothing per field.
 */
import { classifyPair, decodeSjis, isLeadByte, isTrailByte, PairClass } from '../../codec/sjis.js';
import type { Rec } from '../../model/record.js';
import type { ReceiptInfo } from '../types.js';
import type { FieldSpec } from './compile.js';

/** Character-class summary of a field's bytes. Offsets are buffer offsets, -1 when none. */
export interface Scan {
  /** Single-byte characters (JIS X 0201: ASCII printable and half-width katakana). */
  singles: number;
  /** Double-byte characters that decode (JIS X 0208 or CP932 extensions). */
  doubles: number;
  firstSingle: number;
  firstDouble: number;
  /** First character that is neither an ASCII digit nor '.'. */
  firstNonDigit: number;
  dots: number;
  firstDot: number;
  firstQuote: number;
  /** First double-byte character outside JIS X 0208 (CP932 extension or user-defined area). */
  firstExt: number;
  /** Invalid Shift_JIS or control bytes were seen (the byte layer of parse reports those). */
  bad: boolean;
  /** The last character is a half-width or full-width space. */
  trailingSpace: boolean;
  /** Characters (single + double). */
  chars: number;
}

/** Interned ASCII strings of up to 4 characters (codes), keyed by their bytes and length. */
const SHORT = new Map<number, string>();

export class FieldValue {
  spec!: FieldSpec;
  rec!: Rec;
  buf!: Uint8Array;
  start = 0;
  end = 0;
  prefixed = false;
  receipt: ReceiptInfo | undefined;
  private scanned = false;
  private _text: string | undefined;
  private readonly s: Scan = {
    singles: 0,
    doubles: 0,
    firstSingle: -1,
    firstDouble: -1,
    firstNonDigit: -1,
    dots: 0,
    firstDot: -1,
    firstQuote: -1,
    firstExt: -1,
    bad: false,
    trailingSpace: false,
    chars: 0,
  };

  reset(spec: FieldSpec, rec: Rec, buf: Uint8Array, start: number, end: number, prefixed: boolean, receipt: ReceiptInfo | undefined): void {
    this.spec = spec;
    this.rec = rec;
    this.buf = buf;
    this.start = start;
    this.end = end;
    this.prefixed = prefixed;
    this.receipt = receipt;
    this.scanned = false;
    this._text = undefined;
  }

  get length(): number {
    return this.end - this.start;
  }

  /** True when every byte is an ASCII digit (the common case, checked without a full scan). */
  allDigits(): boolean {
    const b = this.buf;
    for (let i = this.start; i < this.end; i++) {
      const c = b[i]!;
      if (c < 0x30 || c > 0x39) return false;
    }
    return true;
  }

  /** True when every byte is ASCII (codes and dates are decoded only then). */
  isAscii(): boolean {
    const b = this.buf;
    for (let i = this.start; i < this.end; i++) if (b[i]! >= 0x80) return false;
    return true;
  }

  /** The value decoded (Shift_JIS), cached. Rules call it only for short values. */
  text(): string {
    if (this._text === undefined) {
      const b = this.buf;
      const n = this.end - this.start;
      if (n <= 4 && n > 0 && this.isAscii()) {
        // codes: interned, so looking up a table allocates nothing
        let key = 0;
        for (let i = this.start; i < this.end; i++) key = key * 128 + b[i]!;
        key = key * 8 + n;
        let s = SHORT.get(key);
        if (s === undefined) {
          s = '';
          for (let i = this.start; i < this.end; i++) s += String.fromCharCode(b[i]!);
          SHORT.set(key, s);
        }
        this._text = s;
      } else if (n <= 64 && this.isAscii()) {
        let s = '';
        for (let i = this.start; i < this.end; i++) s += String.fromCharCode(b[i]!);
        this._text = s;
      } else this._text = decodeSjis(b, this.start, this.end);
    }
    return this._text;
  }

  scan(): Scan {
    if (this.scanned) return this.s;
    const s = this.s;
    s.singles = 0;
    s.doubles = 0;
    s.firstSingle = -1;
    s.firstDouble = -1;
    s.firstNonDigit = -1;
    s.dots = 0;
    s.firstDot = -1;
    s.firstQuote = -1;
    s.firstExt = -1;
    s.bad = false;
    s.trailingSpace = false;
    const b = this.buf;
    const e = this.end;
    let i = this.start;
    let lastSpace = false;
    while (i < e) {
      const c = b[i]!;
      if (c < 0x80) {
        if (c < 0x20 || c === 0x7f) {
          s.bad = true;
          i++;
          lastSpace = false;
          continue;
        }
        s.singles++;
        if (s.firstSingle < 0) s.firstSingle = i;
        if (c < 0x30 || c > 0x39) {
          if (c === 0x2e) {
            s.dots++;
            if (s.firstDot < 0) s.firstDot = i;
          } else if (s.firstNonDigit < 0) s.firstNonDigit = i;
          if (c === 0x22 && s.firstQuote < 0) s.firstQuote = i;
        }
        lastSpace = c === 0x20;
        i++;
      } else if (c >= 0xa1 && c <= 0xdf) {
        s.singles++;
        if (s.firstSingle < 0) s.firstSingle = i;
        if (s.firstNonDigit < 0) s.firstNonDigit = i;
        lastSpace = false;
        i++;
      } else if (isLeadByte(c) && i + 1 < e && isTrailByte(b[i + 1]!)) {
        const cls = classifyPair(c, b[i + 1]!);
        if (cls === PairClass.Invalid) s.bad = true;
        else {
          s.doubles++;
          if (s.firstDouble < 0) s.firstDouble = i;
          if (s.firstNonDigit < 0) s.firstNonDigit = i;
          if (cls !== PairClass.Jis0208 && s.firstExt < 0) s.firstExt = i;
        }
        lastSpace = c === 0x81 && b[i + 1] === 0x40;
        i += 2;
      } else {
        s.bad = true;
        lastSpace = false;
        i++;
      }
    }
    s.trailingSpace = lastSpace;
    s.chars = s.singles + s.doubles;
    this.scanned = true;
    return s;
  }
}
