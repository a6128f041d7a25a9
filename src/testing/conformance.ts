/**
 * The conformance protocol: what the corpus's sidecars say, what a vendor's validator prints, and how the two are
 * compared (`receden conformance`). Browser-safe: text in, verdicts out.
 *
 * A vendor's command prints, on standard output, its diagnostics of one file as JSON, in either form:
 * - a JSON array of `{ "code", "severity", "line"?, "field"? }` — `field` the 1-based 項目 position (a number, or
 *   an object with `position`, as receden's diagnostics carry it);
 * - receden's `validate --json` report (`{ "files": [{ "diagnostics": [...] }] }`), or any object with a
 *   `diagnostics` array.
 * Each diagnostic is compared by code, severity, line and field position; a diagnostic without a line (a finding
 * about the whole file) matches on code and severity.
 */
import type { Diagnostic, Severity } from '../diagnostics/index.js';
import type { FileKind } from '../model/file.js';
import type { ClaimKind } from '../spec/types.js';
import type { PresetId } from '../validate/types.js';

/** One expected diagnostic of a sidecar. */
export interface ConformanceDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly line?: number;
  /** 1-based 項目 position, history prefix not counted. */
  readonly field?: number;
}

/** The JSON sidecar beside each corpus file (`<file>.json`). */
export interface Sidecar {
  readonly file: string;
  readonly claimKind: ClaimKind;
  readonly fileKind: FileKind;
  readonly category: 'valid' | 'edge' | 'invalid';
  readonly description: string;
  /** The preset the diagnostics are for (`receden validate --preset`). */
  readonly preset: PresetId;
  /** invalid/: the rule the file breaks. */
  readonly rule?: string;
  /** Every diagnostic receden reports, ordered by line. */
  readonly diagnostics: readonly ConformanceDiagnostic[];
  /** Returns: the resubmission receden writes from the file (`resubmit` with this billing month), beside it. */
  readonly resubmission?: {
    readonly file: string;
    readonly payer: string | undefined;
    readonly billingMonth: string;
    /** The 医療機関名称 and 電話番号 the claim header was written with (`resubmit --facility-name`, `--phone`). */
    readonly facilityName?: string;
    readonly phone?: string;
    /**
     * Kinds re-claimed by reception number (労災): the claim file the returned receipts were first sent in, beside the
     * return (`<file>.claimed.UKE`; `resubmit --claimed`), and the day the re-claim is sent (`--submission-date`).
     */
    readonly claimed?: string;
    readonly submissionDate?: string;
  };
}

/** One file of conformance/index.json (paths relative to conformance/). */
export interface CorpusEntry {
  readonly path: string;
  readonly sidecar: string;
  readonly claimKind: ClaimKind;
  readonly fileKind: FileKind;
  readonly category: 'valid' | 'edge' | 'invalid';
  readonly preset: PresetId;
  readonly rule?: string;
  readonly resubmission?: string;
}

/** conformance/index.json (`receden/conformance`). */
export interface CorpusIndex {
  readonly version: 1;
  /** The rule table the corpus was built for: every rule has an invalid/ file. */
  readonly rules: readonly string[];
  readonly files: readonly CorpusEntry[];
}

/** receden's diagnostics in the protocol's form. */
export function conformanceDiagnostics(ds: readonly Diagnostic[]): ConformanceDiagnostic[] {
  return ds.map((d) => ({ code: d.code, severity: d.severity, ...(d.line !== undefined ? { line: d.line } : {}), ...(d.field?.position !== undefined ? { field: d.field.position } : {}) }));
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A vendor's output read as diagnostics, or why it cannot be. */
export function readVendorOutput(stdout: string): { ok: true; diagnostics: ConformanceDiagnostic[] } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    return { ok: false, problem: 'standard output is not JSON' };
  }
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && Array.isArray((json as { diagnostics?: unknown }).diagnostics)
      ? (json as { diagnostics: unknown[] }).diagnostics
      : typeof json === 'object' && json !== null && Array.isArray((json as { files?: unknown }).files)
        ? ((json as { files: { diagnostics?: unknown }[] }).files.flatMap((f) => (Array.isArray(f?.diagnostics) ? f.diagnostics : [])) as unknown[])
        : undefined;
  if (!list) return { ok: false, problem: 'neither an array of diagnostics nor an object with diagnostics' };
  const out: ConformanceDiagnostic[] = [];
  for (const [i, x] of list.entries()) {
    const d = x as { code?: unknown; severity?: unknown; line?: unknown; field?: unknown };
    if (typeof d?.code !== 'string' || !SEVERITIES.includes(d.severity as Severity)) return { ok: false, problem: `diagnostic ${i + 1} has no code or no severity (error, warning, info)` };
    const field = typeof d.field === 'number' ? d.field : typeof (d.field as { position?: unknown })?.position === 'number' ? (d.field as { position: number }).position : undefined;
    out.push({ code: d.code, severity: d.severity as Severity, ...(typeof d.line === 'number' ? { line: d.line } : {}), ...(field !== undefined ? { field } : {}) });
  }
  return { ok: true, diagnostics: out };
}

export interface Comparison {
  readonly ok: boolean;
  /** Expected and not printed. */
  readonly missing: readonly ConformanceDiagnostic[];
  /** Printed and not expected. */
  readonly unexpected: readonly ConformanceDiagnostic[];
}

const keyOf = (d: ConformanceDiagnostic) => `${d.code}|${d.severity}|${d.line ?? ''}|${d.field ?? ''}`;

/**
 * Compare a vendor's diagnostics with a sidecar's, as multisets, keeping only those at `minSeverity` or above
 * (default `info`: all).
 */
export function compareDiagnostics(expected: readonly ConformanceDiagnostic[], actual: readonly ConformanceDiagnostic[], minSeverity: Severity = 'info'): Comparison {
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  const keep = (d: ConformanceDiagnostic) => rank(d.severity) <= rank(minSeverity);
  const pool = new Map<string, number>();
  for (const d of actual.filter(keep)) pool.set(keyOf(d), (pool.get(keyOf(d)) ?? 0) + 1);
  const missing: ConformanceDiagnostic[] = [];
  for (const d of expected.filter(keep)) {
    const n = pool.get(keyOf(d)) ?? 0;
    if (n > 0) pool.set(keyOf(d), n - 1);
    else missing.push(d);
  }
  const unexpected: ConformanceDiagnostic[] = [];
  for (const d of actual.filter(keep)) {
    const n = pool.get(keyOf(d)) ?? 0;
    if (n > 0) {
      pool.set(keyOf(d), n - 1);
      unexpected.push(d);
    }
  }
  return { ok: missing.length === 0 && unexpected.length === 0, missing, unexpected };
}

/** A diagnostic in one short line: `field/max-bytes error L2 #5`. */
export function formatConformanceDiagnostic(d: ConformanceDiagnostic): string {
  return `${d.code} ${d.severity}${d.line !== undefined ? ` L${d.line}` : ''}${d.field !== undefined ? ` #${d.field}` : ''}`;
}
