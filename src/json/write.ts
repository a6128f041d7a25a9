/**
 * The JSON form written as UTF-8 bytes straight from the Shift_JIS bytes of each line: no JSON
 * objects, no intermediate strings, no UTF-8 encoding pass. A field of printable ASCII, half-width
 * katakana and JIS X 0208 (nearly all of them) is converted byte by byte through a table; any other
 * field is decoded and escaped by `JSON.stringify`, so the output is, byte for byte, what
 * `JSON.stringify(lineToJson(rec))` gives — compact (JSON Lines) or indented as `JSON.stringify(…, null, 1)`
 * (the JSON document). A property test holds the two equal. Browser-safe.
 */
import { Eol, fieldStarts, type LineTable } from '../codec/lines.js';
import { toBase64 } from '../codec/base64.js';
import { decodeSjis, isCleanSjis, sjisCodePoints } from '../codec/sjis.js';
import type { Rec } from '../model/record.js';
import type { RecordDef } from '../spec/types.js';
import { lineHash } from './hash.js';

const enc = new TextEncoder();

/**
 * A growing UTF-8 buffer. `indent` < 0 writes compact JSON; otherwise members go on lines of their
 * own, one space deeper per level, as `JSON.stringify(value, null, 1)` lays them out, with `indent`
 * spaces before every line but the first (how the JSON document nests its items).
 */
export class JsonBytes {
  buf: Uint8Array;
  n = 0;

  constructor(size = 1 << 16) {
    this.buf = new Uint8Array(size);
  }

  /** Room for `k` more bytes. */
  need(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let m = this.buf.length * 2;
    while (m < this.n + k) m *= 2;
    const b = new Uint8Array(m);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }

  /** An ASCII string (structure, keys, numbers). */
  ascii(s: string): void {
    this.need(s.length);
    const b = this.buf;
    let n = this.n;
    for (let i = 0; i < s.length; i++) b[n++] = s.charCodeAt(i);
    this.n = n;
  }

  bytes(u: Uint8Array): void {
    this.copy(u, 0, u.length);
  }

  /** `u[s, e)`. */
  copy(u: Uint8Array, s: number, e: number): void {
    const k = e - s;
    this.need(k);
    if (k > 48) this.buf.set(u.subarray(s, e), this.n);
    else {
      // Keys and short pieces: a loop beats set() on a few bytes.
      const b = this.buf;
      const n = this.n - s;
      for (let i = s; i < e; i++) b[n + i] = u[i]!;
    }
    this.n += k;
  }

  /** Text as it is (UTF-8). */
  text(s: string): void {
    this.need(s.length * 3);
    this.n += enc.encodeInto(s, this.buf.subarray(this.n)).written;
  }

  /** Any string, as `JSON.stringify` writes it. */
  string(s: string): void {
    this.text(JSON.stringify(s));
  }

  /** A non-negative integer. */
  int(v: number): void {
    if (v < 10) {
      this.need(1);
      this.buf[this.n++] = 0x30 + v;
    } else this.ascii(String(v));
  }

  /** A line break and `depth` spaces (pretty output only). */
  newline(depth: number): void {
    this.need(depth + 1);
    const b = this.buf;
    b[this.n++] = 0x0a;
    for (let i = 0; i < depth; i++) b[this.n++] = 0x20;
  }

  /** The Shift_JIS bytes `src[s, e)` as a JSON string: converted through the table when clean, else decoded. */
  sjis(src: Uint8Array, s: number, e: number): void {
    if (s === e) {
      this.need(2);
      this.buf[this.n++] = 0x22;
      this.buf[this.n++] = 0x22;
      return;
    }
    if (!isCleanSjis(src, s, e)) {
      this.string(decodeSjis(src, s, e));
      return;
    }
    // Worst case: every byte a 3-byte character, or an escaped ASCII character (2 bytes), plus quotes.
    this.need((e - s) * 3 + 2);
    const b = this.buf;
    let n = this.n;
    b[n++] = 0x22;
    const cps = sjisCodePoints();
    let i = s;
    while (i < e) {
      const c = src[i]!;
      if (c < 0x80) {
        if (c === 0x22 || c === 0x5c) b[n++] = 0x5c;
        b[n++] = c;
        i++;
        continue;
      }
      let cp: number;
      if (c >= 0xa1 && c <= 0xdf) {
        cp = 0xff61 + (c - 0xa1);
        i++;
      } else {
        cp = cps[(c << 8) | src[i + 1]!]!;
        i += 2;
      }
      if (cp < 0x800) {
        b[n++] = 0xc0 | (cp >> 6);
        b[n++] = 0x80 | (cp & 0x3f);
      } else {
        b[n++] = 0xe0 | (cp >> 12);
        b[n++] = 0x80 | ((cp >> 6) & 0x3f);
        b[n++] = 0x80 | (cp & 0x3f);
      }
    }
    b[n++] = 0x22;
    this.n = n;
  }

