/**
 * Differences between two files (a return and its corrected form, or a return and the resubmission
 * made from it), receipt by receipt and field by field — and the readable form of an audit trail.
 *
 * Receipts are paired by 検索番号; receipts without one (first claims) by the patient's identity and
 * 診療年月 (used for matching only, never shown), then by order. Within a pair, the 請求データ lines
 * are aligned (longest common subsequence) and replaced lines of the same record type are compared
 * field by field. History blocks are compared as bytes.
 *
 * Patient-identifying values are shown as 「(個人情報)」 unless asked. A damaged record (field count
 * off its table, or no table) has every field treated as personal and shown by shape (`[漢字4]`).
 */
import type { Locale } from '../diagnostics/index.js';
import type { ReceFile, Receipt } from '../model/file.js';
import type { Rec } from '../model/record.js';
import { valueShape } from '../model/shape.js';
import { fieldChanges, fieldsOf, receiptSearchNumber, type FieldChange, type ReceiptAudit, type RecordChange } from './corrections.js';

export interface ReceiptDiff {
  readonly status: 'unchanged' | 'changed' | 'added' | 'removed';
  /** 1-based positions and 検索番号 on each side (absent on the side where the receipt is not). */
  readonly before?: { readonly position: number; readonly searchNumber: string };
  readonly after?: { readonly position: number; readonly searchNumber: string };
  /** Changes of the 請求データ (RE included). */
  readonly changes: readonly RecordChange[];
  /** True when both sides have the same history block bytes (undefined when a side has none). */
  readonly historyIdentical: boolean | undefined;
  /** Lines of the 履歴管理ブロック on each side. */
  readonly historyLines: { readonly before: number; readonly after: number };
}

export interface FileDiff {
  readonly before: { readonly kind: string; readonly receipts: number };
  readonly after: { readonly kind: string; readonly receipts: number };
  readonly receipts: readonly ReceiptDiff[];
  /** Number of receipts changed / added / removed. */
  readonly changed: number;
  readonly added: number;
  readonly removed: number;
}

function identity(r: Receipt): string {
  const re = r.re;
  return `${re.get('patientName') ?? ''}\u0000${re.get('birthDate') ?? ''}\u0000${re.get('serviceMonth') ?? ''}`;
}

function lineText(rec: Rec): string {
  return rec.values().join(',');
}

