/**
 * `parse(bytes)`: the typed model of a UKE / HEN / SAH file. Never throws on any input; every
 * problem found at the byte and structure level is a diagnostic.
 */
import { ByteChecker, kindFromEvidence, newKindEvidence, noteReturnCategory, StructureChecker } from './checks.js';
import { scanLines, Eol, type LineTable } from '../codec/lines.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { indexLines, Receipt, structure, type FileKind, type LineIndex, type ReceFile } from './file.js';
import { LINE_PREFIXED, Rec } from './record.js';

export interface ParseOptions {
  /** File name, used as a hint for the kind when the content does not settle it (`.HEN`, `.SAH`, `.UKE`). */
  readonly fileName?: string;
  /** Force the kind instead of detecting it. */
  readonly kind?: FileKind;
  /** Check every byte for Shift_JIS validity, control bytes and CP932 extensions. @defaultValue true */
  readonly scanEncoding?: boolean;
  /** Longest line accepted without a `line/too-long` error, in bytes. @defaultValue 65536 */
  readonly maxLineBytes?: number;
  /** Stop reporting a kind of byte-level finding after this many. @defaultValue 100 */
  readonly maxFindingsPerKind?: number;
}

/** Parse a file held in memory. */
export function parse(bytes: Uint8Array, options: ParseOptions = {}): ReceFile {
  const table = scanLines(bytes);
  return fromLines(table, options, bytes);
}

/** Build the model over an existing line table (used by edits: structure is always re-derived). */
export function fromLines(table: LineTable, options: ParseOptions = {}, original?: Uint8Array): ReceFile {
  const ix = indexLines(table);
  const st = structure(table, ix);
  const diagnostics: Diagnostic[] = [];
  if (original) byteDiagnostics(original, table, ix, options, diagnostics);
  const lead: Rec[] = [];
  for (let i = 0; i < st.leadEnd; i++) lead.push(new Rec(table, i));
  const tail: Rec[] = [];
  for (let i = st.tailStart; i < table.count; i++) tail.push(new Rec(table, i));
  const receipts = st.receipts.map((r, k) => new Receipt(table, k, r.start, r.claimEnd, r.reasonsEnd, r.end));
  const header = lead.find((r) => !r.prefixed && (r.id === 'IR' || r.id === 'HI'));
  const trailer = tail[0];
  const kind = options.kind ?? detectKind(header, receipts, trailer, ix, options.fileName);
  structureDiagnostics(table, ix, st.leadEnd, st.tailStart, kind, diagnostics);
  return { kind, table, lead, header, receipts, tail, trailer, diagnostics };
}

/**
 * Kind from content: HI or HG, or any unprefixed HR, makes a return. Among returns, 返戻区分 4–9
 * or re-examination records (MD/RT/JR/MK) in the history make SAH; 返戻区分 1–3 make HEN. The file
 * name decides only what the content leaves open.
 */
export function detectKind(
  header: Rec | undefined,
  receipts: readonly Receipt[],
  trailer: Rec | undefined,
  ix: LineIndex,
  fileName?: string,
): FileKind {
  const ev = newKindEvidence();
  ev.header = header?.id;
  ev.trailer = trailer?.id;
  ev.receipts = receipts.length;
  for (const r of receipts) {
    for (const hr of r.reasons) if (hr.id === 'HR') noteReturnCategory(ev, hr.get('returnCategory'));
  }
  for (let i = 0; i < ix.ids.length; i++) {
    if (ix.prefixed[i] && (ix.ids[i] === 'MD' || ix.ids[i] === 'MK' || ix.ids[i] === 'JR' || ix.ids[i] === 'RT')) ev.historySah = true;
  }
  return kindFromEvidence(ev, fileName);
}

/** The packed line code (see `lineCode`) of line `i`, from the index. */
function codeOf(ix: LineIndex, i: number): number {
  const id = ix.ids[i]!;
  return (ix.prefixed[i] ? LINE_PREFIXED : 0) | (id ? (id.charCodeAt(0) << 8) | id.charCodeAt(1) : 0);
}

function byteDiagnostics(bytes: Uint8Array, t: LineTable, ix: LineIndex, o: ParseOptions, out: Diagnostic[]): void {
  const c = new ByteChecker(o);
  if (bytes.length > 0) {
    for (let i = 0; i < t.count; i++) {
      const s = t.start[i]!;
      c.line(t.buffers[t.buf[i]!]!, s, t.end[i]!, t.eol[i]!, codeOf(ix, i), i + 1, s);
    }
  }
  for (const d of c.finish(bytes.length, t.count, t.count > 0 ? t.eol[t.count - 1]! : Eol.None, t.eof)) out.push(d);
}

function structureDiagnostics(t: LineTable, ix: LineIndex, leadEnd: number, tailStart: number, kind: FileKind, out: Diagnostic[]): void {
  const c = new StructureChecker();
  for (let i = 0; i < t.count; i++) {
    const part = i < leadEnd ? 'lead' : i < tailStart ? 'receipt' : i === tailStart ? 'tailStart' : 'tail';
    c.line(codeOf(ix, i), part, t.end[i] === t.start[i], t.start[i]!);
  }
  for (const d of c.finish(kind)) out.push(d);
}
