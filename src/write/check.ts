/**
 * Strict writes. Whatever a writer is about to write — a resubmission, a file rebuilt from JSON, a
 * corrected or spliced file — is checked **as bytes**, with the same parser and rules a reader uses:
 * parse's byte layer (Shift_JIS, control bytes, line ends, EOF, record ids, line length) and then the
 * preset's rules. A writer refuses (writes nothing) when this check finds an error, unless forced.
 *
 * What the byte layer reports as a warning on reading becomes an error on writing where the writer is
 * responsible for the bytes: a CP932 extension or user-defined character is an error in 請求データ,
 * the header and the trailer, and a warning in a history line (the payer wrote it, and the history
 * block goes back exactly as it came).
 *
 * Every finding is placed: line, field, and the receipt it belongs to (its index, and its 検索番号 in
 * `params.searchNumber` when it has one). Values are shown only as the validator shows them (never a
 * patient's value unless personal data was asked for).
 */
import { diag, type Diagnostic, type Severity } from '../diagnostics/index.js';
import type { FileKind, ReceFile } from '../model/file.js';
import { parse } from '../model/parse.js';
import { serialize } from '../model/serialize.js';
import { createValidator, validate } from '../validate/index.js';
import { createReceiptSplitter, type EndEvent } from '../stream/splitter.js';
import { editionOf } from '../model/edition.js';
import type { Rec } from '../model/record.js';
import { scanStream } from '../stream/scan.js';
import { validateSecondPass } from '../validate/stream.js';
import type { ByteSource } from '../stream/parse.js';
import type { PresetId } from '../validate/types.js';
import type { ClaimKind } from '../spec/types.js';

/** A check of a file about to be written (by default `validate(file, { preset })`). */
export type OutputValidator = (file: ReceFile, options: { readonly showPersonalData?: boolean }) => readonly Diagnostic[];

export interface OutputCheckOptions {
  /** The kind of file being written (forces parse's kind; e.g. `UKE` for a resubmission). */
  readonly kind?: FileKind;
  /** Its claim kind (forces parse's; by default detected from the bytes, as a reader would). */
  readonly claimKind?: ClaimKind;
  /** Rules to check with; by default from the kind (UKE → claim, HEN/SAH → return). */
  readonly preset?: PresetId;
  /** Let patient-identifying values appear in messages. @defaultValue false */
  readonly showPersonalData?: boolean;
  /** Replace the preset's rules by this check (parse's byte layer always runs). */
  readonly validate?: OutputValidator;
}

export interface OutputCheck {
  /** No finding of severity error. */
  readonly ok: boolean;
  /** The bytes as a reader sees them (parsed exactly as `parse(bytes)` would). */
  readonly file: ReceFile;
  readonly diagnostics: readonly Diagnostic[];
}

/** Byte-layer codes whose severity depends, on writing, on whether the line is a history line. */
const BY_LINE_KIND = new Set(['encoding/cp932-extension', 'encoding/user-defined', 'field/jis-x0208']);

/** Check bytes about to be written: parse (byte layer + structure), then the rules, then strict-write severities. */
export function checkOutput(bytes: Uint8Array, options: OutputCheckOptions = {}): OutputCheck {
  const showPersonalData = options.showPersonalData ?? false;
  const file = parse(bytes, { kind: options.kind, claimKind: options.claimKind });
  let found: readonly Diagnostic[];
  if (options.validate) {
    // A caller's own check: parse's findings are still part of the verdict.
    try {
      found = mergeOnce(file.diagnostics, options.validate(file, { showPersonalData }));
    } catch (e) {
      found = [...file.diagnostics, diag({ code: 'write/validator-failed', severity: 'error', params: { message: String((e as Error)?.message ?? e) } })];
    }
  } else {
    found = validate(file, { preset: options.preset, showPersonalData });
  }
  const diagnostics = placeAndRate(receiptLines(file), found);
  return { ok: !diagnostics.some((d) => d.severity === 'error'), file, diagnostics };
}