function sameHistory(a: Receipt, b: Receipt): boolean | undefined {
  if (a.end === a.reasonsEnd || b.end === b.reasonsEnd) return undefined;
  const x = a.historyBytes();
  const y = b.historyBytes();
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Cells of the LCS table past which {@link diffRecords} aligns only the common head and tail. */
const LCS_LIMIT = 4_000_000;

/** Changes between two lists of records (claim data), aligned by LCS over their text. */
export function diffRecords(a: readonly Rec[], b: readonly Rec[]): RecordChange[] {
  const ta = a.map(lineText);
  const tb = b.map(lineText);
  const n = a.length;
  const m = b.length;
  // The LCS table is n × m: past LCS_LIMIT cells (a damaged file with huge receipts), align only the
  // common head and tail, and compare the middle as replaced — linear, and still exact where it matters.
  const big = (n + 1) * (m + 1) > LCS_LIMIT;
  const L: Uint32Array[] = big ? [] : Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  if (!big) for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = ta[i] === tb[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  let head = 0;
  let tail = 0;
  if (big) {
    while (head < n && head < m && ta[head] === tb[head]) head++;
    while (tail < n - head && tail < m - head && ta[n - 1 - tail] === tb[m - 1 - tail]) tail++;
  }
  const out: RecordChange[] = [];
  // The 1-based occurrence of each line among lines of its record id (once, not per change).
  const occurrences = (recs: readonly Rec[]) => {
    const seen = new Map<string, number>();
    return recs.map((r) => {
      const n = (seen.get(r.id) ?? 0) + 1;
      seen.set(r.id, n);
      return n;
    });
  };
  const occA = occurrences(a);
  const occB = occurrences(b);
  let i = 0;
  let j = 0;
  let dels: number[] = [];
  let ins: number[] = [];
  const flush = () => {
    const usedIns = new Set<number>();
    // Inserted lines by record id, in order: a deleted line pairs with the first unused one of its id.
    const byId = new Map<string, { list: number[]; next: number }>();
    for (const k of ins) {
      const q = byId.get(b[k]!.id);
      if (q) q.list.push(k);
      else byId.set(b[k]!.id, { list: [k], next: 0 });
    }
    for (const d of dels) {
      const q = byId.get(a[d]!.id);
      const k = q && q.next < q.list.length ? q.list[q.next++] : undefined;
      if (k !== undefined) {
        usedIns.add(k);
        out.push({ kind: 'changed', record: a[d]!.id, occurrence: occA[d]!, line: a[d]!.line, fields: fieldChanges(a[d]!, b[k]!) });
      } else out.push({ kind: 'deleted', record: a[d]!.id, occurrence: occA[d]!, line: a[d]!.line, fields: fieldsOf(a[d]!, 'before') });
    }
    for (const k of ins) if (!usedIns.has(k)) out.push({ kind: 'inserted', record: b[k]!.id, occurrence: occB[k]!, line: b[k]!.line, fields: fieldsOf(b[k]!, 'after') });
    dels = [];
    ins = [];
  };
  if (big) {
    i = j = head;
    while (i < n - tail) dels.push(i++);
    while (j < m - tail) ins.push(j++);
    flush();
    return out;
  }
  while (i < n || j < m) {
    if (i < n && j < m && ta[i] === tb[j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i === n || L[i]![j + 1]! >= L[i + 1]![j]!)) ins.push(j++);
    else dels.push(i++);
  }
  flush();
  return out;
}

/** Compare two files receipt by receipt. */
export function diffFiles(before: ReceFile, after: ReceFile): FileDiff {
  const A = before.receipts;
  const B = after.receipts;
  const pairs: [Receipt | undefined, Receipt | undefined][] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const bySn = new Map<string, number[]>();
  A.forEach((r, i) => {
    const sn = receiptSearchNumber(r);
    if (sn) bySn.set(sn, [...(bySn.get(sn) ?? []), i]);
  });
  B.forEach((r, j) => {
    const sn = r.searchNumber || receiptSearchNumber(r);
    const i = sn ? bySn.get(sn)?.find((x) => !usedA.has(x)) : undefined;
    if (i !== undefined) {
      usedA.add(i);
      usedB.add(j);
      pairs.push([A[i], r]);
    }
  });
  // First claims (no 検索番号): by identity, when it points at exactly one receipt on each side.
  const ida = new Map<string, number[]>();
  A.forEach((r, i) => {
    if (!usedA.has(i)) ida.set(identity(r), [...(ida.get(identity(r)) ?? []), i]);
  });
  const idb = new Map<string, number[]>();
  B.forEach((r, j) => {
    if (!usedB.has(j)) idb.set(identity(r), [...(idb.get(identity(r)) ?? []), j]);
  });
  for (const [k, js] of idb) {
    const is = ida.get(k);
    if (is && is.length === 1 && js.length === 1) {
      usedA.add(is[0]!);
      usedB.add(js[0]!);
      pairs.push([A[is[0]!], B[js[0]!]]);
    }
  }
  // Neither side uses 検索番号 at all (claim files): by order.
  if (!A.some((r) => receiptSearchNumber(r)) && !B.some((r) => receiptSearchNumber(r))) {
    const ra = A.map((_, i) => i).filter((i) => !usedA.has(i));
    const rb = B.map((_, j) => j).filter((j) => !usedB.has(j));
    for (let k = 0; k < Math.min(ra.length, rb.length); k++) {
      usedA.add(ra[k]!);
      usedB.add(rb[k]!);
      pairs.push([A[ra[k]!], B[rb[k]!]]);
    }
  }
  A.forEach((r, i) => {
    if (!usedA.has(i)) pairs.push([r, undefined]);
  });
  B.forEach((r, j) => {
    if (!usedB.has(j)) pairs.push([undefined, r]);
  });
  pairs.sort((x, y) => (x[0]?.index ?? 1e9) - (y[0]?.index ?? 1e9) || (x[1]?.index ?? 1e9) - (y[1]?.index ?? 1e9));
  const receipts: ReceiptDiff[] = pairs.map(([a, b]) => {
    const side = (r: Receipt) => ({ position: r.index + 1, searchNumber: receiptSearchNumber(r) });
    const hl = { before: a ? a.end - a.reasonsEnd : 0, after: b ? b.end - b.reasonsEnd : 0 };
    if (!a) return { status: 'added', after: side(b!), changes: diffRecords([], b!.claim), historyIdentical: undefined, historyLines: hl };
    if (!b) return { status: 'removed', before: side(a), changes: diffRecords(a.claim, []), historyIdentical: undefined, historyLines: hl };
    const changes = diffRecords(a.claim, b.claim);
    const historyIdentical = sameHistory(a, b);
    const status = changes.length === 0 && historyIdentical !== false && hl.before === hl.after ? 'unchanged' : 'changed';
    return { status, before: side(a), after: side(b), changes, historyIdentical, historyLines: hl };
  });
  return {
    before: { kind: before.kind, receipts: A.length },
    after: { kind: after.kind, receipts: B.length },
    receipts,
    changed: receipts.filter((r) => r.status === 'changed').length,
    added: receipts.filter((r) => r.status === 'added').length,
    removed: receipts.filter((r) => r.status === 'removed').length,
  };
}

export interface RenderOptions {
  readonly locale?: Locale;
  /** Show patient-identifying values instead of 「(個人情報)」. @defaultValue false */
  readonly showPersonalData?: boolean;
}

const MASK = '(個人情報)';

function show(v: string, f: { personal: boolean; damaged?: boolean }, o: RenderOptions): string {
  if (v === '') return o.locale === 'en' ? '(empty)' : '(空)';
  if (o.showPersonalData || !f.personal) return v;
  return f.damaged ? valueShape(v) : MASK;
}

/** Readable lines for a list of record changes (indented by two spaces). */
export function renderChanges(changes: readonly RecordChange[], o: RenderOptions = {}): string[] {
  const en = o.locale === 'en';
  const out: string[] = [];
  for (const c of changes) {
    const where = `${c.record}[${c.occurrence}]${c.line !== undefined ? (en ? ` (line ${c.line})` : `（${c.line}行目）`) : ''}`;
    if (c.kind === 'changed') {
      for (const f of c.fields) out.push(`  ~ ${where} ${f.field.name}(${f.field.position}): ${show(f.before, f, o)} → ${show(f.after, f, o)}`);
    } else {
      const mark = c.kind === 'inserted' ? '+' : '-';
      const what = c.kind === 'inserted' ? (en ? 'inserted' : '追加') : en ? 'deleted' : '削除';
      const vals = c.fields.map((f) => `${f.field.name}=${show(c.kind === 'inserted' ? f.after : f.before, f, o)}`).join(' ');
      out.push(`  ${mark} ${where} ${what}${vals ? `: ${vals}` : ''}`);
    }
  }
  return out;
}

/** The readable form of a diff between two files. */
export function renderDiff(d: FileDiff, o: RenderOptions = {}): string {
  const en = o.locale === 'en';
  const lines: string[] = [];
  lines.push(
    en
      ? `before: ${d.before.kind}, ${d.before.receipts} receipts; after: ${d.after.kind}, ${d.after.receipts} receipts; changed ${d.changed}, added ${d.added}, removed ${d.removed}`
      : `変更前 ${d.before.kind} ${d.before.receipts}件 / 変更後 ${d.after.kind} ${d.after.receipts}件 — 変更 ${d.changed}、追加 ${d.added}、削除 ${d.removed}`,
  );
  for (const r of d.receipts) {
    if (r.status === 'unchanged') continue;
    const sn = r.before?.searchNumber || r.after?.searchNumber;
    const pos = `${r.before ? `#${r.before.position}` : '-'} → ${r.after ? `#${r.after.position}` : '-'}`;
    const label = en
      ? { changed: 'changed', added: 'added', removed: 'removed', unchanged: '' }[r.status]
      : { changed: '変更', added: '追加', removed: '削除', unchanged: '' }[r.status];
    lines.push('');
    lines.push(`${en ? 'receipt' : 'レセプト'} ${pos}${sn ? (en ? ` search number ${sn}` : ` 検索番号 ${sn}`) : ''}: ${label}`);
    for (const l of renderChanges(r.changes, o)) lines.push(l);
    if (r.historyIdentical === false) lines.push(en ? '  ! history block differs' : '  ! 履歴管理ブロックが異なります');
    else if (r.status === 'changed' && r.historyLines.before !== r.historyLines.after) {
      lines.push(en ? `  history lines: ${r.historyLines.before} → ${r.historyLines.after}` : `  履歴管理ブロック: ${r.historyLines.before}行 → ${r.historyLines.after}行`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The readable form of an audit trail (corrections applied, per receipt). */
export function renderAudit(audit: readonly ReceiptAudit[], o: RenderOptions = {}): string {
  const en = o.locale === 'en';
  const lines: string[] = [];
  for (const a of audit) {
    const part = a.part > 1 ? (en ? ` part ${a.part}` : ` 分割${a.part}`) : '';
    lines.push(
      en
        ? `receipt #${a.position}${a.file ? ` (file ${a.file + 1})` : ''} search number ${a.searchNumber || '-'}${part}: ${a.changes.length} record(s) changed`
        : `レセプト #${a.position}${a.file ? `（ファイル${a.file + 1}）` : ''} 検索番号 ${a.searchNumber || '-'}${part}: 変更レコード ${a.changes.length}件`,
    );
    for (const l of renderChanges(a.changes, o)) lines.push(l);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/**
 * A copy of any diff / audit data (JSON-able) with the values of personal fields replaced by
 * 「(個人情報)」: for JSON output when personal data was not asked for.
 */
export function maskPersonal<T>(data: T): T {
  // A walk over the (shallow, fixed-depth) diff / audit objects: a copy with personal fields masked.
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    if (o.personal === true) {
      const f = o as unknown as FieldChange;
      const hide = (x: string) => (x ? (f.damaged ? valueShape(x) : MASK) : '');
      return { ...f, before: hide(f.before), after: hide(f.after) };
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) if (o[k] !== undefined) out[k] = walk(o[k]);
    return out;
  };
  return walk(data) as T;
}
