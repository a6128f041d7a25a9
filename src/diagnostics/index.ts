/**
 * Problems are data: every finding about the input is a {@link Diagnostic}, never an exception.
 *
 * A diagnostic is a stable `code`, its `params` and a position (line, record, field, byte offset,
 * receipt), with the expected/found *shape* — as zod's issues are. It carries no text: its message is
 * rendered at the edge, in the caller's locale, with {@link renderMessage} / {@link formatDiagnostic}
 * (Japanese by default, English on request). `params` never hold a patient-identifying value unless
 * the caller asked for personal data to be shown.
 */
import { CATALOGUES, contextOf } from '../messages/index.js';
import type { Locale, MessageCatalogue, MessageParams, MessageTemplate } from '../messages/index.js';

export type { Locale, MessageCatalogue, MessageTemplate, MessageParams };

export type Severity = 'error' | 'warning' | 'info';

/** The field a diagnostic is about. */
export interface DiagnosticField {
  /** Field key from the record table. */
  readonly key: string;
  /** 項目名 as the spec writes it. */
  readonly name: string;
  /** 1-based 項目 position within the record (1 = レコード識別情報; prefix not counted). */
  readonly position: number;
}

export interface Diagnostic {
  /** Stable identifier; for validation findings this is the rule id. */
  readonly code: string;
  readonly severity: Severity;
  /** 1-based line number in the file, when the finding is about a line. */
  readonly line?: number;
  /** レコード識別情報 of the record concerned. */
  readonly record?: string;
  readonly field?: DiagnosticField;
  /** Byte offset in the file (0-based) of the offending bytes. */
  readonly offset?: number;
  /** Number of offending bytes. */
  readonly length?: number;
  /** 0-based index of the receipt concerned. */
  readonly receipt?: number;
  /**
   * For a finding on a file built from others (a resubmission), the input line the offending line
   * came from: which input (`source`, 0-based `input`) and its 1-based `line` there.
   */
  readonly origin?: { readonly source: 'return' | 'new-claims' | 'regenerated'; readonly input: number; readonly line: number };
  /** What was expected, as a shape (never a patient's value). */
  readonly expected?: string;
  /** What was found, as a shape (never a patient's value unless personal data was requested). */
  readonly found?: string;
  /** Values the message templates use (line, record, field and position are among them). */
  readonly params: MessageParams;
}

/** A diagnostic with its message rendered (what {@link localize} gives, and what the CLI prints as JSON). */
export interface LocalizedDiagnostic extends Diagnostic {
  readonly message: string;
}

/**
 * Build a diagnostic: the position and the expected/found shapes are also put into `params`, so a
 * template can use them. Nothing is rendered.
 */
export function diag(d: Omit<Diagnostic, 'params'> & { params?: Record<string, string | number> }): Diagnostic {
  const params: Record<string, string | number> = { ...d.params };
  if (d.line !== undefined && params.line === undefined) params.line = d.line;
  if (d.record !== undefined && params.record === undefined) params.record = d.record;
  if (d.field && params.field === undefined) params.field = d.field.name;
  if (d.field && params.position === undefined) params.position = d.field.position;
  if (d.expected !== undefined && params.expected === undefined) params.expected = d.expected;
  if (d.found !== undefined && params.found === undefined) params.found = d.found;
  return { ...d, params };
}

/**
 * The message of a code with its params, in a locale. Unknown codes fall back to the code itself. A
 * context (`params.contextKind`: which correction a refused value came from …) is put before it.
 */
export function renderMessage(code: string, params: MessageParams = {}, locale: Locale = 'ja'): string {
  const t = CATALOGUES[locale][code];
  const m = t ? t(params) : `${code} ${JSON.stringify(params)}`;
  const context = contextOf(params, locale);
  return context ? `${context}: ${m}` : m;
}

/** The message of a diagnostic in a locale (`messageOf(d, 'en')`). */
export function messageOf(d: Diagnostic, locale: Locale = 'ja'): string {
  return renderMessage(d.code, d.params, locale);
}

/** The same diagnostic with its message rendered in a locale. */
export function localize(d: Diagnostic, locale: Locale = 'ja'): LocalizedDiagnostic {
  return { ...d, message: messageOf(d, locale) };
}

/** Every code that has a message in the catalogue of a locale (both are kept in sync by a test). */
export function knownCodes(locale: Locale = 'ja'): string[] {
  return Object.keys(CATALOGUES[locale]).sort();
}

/** Count diagnostics by severity. */
export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of list) c[d.severity]++;
  return c;
}

/**
 * A one-line, human-readable form: `[エラー] code 12行目 RE レセプト番号(2) レセプト3（検索番号 …）: message`.
 */
export function formatDiagnostic(d: Diagnostic, locale: Locale = 'ja'): string {
  const ja = locale === 'ja';
  const where: string[] = [];
  if (d.line !== undefined) where.push(ja ? `${d.line}行目` : `line ${d.line}`);
  if (d.record) where.push(d.record);
  if (d.field) where.push(`${d.field.name}(${d.field.position})`);
  if (d.offset !== undefined) where.push(ja ? `${d.offset}バイト目` : `byte ${d.offset}`);
  if (d.receipt !== undefined) {
    const sn = d.params.searchNumber;
    where.push(ja ? `レセプト${d.receipt + 1}${sn ? `（検索番号 ${sn}）` : ''}` : `receipt ${d.receipt + 1}${sn ? ` (search number ${sn})` : ''}`);
  }
  const sev = ja ? { error: 'エラー', warning: '警告', info: '情報' }[d.severity] : d.severity;
  return `[${sev}] ${d.code} ${where.join(' ')}: ${messageOf(d, locale)}`;
}
