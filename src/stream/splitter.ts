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
import { ByteChecker, ID_HR, kindFromEvidence, kindUnknown, newKindEvidence, noteLineCode, noteReturnCategory, StructureChecker, type KindEvidence } from '../model/checks.js';
import { Eol, EOF_BYTE, type LineTable } from '../codec/lines.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { cutFor, DEFAULT_CUT, Receipt, startsReceipt, type Cut, type FileKind } from '../model/file.js';
import { editionOf } from '../model/edition.js';
import { ClaimKindEvidence, KIND_WINDOW } from '../model/kind.js';
import { LINE_PREFIXED, lineCode, lineCodeId, Rec } from '../model/record.js';
import { tablesOf, type ParseOptions } from '../model/parse.js';
import { formOf, NO_TABLES, type RecordTables } from '../spec/kinds.js';
import type { ClaimKind } from '../spec/types.js';

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
  /** The file's claim kind (its records are read with that kind's tables). */
  readonly claimKind: ClaimKind | 'unknown';
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
  /** The claim kind (医科, 歯科 …), as `parse()` would detect it. */
  readonly claimKind: ClaimKind | 'unknown';
  /** The edition (医科 `R04`, `H30` …), as `parse()` would tell it (from the header's 請求年月). */
  readonly edition: string | undefined;
  /** The kind's form (労災 `aftercare`), as `parse()` would detect it. */
  readonly form?: string;
  /** The header record (IR, UK, YK, HM; HI, HH) when the file has one. */
  readonly header: Rec | undefined;
  /** The trailer record (GO, RS; HG) when the file has one. */
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
  private sc: StructureChecker | undefined;
  private readonly ev: KindEvidence = newKindEvidence();
  /**
   * The claim kind decides how the file is cut (歯科: a receipt per IR) and the tables its records are
   * read with. Until it is decided (the first `KIND_WINDOW` lines, or the end) lines are only
   * gathered; then they are cut and emitted, and every later line as it comes.
   */
  private readonly kev = new ClaimKindEvidence();
  private claimKind: ClaimKind | 'unknown' | undefined;
  /** Record ids of the first KIND_WINDOW lines (the kind's form is told from them, as parse does). */
  private readonly windowIds = new Map<string, number>();
  private tables: RecordTables = NO_TABLES;
  private cut: Cut = DEFAULT_CUT;
  /** File line index where the current receipt started (-1 before the first), and that line's code. */
  private rStart = -1;
  private rStartCode = 0;
  private nonEmpty = false;
  /** The header record's place in the lead, once found. */
  private headerFound = false;

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
  private lastEol: Eol = Eol.None;

  // The current group's lines, relative to groupStart (`nexts`: where the next line starts).
  private n = 0;
  private starts = new Uint32Array(256);
  private ends = new Uint32Array(256);
  private nexts = new Uint32Array(256);
  private eols = new Uint8Array(256);
  private codes = new Int32Array(256);

  constructor(
    private readonly emit: (e: StreamEvent) => void,
    private readonly o: StreamOptions,
  ) {
    this.copy = o.copy !== false;
    this.maxPart = o.maxPartBytes ?? 1 << 20;
    if (o.diagnostics !== false) this.bc = new ByteChecker(o);
    if (o.claimKind) this.decide(o.claimKind);
  }

  /** The claim kind is known: cut and emit the lines gathered so far. */
  private decide(k: ClaimKind | 'unknown'): void {
    // A forced edition the kind lacks is refused as soon as the kind is known (as parse() does).
    if (this.o.edition !== undefined) editionOf(k, undefined, this.o.edition);
    this.claimKind = k;
    this.tables = tablesOf(k);
    this.cut = cutFor(k);
    if (this.bc) this.sc = new StructureChecker(this.cut);
    for (let j = 0; j < this.n; j++) j -= this.place(j);
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
    if (this.claimKind === undefined) this.decide(this.kev.decide(this.o.fileName));
    const form = formOf(this.claimKind!, (id) => this.windowIds.get(id) ?? 0);
    // The EOF byte belongs to no line: keep it out of the last part.
    this.flush(this.n, ce > ls ? this.pos - (eof ? 1 : 0) : ls);
    const claimKind = this.claimKind!;
    const ev = this.ev;
    ev.header = this.header?.id;
    ev.trailer = this.trailer?.id;
    ev.receipts = this.receiptNo;
    const kind = this.o.kind ?? kindFromEvidence(ev, this.o.fileName, claimKind);
    let diagnostics: Diagnostic[] = [];
    if (this.bc) {
      const lastEol = this.lastEol;
      diagnostics = this.bc.finish(this.pos, this.lineNo, lastEol, eof);
      if (this.sc) for (const d of this.sc.finish(kind, claimKind, form)) diagnostics.push(d);
      if (claimKind === 'unknown' && this.nonEmpty) diagnostics.push(kindUnknown());
    }
    const edition = editionOf(claimKind, this.header, this.o.edition);
    this.emit({ type: 'end', kind, claimKind, edition, ...(form ? { form } : {}), header: this.header, trailer: this.trailer, eof, bytes: this.pos, lines: this.lineNo, receipts: this.receiptNo, diagnostics });
  }

  /** One complete line: content `b[s, e)`, starting at file offset `at`; the next line starts at `next`. */
  private line(b: Uint8Array, s: number, e: number, at: number, eol: Eol, next: number): void {
    const code = lineCode(b, s, e);
    const lineNo = ++this.lineNo;
    if (e > s) this.nonEmpty = true;
    this.lastEol = eol;
    // Record the line in the current group.
    const k = this.n++;
    if (k === this.starts.length) this.grow();
    this.starts[k] = at - this.groupStart;
    this.ends[k] = at - this.groupStart + (e - s);
    this.nexts[k] = next - this.groupStart;
    this.eols[k] = eol;
    this.codes[k] = code;
    this.bc?.line(b, s, e, eol, code, lineNo, at);
    noteLineCode(this.ev, code);
    if (lineNo <= KIND_WINDOW) {
      const id = lineCodeId(code);
      if (id) this.windowIds.set(id, (this.windowIds.get(id) ?? 0) + 1);
    }
    if (this.claimKind === undefined) {
      this.kev.line(code, b, s, e);
      if (this.kev.done) this.decide(this.kev.decide(this.o.fileName));
      return;
    }
    this.place(k);
  }

  /**
   * Place line `k` of the group (the claim kind being known): a line that starts a receipt or the
   * tail emits the lines before it. Returns how many lines left the group.
   */
  private place(k: number): number {
    const code = this.codes[k]!;
    const i = this.groupLine + k; // file line index
    const at = this.groupStart + this.starts[k]!;
    const unprefixed = (code & LINE_PREFIXED) === 0;
    let part: 'lead' | 'receipt' | 'tail' | 'tailStart';
    let gone = 0;
    if (this.phase === PHASE_TAIL) part = 'tail';
    else if (unprefixed && this.cut.trailers.has(code & 0xffff)) {
      gone = this.flush(k, at);
      this.phase = PHASE_TAIL;
      part = 'tailStart';
    } else if (startsReceipt(this.cut, code, i, this.rStart, this.rStartCode)) {
      gone = this.flush(k, at);
      this.phase = PHASE_RECEIPT;
      this.rStart = i;
      this.rStartCode = code;
      part = 'receipt';
    } else part = this.phase === PHASE_LEAD ? 'lead' : 'receipt';
    const j = k - gone;
    this.sc?.line(code, part, this.ends[j] === this.starts[j], at);
    // Bound the memory held by a long lead or tail.
    if (this.phase !== PHASE_RECEIPT && this.nexts[j]! > this.maxPart) gone += this.flush(j + 1, this.groupStart + this.nexts[j]!);
    return gone;
  }

  private grow(): void {
    const m = this.starts.length * 2;
    const s = new Uint32Array(m);
    s.set(this.starts);
    this.starts = s;
    const e = new Uint32Array(m);
    e.set(this.ends);
    this.ends = e;
    const x = new Uint32Array(m);
    x.set(this.nexts);
    this.nexts = x;
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

  /**
   * Emit the group's first `m` lines as a part (its bytes end at file offset `upto`) and keep the
   * rest as the new group. Returns `m`.
   */
  private flush(m: number, upto: number): number {
    if (m === 0) {
      // Nothing recorded, but bytes may be pending (never: every byte up to `upto` belongs to a line).
      if (this.n === 0) {
        if (upto > this.groupStart) this.take(upto);
        this.groupStart = upto;
      }
      return 0;
    }
    const byteBase = this.groupStart;
    const bytes = this.take(upto);
    const table: LineTable = {
      buffers: [bytes],
      buf: new Uint16Array(m),
      start: this.starts.slice(0, m),
      end: this.ends.slice(0, m),
      eol: this.eols.slice(0, m),
      count: m,
      eof: false,
    };
    const lineBase = this.groupLine;
    const codes = this.codes;
    const tables = this.tables;
    const claimKind = this.claimKind!;
    let event: PartEvent;
    if (this.phase === PHASE_RECEIPT) {
      let claimEnd = 1;
      while (claimEnd < m && !(codes[claimEnd]! & LINE_PREFIXED) && (codes[claimEnd]! & 0xffff) !== ID_HR) claimEnd++;
      let reasonsEnd = claimEnd;
      while (reasonsEnd < m && !(codes[reasonsEnd]! & LINE_PREFIXED)) reasonsEnd++;
      for (let i = claimEnd; i < reasonsEnd; i++) {
        if ((codes[i]! & 0xffff) === ID_HR) noteReturnCategory(this.ev, field(bytes, table.start[i]!, table.end[i]!, 2));
      }
      const receipt = new Receipt(table, this.receiptNo++, 0, claimEnd, reasonsEnd, m, tables);
      event = { type: 'receipt', claimKind, table, lineBase, byteBase, receipt };
    } else {
      const records: Rec[] = new Array(m);
      for (let i = 0; i < m; i++) records[i] = new Rec(table, i, tables);
      if (this.phase === PHASE_LEAD) {
        // The header: the first unprefixed header record of the lead.
        if (!this.headerFound) {
          for (let i = 0; i < m; i++) {
            const c = codes[i]!;
            if (!(c & LINE_PREFIXED) && this.cut.headers.has(c)) {
              this.header = records[i];
              this.headerFound = true;
              break;
            }
          }
        }
        event = { type: 'lead', claimKind, table, lineBase, byteBase, records };
      } else {
        this.trailer ??= records[0];
        event = { type: 'tail', claimKind, table, lineBase, byteBase, records };
      }
    }
    // The rest of the group moves to the front (one line in the steady state).
    const rest = this.n - m;
    const d = upto - this.groupStart;
    for (let i = 0; i < rest; i++) {
      this.starts[i] = this.starts[m + i]! - d;
      this.ends[i] = this.ends[m + i]! - d;
      this.nexts[i] = this.nexts[m + i]! - d;
      this.eols[i] = this.eols[m + i]!;
      this.codes[i] = this.codes[m + i]!;
    }
    this.n = rest;
    this.groupStart = upto;
    this.groupLine += m;
    this.emit(event);
    return m;
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
