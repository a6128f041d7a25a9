/**
 * The fast path of JSON Lines → bytes: a JSON Lines line exactly as receden writes it (compact, keys in
 * its order, each record's fields in its table's order, `h` on every line) is read straight from its
 * text into Shift_JIS bytes, with no JSON objects and no schema pass. It accepts only what the
 * general path (JSON.parse, the zod schemas, `jsonLineBytes`) accepts too and gives the same bytes:
 * each line must come back to its `h`, so an edited line, a `raw` line, other escapes, whitespace or
 * another key order all go to the general path, which reads and reports them. A property test holds
 * the two paths equal. Browser-safe.
 */
import { Eol, type LineSource } from '../codec/lines.js';
import { strictSjisCode } from '../codec/sjis.js';
import { recordIn, type RecordTables } from '../spec/kinds.js';
import type { RecordDef } from '../spec/types.js';
import { lineHash } from './hash.js';

/** Thrown inside the reader when a line leaves the fast path (never escapes it). */
const BAIL = Symbol('bail');

/** A part read on the fast path: its lines, and whether it is a receipt. */
export interface FastPart {
  readonly receipt: boolean;
  readonly sources: LineSource[];
}

class Reader {
  i = 0;
  buf = new Uint8Array(4096);
  n = 0;
  constructor(
    readonly s: string,
    readonly tables: RecordTables,
  ) {}

  lit(t: string): void {
    if (!this.s.startsWith(t, this.i)) throw BAIL;
    this.i += t.length;
  }

  /** Whether `t` comes next (and then past it). */
  opt(t: string): boolean {
    if (!this.s.startsWith(t, this.i)) return false;
    this.i += t.length;
    return true;
  }

