/**
 * The parse-level findings (byte layer, structure) and the file-kind decision, computed
 * incrementally: fed one line at a time in file order, then finished. Both the whole-file
 * {@link parse} and the streaming parser drive these same checkers, which is what makes their
 * diagnostics identical for any input and any chunking.
 */
import { Eol, EOF_BYTE } from '../codec/lines.js';
import { isCleanSjis, wordsOf, scanSjis } from '../codec/sjis.js';
import { diag, type Diagnostic } from '../diagnostics/index.js';
import { DEFAULT_CUT, type Cut, type FileKind } from './file.js';
import { LINE_PREFIXED, lineCodeId } from './record.js';
import { ALL_RECORD_IDS, KINDS, kindDefOf } from '../spec/kinds.js';
import type { ClaimKind } from '../spec/types.js';

/** The record ids any kind defines, by packed id (see lineCode): one array read per line, no string. */
const KNOWN_IDS = new Uint8Array(0x10000);
for (const id of ALL_RECORD_IDS) if (id.length === 2) KNOWN_IDS[(id.charCodeAt(0) << 8) | id.charCodeAt(1)] = 1;

/** Options that shape the parse-level findings (a subset of `ParseOptions`). */
export interface CheckOptions {
  readonly scanEncoding?: boolean;
  readonly maxLineBytes?: number;
  readonly maxFindingsPerKind?: number;
}

// Packed record ids (see lineCode) of the records the structure depends on.
export const ID_RE = 0x5245;
export const ID_HR = 0x4852;
export const ID_GO = 0x474f;
export const ID_HG = 0x4847;
export const ID_IR = 0x4952;
export const ID_HI = 0x4849;
const ID_MD = 0x4d44;
const ID_MK = 0x4d4b;
const ID_JR = 0x4a52;
const ID_RT = 0x5254;

