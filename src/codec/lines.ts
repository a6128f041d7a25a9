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
  // One pass with indexOf (the line ends are all the scan looks at); the arrays start at a generous
  // guess of the line count, grow if needed, and are trimmed to size at the end.
  let cap = Math.max(16, (len >>> 5) + 1);
  let start = new Uint32Array(cap);
  let end = new Uint32Array(cap);
  let eol = new Uint8Array(cap);
  let s = 0;
  let i = 0;
  let p = bytes.indexOf(0x0a);
  while (p !== -1 && p < len) {
    if (i === cap) {
      cap *= 2;
      const ns = new Uint32Array(cap);
      ns.set(start);
      start = ns;
      const ne = new Uint32Array(cap);
      ne.set(end);
      end = ne;
      const nl = new Uint8Array(cap);
      nl.set(eol);
      eol = nl;
    }
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
  const lastTerminated = len === 0 || bytes[len - 1] === 0x0a;
  const count = i + (lastTerminated ? 0 : 1);
  if (count !== cap) {
    const ns = new Uint32Array(count);
    ns.set(start.subarray(0, i));
    start = ns;
    const ne = new Uint32Array(count);
    ne.set(end.subarray(0, i));
    end = ne;
    const nl = new Uint8Array(count);
    nl.set(eol.subarray(0, i));
    eol = nl;
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
  const out = new Uint8Array(byteSize(t));
  let o = 0;
  let i = 0;
  const n = t.count;
  while (i < n) {
    // Fast path: a run of lines stored one after the other, each followed in its buffer by exactly
    // its line end (an unedited table is one run), is a single copy.
    const k = t.buf[i]!;
    const b = t.buffers[k]!;
    const s = t.start[i]!;
    let j = i;
    let runEnd = s;
    while (j < n && t.buf[j] === k && t.start[j] === runEnd) {
      const le = t.end[j]!;
      const eol = t.eol[j]!;
      const verbatim = eol === Eol.CRLF ? b[le] === 0x0d && b[le + 1] === 0x0a : eol === Eol.LF ? b[le] === 0x0a : false;
      if (!verbatim) break;
      runEnd = le + eol;
      j++;
    }
    if (j > i) {
      out.set(b.subarray(s, runEnd), o);
      o += runEnd - s;
      i = j;
      continue;
    }
    // Line i on its own: content, then its line end.
    const le = t.end[i]!;
    out.set(b.subarray(s, le), o);
    o += le - s;
    const eol = t.eol[i]!;
    if (eol === Eol.CRLF) {
      out[o++] = 0x0d;
      out[o++] = 0x0a;
    } else if (eol === Eol.LF) {
      out[o++] = 0x0a;
    }
    i++;
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

/**
 * The field boundaries of a line's content `b[s, e)`, written into `out` from index `k`: the start
 * of every field (the line start, then one past each comma) and last `e + 1`, so field i spans
 * `out[k + i] .. out[k + i + 1] - 1`. Returns the index after the last entry. `out` must have room for
 * `e - s + 2` entries from `k`. The one comma scan that every field reader shares.
 */
export function fieldStarts(b: Uint8Array, s: number, e: number, out: Uint32Array, k: number): number {
  out[k++] = s;
  for (let i = s; i < e; i++) if (b[i] === 0x2c) out[k++] = i + 1;
  out[k++] = e + 1;
  return k;
}
