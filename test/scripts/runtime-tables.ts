/**
 * The runtime tables (src/spec/tables.generated.ts): every claim kind's descriptor as the parser, serializer
 * and validator read it — the full descriptors of src/spec/<kind>/ without their documentation — written as
 * a module of plain literals, so that a bundle of the core carries no 記録内容 note, no source reference and
 * no code meaning it never reads (issue 13 §4, "Browser bundle size").
 *
 * What is left out (`DOC_KEYS`, and code meanings) is read only by the documentation layer (src/spec/docs.ts:
 * the field reference, code meanings in views and summaries). Code meanings stay where the model reads them:
 * the tables of a structured repeat unit's parts (`Rec.units()` gives `toothName` …).
 *
 * Objects the descriptors share (the return records, the ret: code tables, a structure two forms use) are
 * written once and referenced, so the runtime tables share them the same way. Functions (`inpatientOf`) are
 * not data: src/spec/tables.ts puts them back from the modules that define them.
 */
import { KINDS } from '../../src/spec/docs.js';
import type { ClaimKind, CodeTable, KindDef } from '../../src/spec/types.js';

/** Properties that only documentation reads: left out of the runtime tables. */
export const DOC_KEYS: ReadonlySet<string> = new Set(['note', 'noteJa', 'source', 'disputed']);

export const TABLES_FILE = 'src/spec/tables.generated.ts';

/** Ids of the code tables whose meanings the model reads (the tables of repeat-unit parts). */
export function tablesWithMeanings(kinds: readonly KindDef[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const k of kinds) for (const r of [...Object.values(k.records), ...Object.values(k.returnRecords)]) for (const f of r.fields) for (const p of f.repeat?.parts ?? []) if (p.table) ids.add(p.table);
  return ids;
}

const isCodeTable = (v: object): v is CodeTable => 'codes' in v && 'id' in v && typeof (v as { id: unknown }).id === 'string' && !Array.isArray((v as { codes: unknown }).codes);

/**
 * A descriptor without its documentation: the same object graph (shared objects stay shared), `DOC_KEYS`
 * dropped, functions dropped, code meanings '' except in `keepMeanings`.
 */
export function runtimeOf<T>(value: T, keepMeanings: ReadonlySet<string>, seen = new Map<object, unknown>()): T {
  if (Array.isArray(value)) {
    if (seen.has(value)) return seen.get(value) as T;
    const out: unknown[] = [];
    seen.set(value, out);
    for (const x of value) out.push(runtimeOf(x, keepMeanings, seen));
    return out as T;
  }
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value) as T;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  const table = isCodeTable(value) ? value : undefined;
  for (const [k, v] of Object.entries(value)) {
    if (DOC_KEYS.has(k) || typeof v === 'function' || v === undefined) continue;
    if (table && k === 'codes') out[k] = keepMeanings.has(table.id) ? { ...table.codes } : Object.fromEntries(Object.keys(table.codes).map((c) => [c, '']));
    else out[k] = runtimeOf(v, keepMeanings, seen);
  }
  return out as T;
}

/** How many times each object is reached from the roots (a shared object is reached more than once). */
function countRefs(roots: readonly unknown[]): Map<object, number> {
  const n = new Map<object, number>();
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object') return;
    const c = (n.get(v) ?? 0) + 1;
    n.set(v, c);
    if (c > 1) return;
    for (const x of Array.isArray(v) ? v : Object.values(v)) walk(x);
  };
  for (const r of roots) walk(r);
  return n;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** FNV-1a, 32 bits, over UTF-16 code units: a short stable name for a text. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every string value, with how many times it is written (for interning). */
function countStrings(roots: readonly unknown[]): Map<string, number> {
  const n = new Map<string, number>();
  const seen = new Set<object>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') n.set(v, (n.get(v) ?? 0) + 1);
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) v.forEach(walk);
    else for (const [k, x] of Object.entries(v)) {
      n.set(k, (n.get(k) ?? 0) + 1);
      walk(x);
    }
  };
  roots.forEach(walk);
  return n;
}