  /** A JSON integer ≥ `min` (no sign, no leading zero, as JSON allows). */
  int(min: number): number {
    const s = this.s;
    const a = this.i;
    let v = 0;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c < 0x30 || c > 0x39) break;
      v = v * 10 + (c - 0x30);
      this.i++;
    }
    const len = this.i - a;
    if (len === 0 || len > 15 || (len > 1 && s.charCodeAt(a) === 0x30) || v < min) throw BAIL;
    return v;
  }

  byte(b: number): void {
    if (this.n === this.buf.length) {
      const g = new Uint8Array(this.buf.length * 2);
      g.set(this.buf);
      this.buf = g;
    }
    this.buf[this.n++] = b;
  }

  /**
   * The body of a JSON string (after its opening quote, up to and past its closing one), each
   * character encoded strictly into the line; `\"` and `\\` are the only escapes taken.
   */
  value(): void {
    const s = this.s;
    for (;;) {
      if (this.i >= s.length) throw BAIL;
      let c = s.charCodeAt(this.i++);
      if (c === 0x22) return;
      if (c === 0x5c) {
        c = s.charCodeAt(this.i++);
        if (c !== 0x22 && c !== 0x5c) throw BAIL;
      }
      const code = strictSjisCode(c);
      if (code < 0 || c === 0x2c) throw BAIL; // a comma inside a value is the general path's to refuse
      if (code > 0xff) {
        this.byte(code >> 8);
        this.byte(code & 0xff);
      } else this.byte(code);
    }
  }

  /** A JSON string's body, skipped (`\"` and `\\` only). */
  skipString(): void {
    const s = this.s;
    for (;;) {
      if (this.i >= s.length) throw BAIL;
      const c = s.charCodeAt(this.i++);
      if (c === 0x22) return;
      if (c < 0x20) throw BAIL;
      if (c === 0x5c) {
        const d = s.charCodeAt(this.i++);
        if (d !== 0x22 && d !== 0x5c) throw BAIL;
      }
    }
  }

  /** One line object; its bytes are pushed to `out`. */
  line(out: LineSource[]): void {
    this.lit('{"record":"');
    const s = this.s;
    const id = s.slice(this.i, this.i + 2);
    this.i += 2;
    this.lit('"');
    if (!/^[A-Z]{2}$/.test(id)) throw BAIL;
    const def: RecordDef | undefined = recordIn(this.tables, id);
    if (!def) throw BAIL;
    if (this.opt(',"line":')) this.int(1);
    this.n = 0;
    let first = true;
    if (this.opt(',"prefix":{"dataKind":"')) {
      const a = this.n;
      this.value();
      const dk = this.n - a;
      for (let k = a; k < this.n; k++) if (this.buf[k]! < 0x30 || this.buf[k]! > 0x39) throw BAIL;
      if (dk < 1 || dk > 2) throw BAIL;
      this.lit(',"lineNo":"');
      this.byte(0x2c);
      this.value();
      this.lit(',"branchNo":"');
      this.byte(0x2c);
      this.value();
      this.lit('}');
      first = false;
    }
    this.lit(',"fields":{');
    const fields = def.fields;
    let m = 0;
    if (!this.opt('}')) {
      for (;;) {
        if (m >= fields.length) throw BAIL;
        this.lit(m === 0 ? '"' : ',"');
        this.lit(fields[m]!.key);
        this.lit('":"');
        if (!first) this.byte(0x2c);
        first = false;
        this.value();
        m++;
        if (this.opt('}')) break;
      }
    }
    let count: number | undefined;
    if (this.opt(',"count":')) count = this.int(0);
    // The general path lays out min(count, fields) fields, '' for a missing one: all of them must be here.
    if (m !== Math.min(count ?? fields.length, fields.length)) throw BAIL;
    if (this.opt(',"extra":[')) {
      if (!this.opt(']')) {
        for (let k = 0; ; k++) {
          this.lit(k === 0 ? '"' : ',"');
          if (!first) this.byte(0x2c);
          first = false;
          this.value();
          if (this.opt(']')) break;
        }
      }
    }
    let eol = Eol.CRLF;
    if (this.opt(',"eol":"')) {
      if (this.opt('LF"')) eol = Eol.LF;
      else if (this.opt('none"')) eol = Eol.None;
      else this.lit('CRLF"');
    }
    this.lit(',"h":"');
    const h = s.slice(this.i, this.i + 8);
    this.i += 8;
    this.lit('"}');
    const bytes = this.buf.slice(0, this.n);
    // Only a line that comes back to its hash is what was written; any other is the general path's.
    if (!/^[0-9a-f]{8}$/.test(h) || lineHash(bytes) !== h) throw BAIL;
    out.push({ bytes, eol });
  }

  /** `[line, line, …]` after its opening bracket. */
  lines(out: LineSource[]): void {
    if (this.opt(']')) return;
    for (;;) {
      this.line(out);
      if (this.opt(']')) return;
      this.lit(',');
    }
  }

  part(): FastPart {
    const out: LineSource[] = [];
    let receipt = false;
    if (this.opt('{"type":"receipt"')) {
      receipt = true;
      if (this.opt(',"index":')) this.int(0);
      this.lit(',"claim":[');
      this.lines(out);
      this.lit(',"reasons":[');
      this.lines(out);
      this.lit(',"history":[');
      this.lines(out);
      if (this.opt(',"searchNumber":"')) this.skipString();
    } else {
      if (!this.opt('{"type":"lead"')) this.lit('{"type":"tail"');
      this.lit(',"lines":[');
      this.lines(out);
    }
    this.lit('}');
    if (this.i !== this.s.length) throw BAIL;
    return { receipt, sources: out };
  }
}

/**
 * A `lead`, `receipt` or `tail` line of JSON Lines read on the fast path, or undefined when it is not
 * exactly as receden writes it (then the general path reads it: the result is the same either way).
 */
export function fastPart(text: string, tables: RecordTables): FastPart | undefined {
  if (text.charCodeAt(0) !== 0x7b) return undefined;
  try {
    return new Reader(text, tables).part();
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}
