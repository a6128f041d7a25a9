/**
 * Ask before writing: would this return resubmit, and what would block or warn? The resubmission is
 * built and checked exactly as {@link resubmit} builds and checks it (a dry run), and every finding is
 * placed back on the line of the return it comes from.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import type { ReceFile } from '../model/file.js';
import type { Correction } from './corrections.js';
import { resubmit, type Facility, type ReceiptDisposition, type ResubmitResult } from './resubmit.js';

export interface CheckResubmissionOptions {
  readonly corrections?: readonly Correction[];
  /** 請求年月 of the resubmission; by default the return's own 請求年月 (HI). */
  readonly billingMonth?: string;
  /**
   * 医療機関名称 / 電話番号 for the IR. A return does not carry them: without them the check uses a
   * stand-in name, so that only the return's own content is judged.
   */
  readonly facility?: Facility;
  /** A kind re-claimed by reception number (労災): the claim files the receipts were first sent in (see `ResubmitInput.claimed`). */
  readonly claimed?: ReceFile | readonly ReceFile[];
  /** A kind re-claimed by reception number (労災): the sending date, YYYYMMDD; by default a stand-in. */
  readonly submissionDate?: string;
  readonly showPersonalData?: boolean;
}

export interface ResubmissionCheck {
  /** Nothing would block the resubmission. */
  readonly ok: boolean;
  /** Per receipt of the return: what would happen to it, and its findings (placed on the return's lines). */
  readonly receipts: readonly ReceiptDisposition[];
  /** Every finding, placed on the return's lines where it concerns one. */
  readonly diagnostics: readonly Diagnostic[];
  /** The dry run itself (outputs without bytes). */
  readonly result: ResubmitResult;
}

/** Stand-in 医療機関名称 when none is given (the check judges the return, not the facility data). */
const STAND_IN_NAME = '医療機関';
/** Stand-in sending date (労災 RS 請求書提出年月日) when none is given: it goes into the trailer only, never a receipt line. */
const STAND_IN_DATE = '20991231';

/**
 * Judge the resubmission of one return file without writing it.
 *
 * @example
 * const c = checkResubmission(parse(bytes, { fileName: 'RECEIPTC.HEN' }));
 * for (const r of c.receipts) if (r.diagnostics.some((d) => d.severity === 'error')) console.log(r.searchNumber, 'is blocked');
 */
export function checkResubmission(file: ReceFile, options: CheckResubmissionOptions = {}): ResubmissionCheck {
  const hi = file.header;
  const billingMonth = options.billingMonth ?? (hi?.get('billingMonth') || '');
  const facility = { name: STAND_IN_NAME, ...options.facility };
  const result = resubmit({
    returns: [file],
    corrections: options.corrections,
    billingMonth,
    facility,
    claimed: options.claimed,
    submissionDate: options.submissionDate ?? STAND_IN_DATE,
    showPersonalData: options.showPersonalData,
    dryRun: true,
  });
  const place = placer(file, result);
  const receipts = result.receipts.map((r) => ({ ...r, diagnostics: r.diagnostics.map(place) }));
  const diagnostics = result.diagnostics.map(place);
  return { ok: !diagnostics.some((d) => d.severity === 'error'), receipts, diagnostics, result };
}

/** A finding on an output line, moved to the line of the return it came from. */
function placer(file: ReceFile, result: ResubmitResult): (d: Diagnostic) => Diagnostic {
  const t = file.table;
  const receiptOf = (line: number) => file.receipts.find((r) => line - 1 >= r.start && line - 1 < r.end)?.index;
  return (d) => {
    const o = d.origin;
    if (!o || o.source !== 'return' || o.input !== 0) return d;
    const out = result.outputs.find((x) => (x.name || x.fileName) === d.params.output);
    let offset: number | undefined;
    if (d.offset !== undefined && out && d.line !== undefined) {
      // Only a line copied byte for byte keeps its offsets.
      const ot = out.file.table;
      const os = ot.start[d.line - 1]!;
      const oe = ot.end[d.line - 1]!;
      const is = t.start[o.line - 1]!;
      const ie = t.end[o.line - 1]!;
      const ob = ot.buffers[ot.buf[d.line - 1]!]!;
      const ib = t.buffers[t.buf[o.line - 1]!]!;
      if (oe - os === ie - is && ob.subarray(os, oe).every((x, i) => x === ib[is + i])) offset = is + (d.offset - os);
    }
    const { offset: _o, ...rest } = d;
    return { ...rest, line: o.line, receipt: receiptOf(o.line) ?? d.receipt, ...(offset !== undefined ? { offset } : {}) };
  };
}