/**
 * The module text: shared objects as `const`s, then one export per kind. To keep it small, without changing
 * what it builds: strings written often are `const`s; an array of objects is written as its columns and rows
 * (`rows(columns, [[…], …])`, src/spec/compact.ts); the result is the same object graph.
 */
export function runtimeTablesSource(kinds: Readonly<Record<ClaimKind, KindDef>> = KINDS): string {
  const ids = Object.keys(kinds) as ClaimKind[];
  const keep = tablesWithMeanings(Object.values(kinds));
  const seen = new Map<object, unknown>();
  const roots = ids.map((k) => runtimeOf(kinds[k], keep, seen));
  const refs = countRefs(roots);
  // Names from what they stand for (a hash of the string, or of the object's text), not from a counter: an edit of
  // one table then changes the lines of what it touches, not the name of every declaration after it.
  const taken = new Map<string, string>();
  // (A name is asked for once per string, and once per shared object: two objects of the same text are two names.)
  const nameFor = (prefix: string, text: string): string => {
    const base = `${prefix}${fnv1a(text).toString(36)}`;
    let name = base;
    for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
    taken.set(name, text);
    return name;
  };
  const strings = new Map<string, string>();
  const stringDecls: string[] = [];
  for (const [str, count] of [...countStrings(roots)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const len = JSON.stringify(str).length;
    // Interned when the name (about 2 characters once minified) saves more than its declaration costs.
    if (count < 3 || (count - 1) * (len - 2) < 12) continue;
    const name = nameFor('$', str);
    strings.set(str, name);
    stringDecls.push(`const ${name} = ${JSON.stringify(str)};`);
  }
  const str = (x: string) => strings.get(x) ?? JSON.stringify(x);
  const names = new Map<object, string>();
  const decls: string[] = [];
  const shared = (v: object) => (refs.get(v) ?? 0) > 1;
  // Emits a value; a shared object is declared once (its own shared parts first) and referenced by name.
  const lit = (v: unknown): string => {
    if (typeof v === 'string') return str(v);
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const named = names.get(v);
    if (named) return named;
    let body: string;
    if (Array.isArray(v) && v.length > 1 && v.every((x) => isPlain(x) && !shared(x))) {
      const cols = [...new Set(v.flatMap((x) => Object.keys(x as object)))];
      const rows = v.map((x) => {
        const cells = cols.map((c) => (Object.prototype.hasOwnProperty.call(x, c) ? lit((x as Record<string, unknown>)[c]) : ''));
        while (cells.length && cells[cells.length - 1] === '') cells.pop();
        return `[${cells.join(',')}${cells.length && cells[cells.length - 1] === '' ? ',' : ''}]`;
      });
      body = `/* @__PURE__ */ rows([${cols.map(str).join(',')}],[${rows.join(',')}])`;
    } else if (Array.isArray(v)) body = `[${v.map(lit).join(',')}]`;
    else body = `{${Object.entries(v).map(([k, x]) => `${IDENT.test(k) ? k : JSON.stringify(k)}:${lit(x)}`).join(',')}}`;
    if (!shared(v)) return body;
    const name = nameFor('s', body);
    names.set(v, name);
    decls.push(`const ${name} = ${body};`);
    return name;
  };
  const exports = ids.map((k, i) => `export const ${k.toUpperCase()} = ${lit(roots[i])} as unknown as KindDef;`);
  return [
    '// GENERATED by `npm run tables` (test/scripts/runtime-tables.ts) from the descriptors in src/spec/<kind>/: do not edit.',
    '// The runtime tables: the descriptors without notes, sources and code meanings (see src/spec/tables.ts).',
    '/* eslint-disable */',
    "import { rows } from './compact.js';",
    "import type { KindDef } from './types.js';",
    '',
    ...stringDecls,
    '',
    ...decls,
    '',
    ...exports,
    '',
  ].join('\n');
}