  /** A copy of what was written, and the buffer emptied. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.n);
    this.n = 0;
    return out;
  }
}

/** Writes the members of one object (or the items of one array) with the separators and line breaks between them. */
export class Members {
  private first = true;
  constructor(
    private readonly o: JsonBytes,
    /** Indentation of the object's own line; < 0 for compact output. */
    private readonly depth: number,
    private readonly close: number,
  ) {}

  /** Start the next member: `,` (but before the first), the line break, and the key (`"k":`) when given. */
  next(key?: string | JsonKey): void {
    const o = this.o;
    if (!this.first) {
      o.need(1);
      o.buf[o.n++] = 0x2c;
    }
    this.first = false;
    if (this.depth >= 0) o.newline(this.depth + 1);
    if (key === undefined) return;
    if (typeof key === 'string') o.ascii(this.depth >= 0 ? `"${key}": ` : `"${key}":`);
    else o.bytes(this.depth >= 0 ? key.pretty : key.compact);
  }

  /** Indentation for a nested value (one deeper), or -1 when compact. */
  get inner(): number {
    return this.depth >= 0 ? this.depth + 1 : -1;
  }

  end(): void {
    if (!this.first && this.depth >= 0) this.o.newline(this.depth);
    this.o.need(1);
    this.o.buf[this.o.n++] = this.close;
  }
}

/** Open an object (`{`) or array (`[`) and return its member writer. */
export function open(o: JsonBytes, kind: '{' | '[', depth: number): Members {
  o.ascii(kind);
  return new Members(o, depth, kind === '{' ? 0x7d : 0x5d);
}

/** A member key as bytes, ready to write: `"key":` and `"key": `. */
export interface JsonKey {
  readonly compact: Uint8Array;
  readonly pretty: Uint8Array;
}

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A key's bytes (keys are plain ASCII identifiers: checked, as JSON.stringify would escape nothing in them). */
export function jsonKey(key: string): JsonKey {
  if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`JSON key ${key} is not a plain identifier`);
  return { compact: ascii(`"${key}":`), pretty: ascii(`"${key}": `) };
}

/** The field keys of a record table as bytes, made once per table. */
const keyCache = new WeakMap<RecordDef, readonly JsonKey[]>();
function keysOf(def: RecordDef): readonly JsonKey[] {
  let k = keyCache.get(def);
  if (!k) {
    k = def.fields.map((f) => jsonKey(f.key));
    keyCache.set(def, k);
  }
  return k;
}

/**
 * The `fields` object of a record table with every value empty, as bytes, for one indentation:
 * member `k` (its separator, key and `""`) is `bytes[off[k], off[k + 1])` and its value starts at
 * `val[k]` (the opening quote). A run of empty fields — most of a record's — is one copy out of it.
 */
interface FieldsTemplate {
  readonly bytes: Uint8Array;
  readonly off: Uint32Array;
  readonly val: Uint32Array;
  /** The closing line break and brace. */
  readonly close: Uint8Array;
}

const templates = new WeakMap<RecordDef, Map<number, FieldsTemplate>>();
function templateOf(def: RecordDef, depth: number): FieldsTemplate {
  let byDepth = templates.get(def);
  if (!byDepth) templates.set(def, (byDepth = new Map()));
  let t = byDepth.get(depth);
  if (!t) {
    const o = new JsonBytes(256);
    const keys = keysOf(def);
    const off = new Uint32Array(keys.length + 1);
    const val = new Uint32Array(keys.length);
    const m = new Members(o, depth, 0x7d);
    o.n = 0;
    keys.forEach((k, i) => {
      off[i] = o.n;
      m.next(k);
      val[i] = o.n;
      o.ascii('""');
    });
    off[keys.length] = o.n;
    const bytes = o.take();
    m.end();
    t = { bytes, off, val, close: o.take() };
    byDepth.set(depth, t);
  }
  return t;
}

