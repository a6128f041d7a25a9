/**
 * Checking one field value against its table entry (モード, 最大バイト, 固定/可変, kind, 別表) and
 * writing it into a line's bytes. Used when a correction is applied: a value that fails is never
 * written, and the reason comes back as data (a {@link ValueProblem}), never as an exception.
 *
 * This is deliberately narrow: it answers "may this value be put in this field?". Rules that span
 * fields, records or receipts belong to the validator (src/validate).
 */
import { readSpecDate } from '../codec/dates.js';
import { encodeSjis, sjisByteLength } from '../codec/sjis.js';
import { codeTable } from '../spec/registry.js';
import type { FieldDef } from '../spec/types.js';

/** Why a value does not fit its field. `code` is a diagnostic code of src/resubmit/messages.ts. */
export interface ValueProblem {
  readonly code:
    | 'resubmit/value-unencodable'
    | 'resubmit/value-separator'
    | 'resubmit/value-mode'
    | 'resubmit/value-mixed-mode'
    | 'resubmit/value-too-long'
    | 'resubmit/value-fixed-width'
    | 'resubmit/value-kind'
    | 'resubmit/value-not-in-table'
    | 'resubmit/value-required';
  /** error, or warning for facts of low confidence (L / INF), which never block. */
  readonly severity: 'error' | 'warning';
  /** What the field wants, as a shape (never a value). */
  readonly expected: string;
  /** What was given, as a shape (the value itself is never put here). */
  readonly found: string;
  /** For unencodable characters: `U+XXXX` (safe to show: one character, not the value). */
  readonly codePoint?: string;
}

/** Result of checking a value: the encoded bytes when it may be written, and any problems. */
export interface ValueCheck {
  readonly bytes: Uint8Array | undefined;
  readonly problems: readonly ValueProblem[];
}

function lowConfidence(f: FieldDef): boolean {
  return f.confidence === 'L' || f.confidence === 'INF';
}

function isSingleByteChar(c: number): boolean {
  return c < 0x80 || (c >= 0xff61 && c <= 0xff9f);
}

function kindOk(f: FieldDef, v: string): { ok: boolean; expected: string } {
  switch (f.kind) {
    case 'integer':
      return { ok: /^(0|[1-9][0-9]*)$/.test(v), expected: '整数（先頭に0を付けない）' };
    case 'decimal':
      return { ok: /^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/.test(v), expected: '数値（小数点は1つ、末尾の0なし）' };
    case 'digits':
      // 英数 identifiers (保険者番号) are right-aligned with leading spaces.
      return { ok: f.mode === '英数' ? /^ *[0-9]+$/.test(v) : /^[0-9]+$/.test(v), expected: '数字' };
    case 'ym': {
      const d = readSpecDate(v);
      return { ok: d !== undefined && d.precision === 'month', expected: '年月 YYYYMM' };
    }
    case 'ymd': {
      const d = readSpecDate(v);
      return { ok: d !== undefined && d.precision === 'day', expected: '年月日 YYYYMMDD' };
    }
    case 'hm':
      return { ok: /^([01][0-9]|2[0-3])[0-5][0-9]$/.test(v), expected: '時分 hhmm' };
    default:
      return { ok: true, expected: '' };
  }
}

function inTable(tableId: string, code: string): boolean {
  const t = codeTable(tableId);
  if (!t) return true;
  if (Object.prototype.hasOwnProperty.call(t.codes, code)) return true;
  return (t.open ?? []).some((o) => new RegExp(o.pattern).test(code));
}

/**
 * Check `value` for field `f` and encode it (strict JIS X 0201/0208). The bytes are returned when
 * no problem of severity error was found. The empty string means "omit the field": it is accepted
 * unless the field is always required (必須).
 */
