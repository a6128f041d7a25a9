/**
 * Line layer: the file as a table of lines, kept as byte ranges into one or more buffers.
 *
 * This is the lossless backbone of the model: serializing a {@link LineTable} writes every line's
 * bytes and its original line end, then the EOF byte if the input had one. Lines edited later point
 * into small extra buffers; untouched lines keep pointing into the original file.
 */

/** Line end as found: none (last line without one), LF, or CRLF. A lone CR is line content. */
export const enum Eol {
  None = 0,
  LF = 1,
  CRLF = 2,
}

export const EOF_BYTE = 0x1a;

export interface LineTable {
  /** Buffers the lines point into; index 0 is the original input. */
  readonly buffers: readonly Uint8Array[];
  /** Buffer index per line. */
  readonly buf: Uint16Array;
  /** Start offset of the line content in its buffer. */
  readonly start: Uint32Array;
  /** End offset (exclusive) of the line content, without its line end. */
  readonly end: Uint32Array;
  readonly eol: Uint8Array;
  /** Number of lines. */
  readonly count: number;
  /** True when the input ended with the EOF byte 0x1A (after the last line end, or right after the content). */
  readonly eof: boolean;
}

/**
 * Split bytes into lines. Tolerates LF-only files, a last line without a line end and an optional
 * trailing 0x1A, and records exactly what was there so {@link writeLines} can reproduce it.
 */
export function scanLines(bytes: Uint8Array): LineTable {
  let len = bytes.length;
  let eof = false;
  if (len > 0 && bytes[len - 1] === EOF_BYTE) {
    eof = true;
    len--;
  }
  // First pass: count LFs to size the arrays exactly.
  let lf = 0;
  let p = bytes.indexOf(0x0a);
  while (p !== -1 && p < len) {
    lf++;
    p = bytes.indexOf(0x0a, p + 1);
  }
  const lastTerminated = len === 0 || bytes[len - 1] === 0x0a;
  const count = lf + (lastTerminated ? 0 : 1);
  const start = new Uint32Array(count);
  const end = new Uint32Array(count);
  const eol = new Uint8Array(count);
  let s = 0;
  let i = 0;
  p = lf > 0 ? bytes.indexOf(0x0a) : -1;
  while (p !== -1 && p < len) {
    start[i] = s;
    if (p > s && bytes[p - 1] === 0x0d) {
      end[i] = p - 1;
      eol[i] = Eol.CRLF;
    } else {
      end[i] = p;
      eol[i] = Eol.LF;
    }
    i++;
    s = p + 1;
    p = bytes.indexOf(0x0a, s);
  }
  if (!lastTerminated) {
    start[i] = s;
    end[i] = len;
    eol[i] = Eol.None;
  }
  return { buffers: [bytes], buf: new Uint16Array(count), start, end, eol, count, eof };
}

/** Total byte size of the serialized table. */
export function byteSize(t: LineTable): number {
  let n = t.eof ? 1 : 0;
  for (let i = 0; i < t.count; i++) n += t.end[i]! - t.start[i]! + t.eol[i]!;
  return n;
}

/** Write the table back to bytes: identical to the input for an unedited table. */
export function writeLines(t: LineTable): Uint8Array {
  // Fast path: an unedited table over one buffer whose lines are contiguous is the buffer itself.
  const out = new Uint8Array(byteSize(t));
  let o = 0;
  for (let i = 0; i < t.count; i++) {
    const b = t.buffers[t.buf[i]!]!;
    const s = t.start[i]!;
    const e = t.end[i]!;
    out.set(b.subarray(s, e), o);
    o += e - s;
    const k = t.eol[i]!;
    if (k === Eol.CRLF) {
      out[o++] = 0x0d;
      out[o++] = 0x0a;
    } else if (k === Eol.LF) {
      out[o++] = 0x0a;
    }
  }
  if (t.eof) out[o++] = EOF_BYTE;
  return out;
}

/** The content bytes of line `i` (a view, not a copy). */
export function lineBytes(t: LineTable, i: number): Uint8Array {
  return t.buffers[t.buf[i]!]!.subarray(t.start[i]!, t.end[i]!);
}

/** A line to put into a table under construction: either a reference to an existing line or new bytes. */
export type LineSource = { table: LineTable; index: number } | { bytes: Uint8Array; eol: Eol };

/**
 * Build a new table from existing lines and new line contents (used by edits and by writers that
 * assemble files from parts). Existing lines keep pointing into their buffers: nothing is copied.
 */
export function buildLines(sources: Iterable<LineSource>, eof: boolean): LineTable {
  const buffers: Uint8Array[] = [];
  const bufIndex = new Map<Uint8Array, number>();
  const bufOf = (b: Uint8Array): number => {
    let k = bufIndex.get(b);
    if (k === undefined) {
      k = buffers.length;
      if (k > 0xffff) throw new RangeError('too many line buffers');
      buffers.push(b);
      bufIndex.set(b, k);
    }
    return k;
  };
  const list = Array.isArray(sources) ? (sources as LineSource[]) : [...sources];
  const n = list.length;
  const buf = new Uint16Array(n);
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const eol = new Uint8Array(n);
  // New line contents are packed into one buffer so that the buffer list stays short.
  let newBytes = 0;
  for (const s of list) if ('bytes' in s) newBytes += s.bytes.length;
  const pack = new Uint8Array(newBytes);
  let po = 0;
  for (let i = 0; i < n; i++) {
    const s = list[i]!;
    if ('bytes' in s) {
      pack.set(s.bytes, po);
      buf[i] = bufOf(pack);
      start[i] = po;
      po += s.bytes.length;
      end[i] = po;
      eol[i] = s.eol;
    } else {
      const t = s.table;
      buf[i] = bufOf(t.buffers[t.buf[s.index]!]!);
      start[i] = t.start[s.index]!;
      end[i] = t.end[s.index]!;
      eol[i] = t.eol[s.index]!;
    }
  }
  return { buffers, buf, start, end, eol, count: n, eof };
}
