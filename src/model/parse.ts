/**
 * `parse(bytes)`: the typed model of a UKE / HEN / SAH file. Never throws on any input; every
 * problem found at the byte and structure level is a diagnostic.
 */
import { ByteChecker, kindFromEvidence, kindUnknown, newKindEvidence, noteReturnCategory, StructureChecker } from './checks.js';
import { scanLines, Eol, type LineTable } from '../codec/lines.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { codeAt, cutFor, idCode, indexLines, Receipt, structure, type Cut, type FileKind, type LineIndex, type ReceFile } from './file.js';
import { editionOf } from './edition.js';
import { ClaimKindEvidence, KIND_WINDOW } from './kind.js';
import { lineCodeId, Rec } from './record.js';
import { formOf, KINDS, NO_TABLES, type RecordTables } from '../spec/kinds.js';
import type { ClaimKind } from '../spec/types.js';

export interface ParseOptions {
  /** File name, used as a hint for the kind when the content does not settle it (`.HEN`, `.SAH`, `.UKE`). */
  readonly fileName?: string;
  /** Force the file kind (UKE / HEN / SAH) instead of detecting it. */
  readonly kind?: FileKind;
  /** Force the claim kind (医科 `ika`, 歯科 `shika`, 調剤 `chozai` …) instead of detecting it from the content. */
  readonly claimKind?: ClaimKind;
  /**
   * Force the edition (医科 `R04`, `H30`, `H28` …: an id of the kind's `editions`) instead of telling it
   * from the header's 請求年月. An id the kind does not have throws a TypeError.
   */
  readonly edition?: string;
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
  const claimKind = claimKindOf(table, ix, options);
  const form = formOfLines(table, ix, claimKind);
  const cut = cutFor(claimKind);
  const st = structure(table, ix, cut);
  const tables = tablesOf(claimKind);
  const diagnostics: Diagnostic[] = [];
  if (original) byteDiagnostics(original, table, ix, options, diagnostics);
  const lead: Rec[] = [];
  for (let i = 0; i < st.leadEnd; i++) lead.push(new Rec(table, i, tables));
  const tail: Rec[] = [];
  for (let i = st.tailStart; i < table.count; i++) tail.push(new Rec(table, i, tables));
  const receipts = st.receipts.map((r, k) => new Receipt(table, k, r.start, r.claimEnd, r.reasonsEnd, r.end, tables));
  const header = lead.find((r) => !r.prefixed && r.id !== '' && cut.headers.has(idCode(r.id)));
  const trailer = tail[0];
  const kind = options.kind ?? detectKind(header, receipts, trailer, ix, options.fileName, claimKind);
  const edition = editionOf(claimKind, header, options.edition);
  structureDiagnostics(table, ix, st.leadEnd, st.tailStart, kind, claimKind, cut, diagnostics, form);
  kindDiagnostics(table, claimKind, diagnostics);
  return { kind, claimKind, edition, ...(form ? { form } : {}), table, lead, header, receipts, tail, trailer, diagnostics };
}

/** The claim kind of a file: forced, or from its first {@link KIND_WINDOW} lines (and the file name). */
export function claimKindOf(table: LineTable, ix: LineIndex, options: Pick<ParseOptions, 'claimKind' | 'fileName'>): ClaimKind | 'unknown' {
  if (options.claimKind) return options.claimKind;
  const ev = new ClaimKindEvidence();
  const n = Math.min(table.count, KIND_WINDOW);
  for (let i = 0; i < n; i++) ev.line(codeAt(ix, i), table.buffers[table.buf[i]!]!, table.start[i]!, table.end[i]!);
  return ev.decide(options.fileName);
}

/** The kind's form a file is, from the record ids of its first {@link KIND_WINDOW} lines (forced kind or not). */
export function formOfLines(table: LineTable, ix: LineIndex, claimKind: ClaimKind | 'unknown'): string | undefined {
  if (claimKind === 'unknown' || !KINDS[claimKind].forms?.length) return undefined;
  const ids = new Map<string, number>();
  const n = Math.min(table.count, KIND_WINDOW);
  for (let i = 0; i < n; i++) {
    const id = lineCodeId(codeAt(ix, i));
    if (id) ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  return formOf(claimKind, (id) => ids.get(id) ?? 0);
}

/** The tables a file's records are read with: its kind's, or none when the kind cannot be told. */
export function tablesOf(claimKind: ClaimKind | 'unknown'): RecordTables {
  return claimKind === 'unknown' ? NO_TABLES : KINDS[claimKind];
}

/** One `kind/unknown` for a file with content whose kind cannot be told (an empty file has `file/empty`). */
export function kindDiagnostics(table: LineTable, claimKind: ClaimKind | 'unknown', out: Diagnostic[]): void {
  if (claimKind !== 'unknown') return;
  for (let i = 0; i < table.count; i++) {
    if (table.end[i]! > table.start[i]!) {
      out.push(kindUnknown());
      return;
    }
  }
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
  claimKind?: ClaimKind | 'unknown',
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
  return kindFromEvidence(ev, fileName, claimKind);
}

function byteDiagnostics(bytes: Uint8Array, t: LineTable, ix: LineIndex, o: ParseOptions, out: Diagnostic[]): void {
  const c = new ByteChecker(o);
  if (bytes.length > 0) {
    for (let i = 0; i < t.count; i++) {
      const s = t.start[i]!;
      c.line(t.buffers[t.buf[i]!]!, s, t.end[i]!, t.eol[i]!, codeAt(ix, i), i + 1, s);
    }
  }
  for (const d of c.finish(bytes.length, t.count, t.count > 0 ? t.eol[t.count - 1]! : Eol.None, t.eof)) out.push(d);
}

function structureDiagnostics(t: LineTable, ix: LineIndex, leadEnd: number, tailStart: number, kind: FileKind, claimKind: ClaimKind | 'unknown', cut: Cut, out: Diagnostic[], form?: string): void {
  const c = new StructureChecker(cut);
  for (let i = 0; i < t.count; i++) {
    const part = i < leadEnd ? 'lead' : i < tailStart ? 'receipt' : i === tailStart ? 'tailStart' : 'tail';
    c.line(codeAt(ix, i), part, t.end[i] === t.start[i], t.start[i]!);
  }
  for (const d of c.finish(kind, claimKind, form)) out.push(d);
}