let utf8: TextDecoder | undefined;
function validUtf8(b: Uint8Array, s: number, e: number): boolean {
  try {
    (utf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(b.subarray(s, e));
    return true;
  } catch {
    return false;
  }
}

const UTF8_PENDING: Diagnostic = Object.freeze({ code: '', severity: 'info', params: {}, message: '' }) as Diagnostic;

/**
 * Byte-layer findings: line length, empty lines, lines without a record id, unknown ids, the
 * Shift_JIS scan, line ends, the EOF byte. Feed every line with {@link ByteChecker.line}, then
 * call {@link ByteChecker.finish}.
 *
 * Whether the whole file "looks like UTF-8" (reported once, at the first invalid Shift_JIS) is
 * decided line by line: line ends are ASCII, so the file is valid UTF-8 exactly when every line is.
 */
export class ByteChecker {
  private readonly maxLine: number;
  private readonly limit: number;
  private readonly scan: boolean;
  private readonly out: Diagnostic[] = [];
  private readonly counts: Record<string, number> = {};
  private bom = false;
  private utf8Checked = false;
  private utf8Valid = true;
  private utf8At = -1;
  private lfOnly = 0;
  private firstLf = 0;
  /** The buffer of the last line checked, and its 32-bit view (isCleanSjis reads ASCII runs four bytes at a time). */
  private wordsBuf: Uint8Array | undefined;
  private words: Uint32Array | undefined;

  constructor(o: CheckOptions = {}) {
    this.maxLine = o.maxLineBytes ?? 65536;
    this.limit = o.maxFindingsPerKind ?? 100;
    this.scan = o.scanEncoding !== false;
  }

  private count(code: string): boolean {
    return (this.counts[code] = (this.counts[code] ?? 0) + 1) <= this.limit;
  }

  /**
   * One line: content `b[s, e)` (its line end excluded), `line` its 1-based file line number,
   * `at` the file offset of `b[s]`, `code` its {@link lineCode}.
   */
  line(b: Uint8Array, s: number, e: number, eol: Eol, code: number, line: number, at: number): void {
    const out = this.out;
    if (line === 1 && e - s >= 3 && b[s] === 0xef && b[s + 1] === 0xbb && b[s + 2] === 0xbf) {
      this.bom = true;
      this.utf8Checked = true;
      out.push(diag({ code: 'encoding/utf8-bom', severity: 'error', line: 1, offset: 0, length: 3 }));
    }
    if (eol === Eol.LF && this.lfOnly++ === 0) this.firstLf = line;
    const len = e - s;
    if (len > this.maxLine) {
      out.push(diag({ code: 'line/too-long', severity: 'error', line, offset: at, length: len, expected: `${this.maxLine} bytes`, found: `${len} bytes` }));
    }
    const id = code & 0xffff;
    if (len === 0 && eol !== Eol.None) {
      if (this.count('line/empty')) out.push(diag({ code: 'line/empty', severity: 'warning', line, offset: at }));
    } else if (id === 0 && len > 0) {
      if (this.count('record/no-id')) out.push(diag({ code: 'record/no-id', severity: 'error', line, offset: at }));
    } else if (id !== 0) {
      // Unknown to every kind (a record of another kind than the file's is the validator's business).
      if (KNOWN_IDS[id] === 0 && this.count('record/unknown')) {
        const rid = lineCodeId(code);
        out.push(diag({ code: 'record/unknown', severity: 'warning', line, offset: at, record: rid, found: rid }));
      }
    }
    if (!this.scan) return;
    // Whether the whole file is UTF-8 is settled by the first line that is not (in a Shift_JIS file,
    // its first line with kanji): until then every line with a byte ≥ 0x80 is tried.
    if (this.utf8Valid) {
      for (let p = s; p < e; p++) {
        if (b[p]! >= 0x80) {
          this.utf8Valid = validUtf8(b, s, e);
          break;
        }
      }
    }
    if (b !== this.wordsBuf) {
      this.wordsBuf = b;
      this.words = wordsOf(b);
    }
    if (isCleanSjis(b, s, e, this.words)) return;
    const findings = scanSjis(b, s, e, this.limit);
    for (const f of findings) {
      const off = at + (f.offset - s);
      if (this.bom && off < 3) continue;
      let kind: string;
      let severity: 'error' | 'warning' = 'error';
      if (f.kind === 'control') {
        const c = b[f.offset];
        kind = c === 0x0d ? 'line/lone-cr' : c === EOF_BYTE ? 'eof/not-last' : 'encoding/control';
      } else if (f.kind === 'cp932-extension') {
        kind = 'encoding/cp932-extension';
        severity = 'warning';
      } else if (f.kind === 'user-defined') kind = 'encoding/user-defined';
      else kind = 'encoding/invalid-sjis';
      if (kind === 'encoding/invalid-sjis' && !this.utf8Checked) {
        this.utf8Checked = true;
        // Decided at finish(), when every line has been seen.
        this.utf8At = out.length;
        out.push(UTF8_PENDING);
        this.utf8Line = line;
        this.utf8Offset = off;
      }
      if (!this.count(kind)) continue;
      let hex = '';
      for (let i = 0; i < f.length; i++) hex += (i ? ' ' : '') + b[f.offset + i]!.toString(16).toUpperCase().padStart(2, '0');
      out.push(diag({ code: kind, severity, line, offset: off, length: f.length, found: `0x${hex}` }));
    }
  }
  private utf8Line = 0;
  private utf8Offset = 0;

  /**
   * All byte-layer findings in file order. `bytes` is the input size, `lines` the line count,
   * `lastEol` the last line's end, `eof` whether the input ended with 0x1A.
   */
  finish(bytes: number, lines: number, lastEol: Eol, eof: boolean): Diagnostic[] {
    // Nothing, or nothing but the EOF byte: no record at all.
    if (bytes === 0 || (lines === 0 && eof)) return [diag({ code: 'file/empty', severity: 'error' })];
    const out = this.out;
    if (this.utf8At >= 0) {
      if (this.utf8Valid) out[this.utf8At] = diag({ code: 'encoding/utf8', severity: 'error', line: this.utf8Line, offset: this.utf8Offset });
      else out.splice(this.utf8At, 1);
      this.utf8At = -1;
    }
    if (this.lfOnly > 0) {
      out.push(diag({ code: 'line/lf-only', severity: 'warning', line: this.firstLf, params: { count: this.lfOnly, first: this.firstLf } }));
    }
    if (lines > 0 && lastEol === Eol.None) out.push(diag({ code: 'line/no-final-eol', severity: 'warning', line: lines }));
    if (!eof) out.push(diag({ code: 'eof/missing', severity: 'info' }));
    return out;
  }
}

/**
 * What decides a file's kind, gathered as the file goes by (see {@link kindFromEvidence}).
 */
export interface KindEvidence {
  /** Record id of the header (IR/HI) when there is one. */
  header: string | undefined;
  /** Record id of the trailer (GO/HG) when there is one. */
  trailer: string | undefined;
  receipts: number;
  /** Some receipt has an HR among its reasons. */
  hr: boolean;
  /** Some HR has 返戻区分 4–9. */
  hrSah: boolean;
  /** Some HR has 返戻区分 1–3. */
  hrHen: boolean;
  /** Some history line is MD/MK/JR/RT. */
  historySah: boolean;
}

export function newKindEvidence(): KindEvidence {
  return { header: undefined, trailer: undefined, receipts: 0, hr: false, hrSah: false, hrHen: false, historySah: false };
}

/** Note one HR's 返戻区分. */
export function noteReturnCategory(ev: KindEvidence, k: string | undefined): void {
  ev.hr = true;
  if (k && k >= '4' && k <= '9' && k.length === 1) ev.hrSah = true;
  else if (k === '1' || k === '2' || k === '3') ev.hrHen = true;
}

/** Note one line's {@link lineCode}: history MD/MK/JR/RT point to SAH. */
export function noteLineCode(ev: KindEvidence, code: number): void {
  if (code & LINE_PREFIXED) {
    const id = code & 0xffff;
    if (id === ID_MD || id === ID_MK || id === ID_JR || id === ID_RT) ev.historySah = true;
  }
}

/**
 * Kind from content: HI or HG, or any unprefixed HR, makes a return. Among returns, 返戻区分 4–9
 * or re-examination records (MD/RT/JR/MK) in the history make SAH; 返戻区分 1–3 make HEN. The file
 * name decides only what the content leaves open.
 */
export function kindFromEvidence(ev: KindEvidence, fileName?: string, claimKind?: ClaimKind | 'unknown'): FileKind {
  const ext = fileName?.toUpperCase().match(/\.(UKE|HEN|SAH)$/)?.[1] as FileKind | undefined;
  const returnish = ev.header === 'HI' || ev.header === 'HH' || ev.trailer === 'HG' || ev.hr;
  // The 労災 return (RRECEC.HEN) is receipts only, without a header [INF]; a 労災 claim always has IR.
  if (!returnish && claimKind === 'rosai' && !ev.header && ev.receipts > 0) return 'HEN';
  if (!returnish) {
    if (!ev.header && ev.receipts === 0) return ext ?? 'unknown';
    return ev.header || ev.receipts > 0 ? 'UKE' : (ext ?? 'unknown');
  }
  if (ev.hrSah) return 'SAH';
  if (ev.hrHen) return 'HEN';
  if (ev.historySah) return 'SAH';
  return ext === 'SAH' ? 'SAH' : 'HEN';
}

/** The one finding on a file whose claim kind cannot be told (its records are then read with no tables). */
export function kindUnknown(): Diagnostic {
  return diag({ code: 'kind/unknown', severity: 'error', line: 1, offset: 0 });
}

/**
 * Structure findings (header, lines before the first receipt, duplicate headers, trailer and what
 * follows it). Feed every line in file order with the part it belongs to, then {@link finish}
 * with the file's kind.
 */
export class StructureChecker {
  constructor(private readonly cut: Cut = DEFAULT_CUT) {}

  private lines = 0;
  private firstId = '';
  /** 0-based line index of the header, -1 when none (yet). */
  private headerIndex = -1;
  private headerId = '';
  private readonly dups: Diagnostic[] = [];
  private readonly before: Diagnostic[] = [];
  private trailerSeen = false;
  private trailerId = '';
  private trailerLine = 0;
  private after: Diagnostic | undefined;

  /** The header's record id (IR/HI) once the lead is over, or undefined. */
  get header(): string | undefined {
    return this.headerIndex >= 0 ? this.headerId : undefined;
  }

  /**
   * One line: `part` is where the structure scan put it (`tailStart` for the unprefixed GO/HG that
   * starts the tail), `empty` whether its content is empty, `at` its file offset.
   */
  line(code: number, part: 'lead' | 'receipt' | 'tail' | 'tailStart', empty: boolean, at: number): void {
    const i = this.lines++;
    const id = lineCodeId(code);
    if (i === 0) this.firstId = id;
    const unprefixed = !(code & LINE_PREFIXED);
    const headerish = unprefixed && this.cut.headers.has(code & 0xffff);
    if (part === 'lead') {
      if (headerish && this.headerIndex < 0) {
        this.headerIndex = i;
        this.headerId = id;
        return;
      }
      if (headerish) this.dups.push(diag({ code: 'structure/duplicate-header', severity: 'error', line: i + 1, record: id, offset: at }));
      if (!empty) this.before.push(diag({ code: 'structure/before-first-receipt', severity: 'error', line: i + 1, record: id || undefined, offset: at, found: id || '?' }));
      return;
    }
    if (unprefixed && this.headerIndex >= 0 && this.cut.duplicates.has(code & 0xffff)) {
      this.dups.push(diag({ code: 'structure/duplicate-header', severity: 'error', line: i + 1, record: id, offset: at }));
    }
    if (part === 'tailStart') {
      this.trailerSeen = true;
      this.trailerId = id;
      this.trailerLine = i + 1;
    } else if (part === 'tail' && !empty && !this.after) {
      this.after = diag({ code: 'structure/after-trailer', severity: 'error', line: i + 1, record: id || undefined, offset: at });
    }
  }

  /**
   * All structure findings, in the order the whole-file parser reports them. The header and trailer
   * expected are the claim kind's (its return file's for HEN / SAH); a kind whose returns have none
   * (労災) expects none there.
   */
  finish(kind: FileKind, claimKind: ClaimKind | 'unknown' = 'ika', form?: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    // A file of unknown kind has no expected header, receipts or trailer: its one finding is kind/unknown.
    if (this.lines === 0 || claimKind === 'unknown') return out;
    const isReturn = kind === 'HEN' || kind === 'SAH';
    const def = kindDefOf(claimKind, form);
    const wantHeader = isReturn ? def.returns?.header : def.structure.header;
    const wantTrailer = isReturn ? def.returns?.trailer : def.structure.trailer;
    if (this.headerIndex !== 0) {
      if (wantHeader) out.push(diag({ code: 'structure/no-header', severity: 'error', line: 1, offset: 0, expected: wantHeader, found: this.firstId || '?' }));
    } else if (isReturn && this.headerId === def.structure.header && this.headerId !== wantHeader) {
      out.push(diag({ code: 'structure/ir-as-return-header', severity: 'info', line: 1, record: this.headerId }));
    } else if (wantHeader && this.headerId !== def.structure.header && this.headerId !== def.returns?.header) {
      // Another kind's header (the kind was forced, or the content says otherwise).
      out.push(diag({ code: 'structure/no-header', severity: 'error', line: 1, offset: 0, record: this.headerId, expected: wantHeader, found: this.headerId }));
    }
    // (A loop, not a spread: a file can have any number of them.)
    for (const d of this.dups) out.push(d);
    for (const d of this.before) out.push(d);
    if (!this.trailerSeen) {
      if (wantTrailer) out.push(diag({ code: 'structure/no-trailer', severity: 'error', line: this.lines, expected: wantTrailer }));
    } else {
      // (Either of the kind's trailers ends the file: a claim ending in HG, or a return in GO, is the validator's business.)
      if (wantTrailer && this.trailerId !== def.structure.trailer && this.trailerId !== def.returns?.trailer) {
        out.push(diag({ code: 'structure/no-trailer', severity: 'error', line: this.trailerLine, record: this.trailerId, expected: wantTrailer, found: this.trailerId }));
      }
      if (this.after) out.push(this.after);
    }
    return out;
  }
}