export interface StrictSerializeOptions extends Omit<OutputCheckOptions, 'kind'> {
  /** Give the bytes even when the check finds errors. @defaultValue false */
  readonly force?: boolean;
}

export interface StrictBytes extends OutputCheck {
  /** The bytes to write: undefined when the check found an error and `force` was not set. */
  readonly bytes: Uint8Array | undefined;
}

/**
 * `serialize(file)`, checked: the bytes are parsed again and validated (see {@link checkOutput}); on
 * an error they are withheld unless `force` is set. Use it wherever a model becomes a file.
 *
 * @example
 * const out = strictSerialize(applyCorrections([file], corrections).file);
 * if (out.bytes) await writeFile('RECEIPTC.UKE', out.bytes);
 * else for (const d of out.diagnostics) console.error(formatDiagnostic(d));
 */
export function strictSerialize(file: ReceFile, options: StrictSerializeOptions = {}): StrictBytes {
  const bytes = serialize(file);
  const kind = file.kind === 'unknown' ? undefined : file.kind;
  const c = checkOutput(bytes, { ...options, kind });
  return { ...c, bytes: c.ok || options.force ? bytes : undefined };
}

function mergeOnce(a: readonly Diagnostic[], b: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.code}|${d.line ?? ''}|${d.offset ?? ''}|${d.field?.position ?? ''}`;
  const seen = new Set(b.map(key));
  return [...b, ...a.filter((d) => !seen.has(key(d)))];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A receipt's lines, for placing findings: 1-based file lines [start, end), history from `history` on. */
interface ReceiptLines {
  readonly index: number;
  readonly start: number;
  readonly history: number;
  readonly end: number;
  readonly searchNumber: string;
}

/**
 * Strict-write severities for characters outside JIS X 0208 (error outside history lines, warning in
 * them), and each finding placed in its receipt (index, 検索番号). `receipts` must be in file order.
 */
function placeAndRate(receipts: readonly ReceiptLines[], list: readonly Diagnostic[]): Diagnostic[] {
  const receiptAt = (line: number): ReceiptLines | undefined => {
    let lo = 0;
    let hi = receipts.length - 1;
    while (lo <= hi) {
      const m = (lo + hi) >> 1;
      const r = receipts[m]!;
      if (line < r.start) hi = m - 1;
      else if (line >= r.end) lo = m + 1;
      else return r;
    }
    return undefined;
  };
  const out: Diagnostic[] = [];
  for (const d of list) {
    let x = d;
    if (d.line !== undefined) {
      const r = receiptAt(d.line);
      if (BY_LINE_KIND.has(d.code)) {
        const want: Severity = r && d.line >= r.history ? 'warning' : 'error';
        if (RANK[want] !== RANK[d.severity] && !(want === 'warning' && d.severity === 'info')) x = { ...x, severity: want };
      }
      if (r) {
        const params = r.searchNumber && x.params.searchNumber === undefined ? { ...x.params, searchNumber: r.searchNumber } : x.params;
        x = { ...x, receipt: x.receipt ?? r.index, params };
      }
    }
    out.push(x);
  }
  return out;
}

function receiptLines(file: ReceFile): ReceiptLines[] {
  return file.receipts.map((r) => ({ index: r.index, start: r.start + 1, history: r.reasonsEnd + 1, end: r.end + 1, searchNumber: r.searchNumber }));
}

/**
 * {@link checkOutput} for bytes too large to hold: `open` is called twice (kind and byte layer, then
 * the rules), memory stays flat. The same findings as `checkOutput` on the same bytes.
 */
export async function checkOutputStream(open: () => ByteSource, options: Omit<OutputCheckOptions, 'validate'> = {}): Promise<{ ok: boolean; diagnostics: readonly Diagnostic[]; kind: FileKind }> {
  const first = await scanStream(open(), { kind: options.kind, claimKind: options.claimKind });
  // Lines of the byte layer's findings, sorted: a receipt is remembered only when a finding falls in it.
  const byteLines = first.diagnostics.map((d) => d.line ?? 0).filter((l) => l > 0).sort((a, b) => a - b);
  const hasByteFinding = (a: number, b: number) => {
    let lo = 0;
    let hi = byteLines.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (byteLines[m]! < a) lo = m + 1;
      else hi = m;
    }
    return lo < byteLines.length && byteLines[lo]! < b;
  };
  const kept: ReceiptLines[] = [];
  const found = await validateSecondPass(open(), first, { preset: options.preset, showPersonalData: options.showPersonalData ?? false, kind: options.kind, claimKind: options.claimKind }, (e, f) => {
    const r = e.receipt;
    const start = e.lineBase + r.start + 1;
    const end = e.lineBase + r.end + 1;
    if (f.length > 0 || hasByteFinding(start, end)) kept.push({ index: r.index, start, history: e.lineBase + r.reasonsEnd + 1, end, searchNumber: r.searchNumber });
  });
  const diagnostics = placeAndRate(kept, found);
  return { ok: !diagnostics.some((d) => d.severity === 'error'), diagnostics, kind: first.kind };
}

/** A push-based {@link checkOutput}: the bytes of a file as they are written, chunk by chunk (see {@link createOutputCheck}). */
export interface OutputCheckStream {
  /** The next chunk of the file (not kept once this returns). */
  write(chunk: Uint8Array): void;
  /** The file is complete: the findings, exactly those of `checkOutput` on the same bytes. */
  finish(): { readonly ok: boolean; readonly diagnostics: readonly Diagnostic[] };
}

/**
 * {@link checkOutput} of a file being written, in one pass with flat memory: the bytes are split into
 * receipts as they come, each checked by the rules at once, and the byte layer's findings added at the
 * end. It needs the file's kind and claim kind up front (a writer knows what it writes), which is what
 * lets it skip {@link checkOutputStream}'s first pass. A writer streams its output through it and
 * refuses at the end — writing to a temporary file that is then removed — on an error. The kind is taken as given
 * (a claim that holds an HR is checked as the claim the writer says it writes, as `checkOutput` with that kind
 * does); a file found not to be Shift_JIS only at the end gets the findings `checkOutput` gives it
 * (test/unit/output-check.test.ts holds the two together).
 */
export function createOutputCheck(options: Omit<OutputCheckOptions, 'validate' | 'kind' | 'claimKind'> & { readonly kind: FileKind; readonly claimKind: ClaimKind }): OutputCheckStream {
  const v = createValidator({ preset: options.preset, showPersonalData: options.showPersonalData ?? false });
  let begun = false;
  let end: EndEvent | undefined;
  const kept: ReceiptLines[] = [];
  const begin = (header: Rec | undefined) => {
    if (begun) return;
    begun = true;
    v.begin(options.kind, { encodingBroken: false, claimKind: options.claimKind, edition: editionOf(options.claimKind, header) });
  };
  const splitter = createReceiptSplitter(
    (e) => {
      if (e.type === 'end') {
        end = e;
        return;
      }
      if (e.type === 'receipt') {
        begin(undefined);
        const r = e.receipt;
        v.receipt(r, { line: e.lineBase + r.start + 1, offset: e.byteBase + e.table.start[r.start]! });
        // Every receipt's lines are kept (a few numbers each): a byte-layer finding in it is known only at the end.
        kept.push({ index: r.index, start: e.lineBase + r.start + 1, history: e.lineBase + r.reasonsEnd + 1, end: e.lineBase + r.end + 1, searchNumber: r.searchNumber });
        return;
      }
      begin(e.type === 'lead' ? e.records.find((x) => !x.prefixed) : undefined);
      for (const rec of e.records) {
        const at = { line: e.lineBase + rec.index + 1, offset: e.byteBase + rec.offset };
        if (e.type === 'lead') v.lead(rec, at);
        else v.tail(rec, at);
      }
    },
    { kind: options.kind, claimKind: options.claimKind },
  );
  return {
    write: (chunk) => splitter.write(chunk),
    finish() {
      splitter.end();
      begin(undefined);
      v.add(end!.diagnostics);
      const diagnostics = placeAndRate(kept, v.finish());
      return { ok: !diagnostics.some((d) => d.severity === 'error'), diagnostics };
    },
  };
}