/** The first `n` fields of a record (field starts in `a`, after `k0` prefix fields) as its `fields` object. */
function writeFields(o: JsonBytes, t: FieldsTemplate, n: number, b: Uint8Array, a: Uint32Array, k0: number): void {
  o.ascii('{');
  if (n === 0) {
    o.ascii('}');
    return;
  }
  const tb = t.bytes;
  let k = 0;
  while (k < n) {
    const s = a[k0 + k]!;
    const e = a[k0 + k + 1]! - 1;
    if (s === e) {
      // A run of empty fields: one copy of their members.
      let j = k + 1;
      while (j < n && a[k0 + j]! === a[k0 + j + 1]! - 1) j++;
      o.copy(tb, t.off[k]!, t.off[j]!);
      k = j;
      continue;
    }
    o.copy(tb, t.off[k]!, t.val[k]!);
    o.sjis(b, s, e);
    k++;
  }
  o.bytes(t.close);
}

const K = Object.fromEntries(['record', 'line', 'prefix', 'dataKind', 'lineNo', 'branchNo', 'fields', 'count', 'extra', 'values', 'eol', 'h', 'raw'].map((k) => [k, jsonKey(k)])) as Record<string, JsonKey>;
const PREFIX_KEYS = [K.dataKind!, K.lineNo!, K.branchNo!];

/** Field starts of a line (its prefix included) and end + 1, in `out.a` (reused, grown); returns the count of fields. */
function fieldBounds(b: Uint8Array, s: number, e: number, out: { a: Uint32Array }): number {
  if (out.a.length < e - s + 2) out.a = new Uint32Array(Math.max(out.a.length * 2, e - s + 2));
  return fieldStarts(b, s, e, out.a, 0) - 1;
}

const scratch = { a: new Uint32Array(256) };

/**
 * One record's JSON (see `lineToJson`), written into `o`: `line` is the line number to write (or
 * undefined for none), `depth` the indentation of the object's line (< 0: compact).
 */
export function writeLineJson(o: JsonBytes, rec: Rec, line: number | undefined, depth: number): void {
  const t: LineTable = rec.table;
  const i = rec.index;
  const b = t.buffers[t.buf[i]!]!;
  const s = t.start[i]!;
  const e = t.end[i]!;
  const m = open(o, '{', depth);
  const nf = fieldBounds(b, s, e, scratch);
  const a = scratch.a;
  const k0 = rec.prefixed ? 3 : 0;
  m.next(K.record);
  // The id is the line's field of two ASCII capitals (or none: "").
  if (rec.id) {
    const x = a[k0]!;
    o.need(4);
    const ob = o.buf;
    ob[o.n++] = 0x22;
    ob[o.n++] = b[x]!;
    ob[o.n++] = b[x + 1]!;
    ob[o.n++] = 0x22;
  } else o.ascii('""');
  if (line !== undefined) {
    m.next(K.line);
    o.int(line);
  }
  if (k0) {
    m.next(K.prefix);
    const p = open(o, '{', m.inner);
    for (let k = 0; k < 3; k++) {
      p.next(PREFIX_KEYS[k]);
      o.sjis(b, a[k]!, a[k + 1]! - 1);
    }
    p.end();
  }
  const def = rec.def;
  const count = nf - k0;
  if (def) {
    const keys = keysOf(def);
    const n = Math.min(count, keys.length);
    m.next(K.fields);
    writeFields(o, templateOf(def, m.inner), n, b, a, k0);
    if (count !== keys.length) {
      m.next(K.count);
      o.ascii(String(count));
    }
    if (count > keys.length) {
      m.next(K.extra);
      const x = open(o, '[', m.inner);
      for (let k = keys.length; k < count; k++) {
        x.next();
        o.sjis(b, a[k0 + k]!, a[k0 + k + 1]! - 1);
      }
      x.end();
    }
  } else {
    m.next(K.values);
    const x = open(o, '[', m.inner);
    for (let k = 0; k < count; k++) {
      x.next();
      o.sjis(b, a[k0 + k]!, a[k0 + k + 1]! - 1);
    }
    x.end();
  }
  const eol = t.eol[i]!;
  if (eol === Eol.LF) {
    m.next(K.eol);
    o.ascii('"LF"');
  } else if (eol === Eol.None) {
    m.next(K.eol);
    o.ascii('"none"');
  }
  // Text gives the bytes back exactly when the line is clean Shift_JIS (strict re-encoding is then the identity).
  const bytes = b.subarray(s, e);
  if (isCleanSjis(b, s, e)) {
    m.next(K.h);
    o.ascii(`"${lineHash(bytes)}"`);
  } else {
    m.next(K.raw);
    o.ascii(`"${toBase64(bytes)}"`);
  }
  m.end();
}
