/**
 * The push-based streaming core: bytes in (any chunking), parts out, in file order — the lines
 * before the first receipt (`lead`), each complete receipt, the lines from the trailer on
 * (`tail`), then `end` with the file's kind and the parse-level diagnostics.
 *
 * Each part is a small {@link LineTable} over its own bytes (copied out of the chunks, so the
 * chunks can be freed), with the file line number and byte offset it starts at. Nothing is
 * decoded: lines are found with `indexOf(0x0A)` and identified from their first bytes. A receipt is
 * complete when the next unprefixed RE, or the unprefixed GO/HG, arrives. Memory is bounded by
 * the largest receipt (lead and tail are emitted in parts of at most `maxPartBytes`).
 *
 * The structure, kind and diagnostics are exactly those of the whole-file {@link parse} of the same
 * bytes, however they are chunked; writing the parts back out reproduces the input byte for byte.
 * Browser-safe.
 */
import { ByteChecker, ID_GO, ID_HG, ID_HR, ID_RE, kindFromEvidence, newKindEvidence, noteLineCode, noteReturnCategory, StructureChecker, type KindEvidence } from '../model/checks.js';
import { Eol, EOF_BYTE, type LineTable } from '../codec/lines.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { Receipt, type FileKind } from '../model/file.js';
import { LINE_PREFIXED, lineCode, Rec } from '../model/record.js';
import type { ParseOptions } from '../model/parse.js';

export interface StreamOptions extends ParseOptions {
  /**
   * Copy each part's bytes into a buffer of its own, so that the input chunks can be freed as soon
   * as they are split. With `false`, a part that lies within one chunk is a view into it (faster;
   * the chunks must then not be reused by the producer, and a kept part keeps its chunk alive).
   * @defaultValue true
   */
  readonly copy?: boolean;
  /** Lead and tail lines are emitted in parts of at most about this many bytes. @defaultValue 1 MiB */
  readonly maxPartBytes?: number;
  /** Compute the parse-level diagnostics (byte layer and structure), as `parse()` does. @defaultValue true */
  readonly diagnostics?: boolean;
}

/** What every part carries: its own line table and where it sits in the file. */
export interface PartInfo {
  /** The part's lines only; `table.buffers[0]` holds the part's original bytes. */
  readonly table: LineTable;
  /** Lines in the file before this part: a record's file line number is `lineBase + rec.line`. */
  readonly lineBase: number;
  /**
   * File offset of `table.buffers[0][0]`: an unedited record's file offset is `byteBase + rec.offset`,
   * and a diagnostic's table-relative `offset` becomes a file offset by adding it.
   */
  readonly byteBase: number;
}

/** Lines before the first receipt (normally just IR or HI). Usually one part; a huge lead comes in several. */
export interface LeadEvent extends PartInfo {
  readonly type: 'lead';
  readonly records: readonly Rec[];
}

/** One complete receipt: claim data, return reasons, history block. `receipt.index` is its position in the file. */
export interface ReceiptEvent extends PartInfo {
  readonly type: 'receipt';
  readonly receipt: Receipt;
}

/** Lines from the unprefixed GO/HG on (normally just that record). */
export interface TailEvent extends PartInfo {
  readonly type: 'tail';
  readonly records: readonly Rec[];
}

/** The last event: what only the whole file can tell. */
export interface EndEvent {
  readonly type: 'end';
  /** 請求 (UKE), 一次請求返戻 (HEN), 再審査等返戻 (SAH), as `parse()` would detect it. */
  readonly kind: FileKind;
  /** The header record (IR/HI) when the file has one. */
  readonly header: Rec | undefined;
  /** The trailer record (GO/HG) when the file has one. */
  readonly trailer: Rec | undefined;
  /** True when the input ended with the EOF byte 0x1A. */
  readonly eof: boolean;
  /** Input size in bytes. */
  readonly bytes: number;
  /** Number of lines. */
  readonly lines: number;
  /** Number of receipts. */
  readonly receipts: number;
  /** The parse-level findings, identical to `parse(bytes).diagnostics` (empty with `diagnostics: false`). */
  readonly diagnostics: readonly Diagnostic[];
}

export type StreamEvent = LeadEvent | ReceiptEvent | TailEvent | EndEvent;
export type PartEvent = LeadEvent | ReceiptEvent | TailEvent;

