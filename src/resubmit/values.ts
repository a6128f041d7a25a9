/**
 * Checking one field value before it is written, and writing it into a line's bytes. Used when a
 * correction is applied and when the resubmission writer builds its IR: a value that fails is never
 * written, and the reason comes back as data (diagnostics), never as an exception.
 *
 * The check itself is the validator's ({@link checkFieldValue} in src/validate): its field rules on
 * that one value, with the validator's rule ids as codes (`field/mode`, `field/max-bytes`,
 * `code/unknown` …, and `value/separator` / `value/unencodable` for what can never be written).
 * Rules that span fields, records or receipts run on the whole output, not here.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { encodeSjis } from '../codec/sjis.js';
import type { RecordDef } from '../spec/types.js';
import { checkFieldValue } from '../validate/index.js';

/**
 * Why a value does not fit its field: a finding of the validator's field rules (code = rule id),
 * `error`, or `warning` for facts of low confidence (L / INF), which never block.
 */
export type ValueProblem = Diagnostic;

/** Result of checking a value: the encoded bytes when it may be written, and any problems. */
export interface ValueCheck {
  readonly bytes: Uint8Array | undefined;
  readonly problems: readonly ValueProblem[];
}

export interface ValueCheckOptions {
  /** Let patient-identifying values appear in messages. @defaultValue false */
  readonly showPersonalData?: boolean;
  /** The receipt the value goes into (see `CheckFieldOptions.receipt`). */
  readonly receipt?: { readonly reclaimed: boolean };
}

/**
 * Check `value` for 1-based 項目 `position` of a record of type `def` (claim preset) and encode it
 * (strict JIS X 0201/0208). The bytes are returned when no problem of severity error was found.
 * The empty string means "omit the field": it is accepted unless the field is always required (必須).
 * Without a table (`def` undefined: a record type the tables do not describe) only the encoding is
 * checked. `info` findings (a code admitted as a family of a table) are not problems.
 */
export function checkValue(def: RecordDef | undefined, position: number, value: string, options: ValueCheckOptions = {}): ValueCheck {
  const problems = checkFieldValue(def, position, value, options).filter((d) => d.severity !== 'info');
  if (problems.some((p) => p.severity === 'error')) return { bytes: undefined, problems };
  const enc = encodeSjis(value, 'strict');
  return { bytes: enc.ok ? enc.bytes : undefined, problems };
}

/** Byte offsets of the fields of a line (start of each field, plus end+1 as the last entry). */
export function fieldStarts(line: Uint8Array): number[] {
  const out = [0];
  for (let i = 0; i < line.length; i++) if (line[i] === 0x2c) out.push(i + 1);
  out.push(line.length + 1);
  return out;
}

/**
 * A copy of `line` with raw field `k` (0-based, prefix included) replaced by `value`. When the line
 * has fewer fields, empty fields are appended up to `k`. Nothing else changes: the other fields'
 * bytes are copied as they are.
 */
export function replaceField(line: Uint8Array, k: number, value: Uint8Array): Uint8Array {
  const starts = fieldStarts(line);
  const count = starts.length - 1;
  if (k >= count) {
    const pad = k - count + 1;
    const out = new Uint8Array(line.length + pad + value.length);
    out.set(line, 0);
    out.fill(0x2c, line.length, line.length + pad);
    out.set(value, line.length + pad);
    return out;
  }
  const s = starts[k]!;
  const e = starts[k + 1]! - 1;
  const out = new Uint8Array(line.length - (e - s) + value.length);
  out.set(line.subarray(0, s), 0);
  out.set(value, s);
  out.set(line.subarray(e), s + value.length);
  return out;
}

/** The bytes of a record made of already-encoded field values, joined with commas. */
export function joinFields(values: readonly Uint8Array[]): Uint8Array {
  let n = values.length > 0 ? values.length - 1 : 0;
  for (const v of values) n += v.length;
  const out = new Uint8Array(n);
  let o = 0;
  values.forEach((v, i) => {
    if (i > 0) out[o++] = 0x2c;
    out.set(v, o);
    o += v.length;
  });
  return out;
}

/** ASCII text to bytes (for values known to be ASCII: ids, digits). */
export function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0x7f;
  return out;
}
