/**
 * Validation on the stream, with flat memory. Browser-safe.
 *
 * Validation needs the file's kind before the first receipt (it picks the rules), and the kind
 * depends on the whole file (HR 返戻区分, the trailer). So {@link validateStream} reads the source
 * twice: a first, cheap pass for the kind and the byte-layer findings, then a pass that feeds the
 * incremental validator receipt by receipt, with file-global positions. The result is exactly
 * `validate(parse(bytes))`.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import type { FileKind, ReceFile } from '../model/file.js';
import { parseStream, type ByteSource } from '../stream/parse.js';
import { scanStream } from '../stream/scan.js';
import type { EndEvent, ReceiptEvent, StreamOptions } from '../stream/splitter.js';
import { createValidator, effectiveKind, resolvePreset } from './index.js';
import type { PresetId, ValidateOptions } from './types.js';

/**
 * Validate a re-readable source (`open` is called twice: e.g. `() => blob.stream()`, or a file).
 * Same findings, in the same order, as `validate(parse(bytes), options)`.
 *
 * @example
 * const diagnostics = await validateStream(() => file.stream(), { fileName: file.name });
 */
export async function validateStream(open: () => ByteSource, options: ValidateOptions & StreamOptions = {}): Promise<Diagnostic[]> {
  const first = await scanStream(open(), options);
  return validateSecondPass(open(), first, options);
}

/** What {@link validateStreamReport} returns: the findings, and what the CLI reports with them. */
export interface StreamValidation {
  readonly diagnostics: Diagnostic[];
  /** The first pass's `end` event (kind as parsed, header, trailer, counts, byte-layer findings). */
  readonly end: EndEvent;
  /** The kind validated against (`effectiveKind`). */
  readonly kind: FileKind;
  /** The preset used (`resolvePreset`). */
  readonly preset: PresetId;
}

/** {@link validateStream}, also telling the kind and preset used (what `receden validate` prints). */
export async function validateStreamReport(open: () => ByteSource, options: ValidateOptions & StreamOptions = {}): Promise<StreamValidation> {
  const end = await scanStream(open(), options);
  const diagnostics = await validateSecondPass(open(), end, options);
  const view = { kind: end.kind, claimKind: end.claimKind, form: end.form, header: end.header, trailer: end.trailer } as ReceFile;
  return { diagnostics, end, kind: effectiveKind(view), preset: resolvePreset(view, options) };
}

/**
 * The second pass of {@link validateStream}, given the first pass's `end` event. `onReceipt` is called
 * after each receipt with the event and the rules' findings on it (for progress, or to place findings).
 */
export async function validateSecondPass(
  source: ByteSource,
  first: EndEvent,
  options: ValidateOptions & StreamOptions = {},
  onReceipt?: (e: ReceiptEvent, found: readonly Diagnostic[]) => void,
): Promise<Diagnostic[]> {
  // effectiveKind reads only kind, claim kind, header and trailer.
  const kind = effectiveKind({ kind: first.kind, claimKind: first.claimKind, form: first.form, header: first.header, trailer: first.trailer } as ReceFile);
  const v = createValidator(options);
  v.begin(kind, { encodingBroken: first.diagnostics.some((d) => d.code === 'encoding/utf8' || d.code === 'encoding/utf8-bom'), claimKind: first.claimKind, edition: first.edition, form: first.form });
  // (The claim kind, the edition and the form are detected again from the same bytes, so they are the first pass's.)
  for await (const e of parseStream(source, { ...options, kind: first.kind, diagnostics: false })) {
    if (e.type === 'receipt') {
      const r = e.receipt;
      const found = v.receipt(r, { line: e.lineBase + r.start + 1, offset: e.byteBase + e.table.start[r.start]! });
      onReceipt?.(e, found);
    } else if (e.type === 'lead' || e.type === 'tail') {
      for (const rec of e.records) {
        const at = { line: e.lineBase + rec.index + 1, offset: e.byteBase + rec.offset };
        if (e.type === 'lead') v.lead(rec, at);
        else v.tail(rec, at);
      }
    }
  }
  v.add(kind === first.kind ? first.diagnostics : first.diagnostics.filter((d) => d.code !== 'structure/ir-as-return-header'));
  return v.finish();
}