/** A push-based splitter: call {@link ReceiptSplitter.write} per chunk, then {@link ReceiptSplitter.end}. */
export interface ReceiptSplitter {
  /**
   * Feed the next chunk. It is never modified; in copy mode (the default) no reference to it is
   * kept once `write` returns, so the caller may reuse the buffer. With `copy: false` it must not be.
   */
  write(chunk: Uint8Array): void;
  /** The input is complete: emit the last part and the `end` event. */
  end(): void;
  /** Bytes written so far. */
  readonly bytes: number;
  /** Receipts emitted so far. */
  readonly receipts: number;
}

const NO_BYTES = new Uint8Array(0);
const PHASE_LEAD = 0;
const PHASE_RECEIPT = 1;
const PHASE_TAIL = 2;

/**
 * Create a splitter that calls `emit` with each event, synchronously and in file order.
 *
 * @example
 * const s = createReceiptSplitter((e) => { if (e.type === 'receipt') console.log(e.receipt.searchNumber); });
 * for (const chunk of chunks) s.write(chunk);
 * s.end();
 */
export function createReceiptSplitter(emit: (e: StreamEvent) => void, options: StreamOptions = {}): ReceiptSplitter {
  return new Splitter(emit, options);
}

class Splitter implements ReceiptSplitter {
  private readonly copy: boolean;
  private readonly maxPart: number;
  private readonly bc: ByteChecker | undefined;
  private readonly sc: StructureChecker | undefined;
  private readonly ev: KindEvidence = newKindEvidence();

  /**
   * Input bytes not yet emitted: they cover [groupStart, pos). `pieces[head…]` are live; `starts[k]`
   * is the file offset of `pieces[k]` (kept so that finding a byte is a binary search, and dropping
   * taken pieces moves `head` instead of shifting the array: linear for any chunking).
   */
  private pieces: Uint8Array[] = [];
  private pieceAt: number[] = [];
  private head = 0;
  private groupStart = 0;
  private pos = 0;
  /** Absolute start of the line being read. */
  private lineStart = 0;
  private lastByte = -1;
  /** Lines completed so far. */
  private lineNo = 0;
  private groupLine = 0;
  private phase = PHASE_LEAD;
  private receiptNo = 0;
  private header: Rec | undefined;
  private trailer: Rec | undefined;
  private ended = false;

  // The current group's lines, relative to groupStart.
  private n = 0;
  private starts = new Uint32Array(256);
  private ends = new Uint32Array(256);
  private eols = new Uint8Array(256);
  private codes = new Int32Array(256);

  constructor(
    private readonly emit: (e: StreamEvent) => void,
    private readonly o: StreamOptions,
  ) {
    this.copy = o.copy !== false;
    this.maxPart = o.maxPartBytes ?? 1 << 20;
    if (o.diagnostics !== false) {
      this.bc = new ByteChecker(o);
      this.sc = new StructureChecker();
    }
  }

  get bytes(): number {
    return this.pos;
  }
  get receipts(): number {
    return this.receiptNo;
  }

  write(chunk: Uint8Array): void {
    if (this.ended) throw new Error('write after end');
    const len = chunk.length;
    if (len === 0) return;
    const base = this.pos;
    this.pieces.push(chunk);
    this.pieceAt.push(base);
    this.pos += len;
    let p = chunk.indexOf(0x0a);
    while (p !== -1) {
      const ls = this.lineStart;
      const lf = base + p;
      let ce = lf;
      let eol = Eol.LF;
      if (lf > ls && (p > 0 ? chunk[p - 1] : this.lastByte) === 0x0d) {
        ce = lf - 1;
        eol = Eol.CRLF;
      }
      if (ls >= base) this.line(chunk, ls - base, ce - base, ls, eol, lf + 1);
      else {
        const tmp = this.range(ls, ce);
        this.line(tmp, 0, tmp.length, ls, eol, lf + 1);
      }
      this.lineStart = lf + 1;
      p = chunk.indexOf(0x0a, p + 1);
    }
    this.lastByte = chunk[len - 1]!;
    // In copy mode, keep no reference to the caller's chunk: its unemitted tail (the receipt being
    // read, usually a few KB) is copied, so producers may reuse their read buffer.
    if (this.copy && this.pieces.length > this.head) {
      const last = this.pieces.length - 1;
      const piece = this.pieces[last]!;
      if (piece.buffer === chunk.buffer) {
        const own = new Uint8Array(piece.length);
        own.set(piece);
        this.pieces[last] = own;
      }
    }
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    const ls = this.lineStart;
    let ce = this.pos;
    const eof = ce > 0 && this.lastByte === EOF_BYTE;
    if (eof) ce--;
    if (ce > ls) {
      const tmp = this.range(ls, ce);
      this.line(tmp, 0, tmp.length, ls, Eol.None, this.pos);
    }
    // The EOF byte belongs to no line: keep it out of the last part.
    this.flush(ce > ls ? this.pos - (eof ? 1 : 0) : ls);
    const ev = this.ev;
    ev.header = this.header?.id;
    ev.trailer = this.trailer?.id;
    ev.receipts = this.receiptNo;
    const kind = this.o.kind ?? kindFromEvidence(ev, this.o.fileName);
    let diagnostics: Diagnostic[] = [];
    if (this.bc && this.sc) {
      const lastEol = this.lastEol;
      diagnostics = this.bc.finish(this.pos, this.lineNo, lastEol, eof);
      diagnostics.push(...this.sc.finish(kind));
    }
    this.emit({ type: 'end', kind, header: this.header, trailer: this.trailer, eof, bytes: this.pos, lines: this.lineNo, receipts: this.receiptNo, diagnostics });
  }
  private lastEol: Eol = Eol.None;

