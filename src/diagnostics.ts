/**
 * Problems are data: every finding about the input is a {@link Diagnostic}, never an exception.
 *
 * A diagnostic carries a stable `code`, the position (line, record, field, byte offset) and the
 * expected/found *shape*. Its message is rendered from a locale catalogue (Japanese by default,
 * English on request) from `params`, which never hold a patient-identifying value unless the
 * caller asked for personal data to be shown.
 */
import { MESSAGES_EN } from './messages/en.js';
import { MESSAGES_JA } from './messages/ja.js';
import { RESUBMIT_MESSAGES_EN, RESUBMIT_MESSAGES_JA } from './resubmit/messages.js';
import { VALIDATE_MESSAGES_EN, VALIDATE_MESSAGES_JA } from './validate/messages.js';

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'ja' | 'en';

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
  /** Values substituted into the message templates. */
  readonly params: Readonly<Record<string, string | number>>;
  /** The message, rendered in the locale asked for (Japanese by default). */
  readonly message: string;
}

export type MessageTemplate = (p: Readonly<Record<string, string | number>>) => string;
export type MessageCatalogue = Readonly<Record<string, MessageTemplate>>;

const CATALOGUES: Record<Locale, MessageCatalogue> = {
  ja: { ...MESSAGES_JA, ...VALIDATE_MESSAGES_JA, ...RESUBMIT_MESSAGES_JA },
  en: { ...MESSAGES_EN, ...VALIDATE_MESSAGES_EN, ...RESUBMIT_MESSAGES_EN },
};

/**
 * Render the message of a diagnostic code in a locale. Unknown codes fall back to the code itself.
 * `params.context`, when set, says where the finding arose in the caller's terms (e.g. which
 * correction a refused value came from) and is put before the message.
 */
export function renderMessage(code: string, params: Readonly<Record<string, string | number>>, locale: Locale = 'ja'): string {
  const t = CATALOGUES[locale][code];
  const m = t ? t(params) : `${code} ${JSON.stringify(params)}`;
  return params.context ? `${params.context}: ${m}` : m;
}

/** Build a diagnostic with its message rendered. */
export function diag(
  d: Omit<Diagnostic, 'message' | 'params'> & { params?: Record<string, string | number> },
  locale: Locale = 'ja',
): Diagnostic {
  const params = { ...d.params };
  if (d.line !== undefined && params.line === undefined) params.line = d.line;
  if (d.record !== undefined && params.record === undefined) params.record = d.record;
  if (d.field && params.field === undefined) params.field = d.field.name;
  if (d.field && params.position === undefined) params.position = d.field.position;
  if (d.expected !== undefined && params.expected === undefined) params.expected = d.expected;
  if (d.found !== undefined && params.found === undefined) params.found = d.found;
  return { ...d, params, message: renderMessage(d.code, params, locale) };
}

/** The same diagnostic with its message rendered in another locale. */
export function localize(d: Diagnostic, locale: Locale): Diagnostic {
  return { ...d, message: renderMessage(d.code, d.params, locale) };
}

/** Every code that has a message in both catalogues (kept in sync by a test). */
export function knownCodes(locale: Locale = 'ja'): string[] {
  return Object.keys(CATALOGUES[locale]).sort();
}

/** Count diagnostics by severity. */
export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of list) c[d.severity]++;
  return c;
}

/** A one-line, human-readable form: `行 12 RE レセプト番号(2): message`. */
export function formatDiagnostic(d: Diagnostic, locale: Locale = 'ja'): string {
  const where: string[] = [];
  if (d.line !== undefined) where.push(locale === 'ja' ? `${d.line}行目` : `line ${d.line}`);
  if (d.record) where.push(d.record);
  if (d.field) where.push(`${d.field.name}(${d.field.position})`);
  if (d.offset !== undefined) where.push(locale === 'ja' ? `${d.offset}バイト目` : `byte ${d.offset}`);
  const sev = locale === 'ja' ? { error: 'エラー', warning: '警告', info: '情報' }[d.severity] : d.severity;
  const msg = renderMessage(d.code, d.params, locale);
  return `[${sev}] ${d.code} ${where.join(' ')}: ${msg}`;
}
