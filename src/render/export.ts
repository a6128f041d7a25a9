/**
 * What an app downloads: the corrections as a `receden-corrections/1` file (replayable with
 * `receden resubmit --corrections`), and the resubmission's files, all or none — as the CLI writes them.
 */
import type { Correction, ReceiptRef } from '../resubmit/corrections.js';
import type { CorrectionsFile } from '../resubmit/corrections-file.js';
import type { Payer, ResubmitResult } from '../resubmit/resubmit.js';

function sameReceipt(a: ReceiptRef, b: ReceiptRef): boolean {
  if ('searchNumber' in a && 'searchNumber' in b) return a.searchNumber === b.searchNumber;
  if ('position' in a && 'position' in b) return a.position === b.position && (a.file ?? 0) === (b.file ?? 0);
  return false;
}

/**
 * Corrections as a corrections file (an object; `JSON.stringify` it). Consecutive operations on the same
 * receipt share an entry; their order is kept, so the file replays them in the order given. A part given on the
 * receipt reference goes on its operation.
 */
export function correctionsToFile(corrections: readonly Correction[], note?: string): CorrectionsFile {
  const receipts: { ref: ReceiptRef; operations: Record<string, unknown>[] }[] = [];
  for (const c of corrections) {
    const { receipt, at: _at, ...op } = c;
    const base: ReceiptRef = 'searchNumber' in receipt ? { searchNumber: receipt.searchNumber } : { position: receipt.position, ...(receipt.file !== undefined ? { file: receipt.file } : {}) };
    const last = receipts[receipts.length - 1];
    const entry = last && sameReceipt(last.ref, base) ? last : receipts[receipts.push({ ref: base, operations: [] }) - 1]!;
    entry.operations.push({ ...op, ...(receipt.part !== undefined ? { part: receipt.part } : {}) });
  }
  return {
    format: 'receden-corrections/1',
    ...(note ? { note } : {}),
    receipts: receipts.map((r) => ({ ...r.ref, operations: r.operations })) as CorrectionsFile['receipts'],
  };
}

/** {@link correctionsToFile} as JSON text (two-space indent, final newline). */
export function correctionsJson(corrections: readonly Correction[], note?: string): string {
  return JSON.stringify(correctionsToFile(corrections, note), null, 2) + '\n';
}

export interface ResubmissionFile {
  /** 審査支払機関 (1 社保 / 2 国保); undefined for a kind without payers (労災). */
  readonly payer: Payer | undefined;
  /** The directory the CLI writes it into (`shaho`, `kokuho`; '' for 労災). */
  readonly dir: string;
  /** The kind's claim file name (RECEIPTC.UKE, RECEIPTS.UKE, RECEIPTY.CYO, RRECnn00.UKS). */
  readonly fileName: string;
  /** `dir/fileName` (or `fileName`), as `receden resubmit -o <dir>` writes it. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * The files of a resubmission, or undefined when any output was refused (its check found an error and `force`
 * was not set): like `receden resubmit`, every payer's file or none of them.
 */
export function resubmissionFiles(result: ResubmitResult): ResubmissionFile[] | undefined {
  if (result.outputs.length === 0 || result.outputs.some((o) => o.bytes === undefined)) return undefined;
  return result.outputs.map((o) => ({ payer: o.payer, dir: o.name, fileName: o.fileName, path: o.name ? `${o.name}/${o.fileName}` : o.fileName, bytes: o.bytes! }));
}