  /** One complete line: content `b[s, e)`, starting at file offset `at`; the next line starts at `next`. */
  private line(b: Uint8Array, s: number, e: number, at: number, eol: Eol, next: number): void {
    const code = lineCode(b, s, e);
    const lineNo = ++this.lineNo;
    this.lastEol = eol;
    const unprefixed = (code & LINE_PREFIXED) === 0;
    const id = code & 0xffff;
    let part: 'lead' | 'receipt' | 'tail' | 'tailStart';
    if (this.phase === PHASE_TAIL) part = 'tail';
    else if (unprefixed && (id === ID_GO || id === ID_HG)) {
      this.flush(at);
      this.phase = PHASE_TAIL;
      part = 'tailStart';
    } else if (unprefixed && id === ID_RE) {
      this.flush(at);
      this.phase = PHASE_RECEIPT;
      part = 'receipt';
    } else part = this.phase === PHASE_LEAD ? 'lead' : 'receipt';
    // Record the line in the current group.
    const k = this.n++;
    if (k === this.starts.length) this.grow();
    this.starts[k] = at - this.groupStart;
    this.ends[k] = at - this.groupStart + (e - s);
    this.eols[k] = eol;
    this.codes[k] = code;
    if (this.bc) {
      this.bc.line(b, s, e, eol, code, lineNo, at);
      this.sc!.line(code, part, e === s, at);
    }
    noteLineCode(this.ev, code);
    // Bound the memory held by a long lead or tail.
    if (this.phase !== PHASE_RECEIPT && next - this.groupStart > this.maxPart) this.flush(next);
  }

  private grow(): void {
    const m = this.starts.length * 2;
    const s = new Uint32Array(m);
    s.set(this.starts);
    this.starts = s;
    const e = new Uint32Array(m);
    e.set(this.ends);
    this.ends = e;
    const l = new Uint8Array(m);
    l.set(this.eols);
    this.eols = l;
    const c = new Int32Array(m);
    c.set(this.codes);
    this.codes = c;
  }