export function checkValue(f: FieldDef, value: string): ValueCheck {
  const problems: ValueProblem[] = [];
  const soft = lowConfidence(f);
  const sev = soft ? 'warning' : 'error';
  if (value === '') {
    if (f.required === 'required') problems.push({ code: 'resubmit/value-required', severity: sev, expected: '値（必須項目）', found: '空' });
    return { bytes: problems.some((p) => p.severity === 'error') ? undefined : new Uint8Array(0), problems };
  }
  // The separator and line ends can never be written inside a field.
  if (/[,\r\n\x1a]/.test(value)) {
    problems.push({ code: 'resubmit/value-separator', severity: 'error', expected: 'カンマ・改行を含まない値', found: 'カンマ又は改行を含む' });
    return { bytes: undefined, problems };
  }
  const enc = encodeSjis(value, 'strict');
  if (!enc.ok) {
    problems.push({
      code: 'resubmit/value-unencodable',
      severity: 'error',
      expected: 'JIS X 0201 / JIS X 0208 の文字',
      found: `${enc.failure.codePoint} (${enc.failure.index + 1}文字目)`,
      codePoint: enc.failure.codePoint,
    });
    return { bytes: undefined, problems };
  }
  // モード
  let single = 0;
  let double = 0;
  for (let i = 0; i < value.length; i++) {
    if (isSingleByteChar(value.charCodeAt(i))) single++;
    else double++;
  }
  switch (f.mode) {
    case '数字':
      if (!/^[0-9]+$/.test(value)) problems.push({ code: 'resubmit/value-mode', severity: sev, expected: '数字モード（半角数字）', found: '数字以外を含む' });
      break;
    case '英数':
      if (double > 0) problems.push({ code: 'resubmit/value-mode', severity: sev, expected: '英数モード（半角）', found: '全角文字を含む' });
      break;
    case '漢字':
      if (single > 0) problems.push({ code: 'resubmit/value-mode', severity: sev, expected: '漢字モード（全角）', found: '半角文字を含む' });
      break;
    case '英数又は漢字':
      if (single > 0 && double > 0) problems.push({ code: 'resubmit/value-mixed-mode', severity: sev, expected: '英数又は漢字（混在しない）', found: '半角と全角が混在' });
      break;
  }
  // 最大バイト and 固定
  const n = sjisByteLength(value);
  if (n > f.maxBytes) problems.push({ code: 'resubmit/value-too-long', severity: sev, expected: `${f.maxBytes}バイト以内`, found: `${n}バイト` });
  else if (f.format === '固定' && !f.repeat && n !== f.maxBytes) {
    problems.push({ code: 'resubmit/value-fixed-width', severity: sev, expected: `固定 ${f.maxBytes}バイト`, found: `${n}バイト` });
  }
  // kind
  const k = kindOk(f, value);
  if (!k.ok) problems.push({ code: 'resubmit/value-kind', severity: sev, expected: k.expected, found: '形式が異なる' });
  // 別表
  if (f.table && codeTable(f.table)) {
    const tsoft = soft || codeTable(f.table)!.confidence === 'L' || codeTable(f.table)!.confidence === 'INF';
    const tsev = tsoft ? 'warning' : 'error';
    if (f.repeat) {
      const u = f.repeat.unit;
      if (value.length % u !== 0 || value.length / u > f.repeat.max) {
        problems.push({ code: 'resubmit/value-not-in-table', severity: tsev, expected: `${u}桁のコードを最大${f.repeat.max}個`, found: `${value.length}桁` });
      } else {
        for (let i = 0; i < value.length; i += u) {
          const c = value.slice(i, i + u);
          if (!inTable(f.table, c)) {
            problems.push({ code: 'resubmit/value-not-in-table', severity: tsev, expected: `${codeTable(f.table)!.name} のコード`, found: `${i / u + 1}個目のコードが表にない` });
            break;
          }
        }
      }
    } else if (!inTable(f.table, value)) {
      problems.push({ code: 'resubmit/value-not-in-table', severity: tsev, expected: `${codeTable(f.table)!.name} のコード`, found: '表にないコード' });
    }
  }
  const blocked = problems.some((p) => p.severity === 'error');
  return { bytes: blocked ? undefined : enc.bytes, problems };
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
