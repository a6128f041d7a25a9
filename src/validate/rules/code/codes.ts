/** Splitting a field into its codes (repeat units or a separator) and looking them up. */
import type { CompiledTable } from '../../engine/compile.js';
import { keyText, showable } from '../../engine/read.js';
import type { FieldValue } from '../../engine/value.js';

/**
 * The codes of a value: one string (the common case, no allocation), several, or undefined when the
 * table does not apply here (or the value is not ASCII).
 */
export function codesOf(v: FieldValue): string | string[] | undefined {
  const spec = v.spec;
  if (!spec.table || v.length === 0 || !v.isAscii()) return undefined;
  if (spec.tableWhen) {
    const other = keyText(v.rec, spec.tableWhen.key);
    if (!spec.tableWhen.pattern.test(other)) return undefined;
  }
  const t = v.text();
  if (spec.separator) return t.split(spec.separator);
  if (spec.repeat) {
    const u = spec.repeat.unit;
    const out: string[] = [];
    for (let i = 0; i + u <= t.length; i += u) out.push(t.slice(i, i + u));
    return out;
  }
  return t;
}

/** 'listed', 'open' (a family the table admits without listing) or 'unknown'. */
export function lookup(t: CompiledTable, code: string): 'listed' | 'open' | 'unknown' {
  if (Object.prototype.hasOwnProperty.call(t.codes, code)) return 'listed';
  for (const o of t.open) if (o.re.test(code)) return 'open';
  return 'unknown';
}

/**
 * The first code of a value that its table does not list (open families count as listed), or
 * undefined when every code is listed or the table does not apply. Shared by code/unknown and
 * code/history-unknown.
 */
export function firstUnlisted(v: FieldValue): string | undefined {
  const found = codesOf(v);
  if (found === undefined) return undefined;
  const t = v.spec.table!;
  if (typeof found === 'string') return lookup(t, found) === 'unknown' ? found : undefined; // the common case, nothing allocated
  for (const c of found) {
    if (c === '' && v.spec.separator) continue;
    if (lookup(t, c) === 'unknown') return c;
  }
  return undefined;
}

/** The finding of an unlisted code (expected / found / params), the value shown only when it may be. */
export function unlistedFinding(v: FieldValue, c: string, showPersonal: boolean): { expected: string; found: string; params: Record<string, string> } {
  const t = v.spec.table!;
  const show = showable(v.spec, showPersonal);
  return { expected: `code of ${t.name}`, found: show ? `"${c}" (not listed)` : `${c.length}-character code not listed`, params: { table: t.name, ...(show ? { value: c } : {}) } };
}