  /** Index of the live piece holding file offset `a` (binary search). */
  private pieceOf(a: number): number {
    let lo = this.head;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (this.pieceAt[m]! <= a) lo = m;
      else hi = m - 1;
    }
    return lo;
  }

  /** Copy of the input bytes [a, b) (absolute offsets within the pending pieces). */
  private range(a: number, b: number): Uint8Array {
    const out = new Uint8Array(b - a);
    let o = 0;
    for (let k = this.pieceOf(a); k < this.pieces.length && o < out.length; k++) {
      const piece = this.pieces[k]!;
      const ps = this.pieceAt[k]!;
      const s = Math.max(a, ps) - ps;
      const e = Math.min(b, ps + piece.length) - ps;
      if (e <= s) continue;
      out.set(piece.subarray(s, e), o);
      o += e - s;
    }
    return out;
  }

  /** Take the pending bytes [groupStart, upto) out of the pieces: a view when possible, else a copy. */
  private take(upto: number): Uint8Array {
    const n = upto - this.groupStart;
    const first = this.pieces[this.head];
    let out: Uint8Array;
    if (first && first.length >= n) {
      // (Never `slice`: on a Node Buffer it is a view, not a copy.)
      if (this.copy) {
        out = new Uint8Array(n);
        out.set(first.subarray(0, n));
      } else out = first.subarray(0, n);
    } else {
      out = this.range(this.groupStart, upto);
    }
    // Drop what was taken: whole pieces by moving `head`, the rest of the last one as a view.
    if (n > 0 && this.pieces.length > this.head) {
      let k = this.pieceOf(upto);
      const p = this.pieces[k]!;
      const ps = this.pieceAt[k]!;
      if (upto >= ps + p.length) k++;
      else if (upto > ps) {
        this.pieces[k] = p.subarray(upto - ps);
        this.pieceAt[k] = upto;
      }
      // Let the taken pieces go now (each is dropped once: linear), not at the next compaction.
      for (let i = this.head; i < k; i++) this.pieces[i] = NO_BYTES;
      this.head = k;
      // Compact now and then, so the arrays do not grow with the file.
      if (this.head > 1024 && this.head * 2 > this.pieces.length) {
        this.pieces = this.pieces.slice(this.head);
        this.pieceAt = this.pieceAt.slice(this.head);
        this.head = 0;
      }
    }
    return out;
  }

  /** Emit the current group (all lines recorded so far, ending at file offset `upto`). */
  private flush(upto: number): void {
    const n = this.n;
    if (n === 0) {
      // Nothing recorded, but bytes may be pending (never: every byte up to `upto` belongs to a line).
      if (upto > this.groupStart) this.take(upto);
      this.groupStart = upto;
      return;
    }
    const byteBase = this.groupStart;
    const bytes = this.take(upto);
    const table: LineTable = {
      buffers: [bytes],
      buf: new Uint16Array(n),
      start: this.starts.slice(0, n),
      end: this.ends.slice(0, n),
      eol: this.eols.slice(0, n),
      count: n,
      eof: false,
    };
    const lineBase = this.groupLine;
    const codes = this.codes;
    if (this.phase === PHASE_RECEIPT) {
      let claimEnd = 1;
      while (claimEnd < n && !(codes[claimEnd]! & LINE_PREFIXED) && (codes[claimEnd]! & 0xffff) !== ID_HR) claimEnd++;
      let reasonsEnd = claimEnd;
      while (reasonsEnd < n && !(codes[reasonsEnd]! & LINE_PREFIXED)) reasonsEnd++;
      for (let i = claimEnd; i < reasonsEnd; i++) {
        if ((codes[i]! & 0xffff) === ID_HR) noteReturnCategory(this.ev, field(bytes, table.start[i]!, table.end[i]!, 2));
      }
      const receipt = new Receipt(table, this.receiptNo++, 0, claimEnd, reasonsEnd, n);
      this.reset(upto, n);
      this.emit({ type: 'receipt', table, lineBase, byteBase, receipt });
      return;
    }
    const records: Rec[] = new Array(n);
    for (let i = 0; i < n; i++) records[i] = new Rec(table, i);
    if (this.phase === PHASE_LEAD) {
      if (!this.header) {
        for (let i = 0; i < n; i++) {
          const c = codes[i]!;
          if (c === 0x4952 || c === 0x4849) {
            this.header = records[i];
            break;
          }
        }
      }
      this.reset(upto, n);
      this.emit({ type: 'lead', table, lineBase, byteBase, records });
    } else {
      this.trailer ??= records[0];
      this.reset(upto, n);
      this.emit({ type: 'tail', table, lineBase, byteBase, records });
    }
  }

  private reset(upto: number, n: number): void {
    this.groupStart = upto;
    this.groupLine += n;
    this.n = 0;
  }
}

/**
 * The value of field `k` (0-based, line fields) of a line, decoded only when it is a single ASCII
 * byte (all the kind detection needs); other values come back as a string that can match no code.
 */
function field(b: Uint8Array, s: number, e: number, k: number): string | undefined {
  let p = s;
  for (let i = 0; i < k; i++) {
    while (p < e && b[p] !== 0x2c) p++;
    if (p >= e) return undefined;
    p++;
  }
  let q = p;
  while (q < e && b[q] !== 0x2c) q++;
  if (q - p === 1 && b[p]! < 0x80) return String.fromCharCode(b[p]!);
  return q === p ? '' : '\uffff';
}
