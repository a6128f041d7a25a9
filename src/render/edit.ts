/**
 * The field editor's pieces, for an app that lets a clerk correct a value (the offline app, or a vendor's):
 * what a field is (項目名, モード, 最大バイト, 固定/可変, its 別表 with every code and meaning) and the verdict on a
 * value as it is typed — the validator's field rules ({@link checkFieldValue}), the same verdict the value gets
 * when a correction is applied, with its messages rendered.
 */
import { sjisByteLength } from '../codec/sjis.js';
import { localize, type Locale, type LocalizedDiagnostic } from '../diagnostics/index.js';
import { codeTable } from '../spec/docs.js';
import type { FieldDef, Mode, RecordDef } from '../spec/types.js';
import { checkFieldValue } from '../validate/index.js';

export interface FieldInfo {
  readonly key: string;
  /** 項目名 */
  readonly name: string;
  /** 1-based 項目 position (1 = レコード識別情報). */
  readonly position: number;
  readonly mode: Mode;
  readonly maxBytes: number;
  readonly format: FieldDef['format'];
  readonly required: NonNullable<FieldDef['required']> | 'unspecified';
  readonly personal: boolean;
  /** The field's 別表 (id and title) and every code with its meaning, in the table's order. */
  readonly table?: { readonly id: string; readonly name: string };
  readonly codes: readonly { readonly code: string; readonly meaning: string }[];
}

/** What field `position` (1-based) of a record of type `def` is; undefined beyond the table. */
export function fieldInfo(def: RecordDef, position: number): FieldInfo | undefined {
  const f = def.fields[position - 1];
  if (!f) return undefined;
  const t = f.table ? codeTable(f.table) : undefined;
  return {
    key: f.key,
    name: f.name,
    position,
    mode: f.mode,
    maxBytes: f.maxBytes,
    format: f.format,
    required: f.required ?? 'unspecified',
    personal: f.personal === true,
    ...(t ? { table: { id: t.id, name: t.name } } : {}),
    codes: t ? Object.entries(t.codes).map(([code, meaning]) => ({ code, meaning })) : [],
  };
}

export interface FieldVerdictOptions {
  readonly locale?: Locale;
  /** Let the value itself appear in messages (it is the clerk's own value, on their own machine). @defaultValue false */
  readonly showPersonalData?: boolean;
  /** The receipt is a re-claim (carries a history block): the verdicts `validate()` gives there. */
  readonly receipt?: { readonly reclaimed: boolean };
}

export interface FieldVerdict {
  /** No finding of severity error: the value may be written. */
  readonly ok: boolean;
  /** Shift_JIS bytes the value takes, against `maxBytes`. */
  readonly bytes: number;
  readonly maxBytes: number | undefined;
  /** The findings (errors, warnings on facts of low confidence, info), with messages in the locale. */
  readonly problems: readonly LocalizedDiagnostic[];
}

/** The verdict on `value` for field `position` of a record of type `def`: what a correction setting it would get. */
export function fieldVerdict(def: RecordDef | undefined, position: number, value: string, options: FieldVerdictOptions = {}): FieldVerdict {
  const problems = checkFieldValue(def, position, value, {
    showPersonalData: options.showPersonalData ?? false,
    ...(options.receipt ? { receipt: options.receipt } : {}),
  }).map((d) => localize(d, options.locale ?? 'ja'));
  return { ok: !problems.some((p) => p.severity === 'error'), bytes: sjisByteLength(value), maxBytes: def?.fields[position - 1]?.maxBytes, problems };
}
