/**
 * Re-claims by reception number (ResubmissionDef mode `reception-number`; 労災 RRECEC.HEN → RRECnn00.UKS).
 *
 * A different mechanism from the 省令 returns (the `history` mode of ./resubmit.ts), read entirely from the
 * kind's descriptor (ResubmissionDef.receptionNumber, AmountsDef, HeaderMonthDef, FileSplitDef):
 * - the return holds only the returned receipts (no header, trailer, reasons or history block [INF]);
 * - each receipt is claimed again as it was returned, corrections applied: its RE keeps the number the
 *   payer gave it (労災 RE #19 電算処理受付番号 [H], ORCA 26510), レセプト番号 renumbered 1… in the file, no
 *   history block [H];
 * - the receipt's sums record (労災 RR) is recomputed from its 摘要 records (AmountsDef);
 * - the file gets a header and a trailer of its own: the facility's fields (ReceptionNumberDef.copied)
 *   from the claim file each receipt was first sent in (`claimed`: matched by its RE, every field but
 *   レセプト番号 and the reception number), or from `facility`; the header's 請求年月 = the latest 診療年月 of
 *   the file's receipts (HeaderMonthDef); the trailer's date = `submissionDate`, its amount and count
 *   summed (AmountsDef); マルチボリューム "00" / "99";
 * - receipts whose original claim files had different trailers (労災: 初回分 per 労働局 / 監督署, 継続分
 *   with both codes empty [H]) go into separate files, numbered nn = 01, 02 … in the kind's re-claim file
 *   name (RRECnn00.UKS);
 * - the exact output bytes are checked with the resubmission preset (strict writes).
 * New claims are not merged (the re-claim is a file of its own [H]), and corrections that would make a
 * receipt a new first claim (split, payer) are refused: a first claim goes into the month's claim file.
 *
 * Browser-safe: works on models and bytes only.
 */
import { buildLines, Eol, writeLines, type LineSource, type LineTable } from '../codec/lines.js';
import { readSpecDate } from '../codec/dates.js';
import { diag, type Diagnostic } from '../diagnostics/index.js';
import type { ReceFile } from '../model/file.js';
import type { Rec } from '../model/record.js';
import { amountTotals, computeTotals, receiptAmounts } from '../model/totals.js';
import { recordIn } from '../spec/kinds.js';
import type { KindDef, RecordDef } from '../spec/types.js';
import { checkOutput } from '../write/check.js';
import { auditOf, runCorrections, sourceOf, type Unit } from './corrections.js';
import type { LineOrigin, ReceiptDisposition, ResubmitInput, ResubmitOutput, ResubmitResult } from './resubmit.js';
import { editFieldBytes } from './splice.js';
import { resubmissionValidator } from './validator.js';
import { checkValue, joinFields } from './values.js';

type DiagExtra = Omit<Partial<Diagnostic>, 'params' | 'code' | 'severity'> & { params?: Record<string, string | number> };

interface Item {
  readonly unit: Unit;
  readonly input: number;
  /** Index into `claimed` of the file the receipt was first sent in (-1: not found). */
  readonly from: number;
  readonly notes: Diagnostic[];
}

function asList<T>(x: T | readonly T[] | undefined): readonly T[] {
  if (x === undefined) return [];
  return Array.isArray(x) ? (x as readonly T[]) : [x as T];
}

/** The RE's fields but レセプト番号 and the reception number: how a returned receipt is found among the claims. */
function identity(re: Rec, skip: readonly string[]): string {
  const def = re.def;
  if (!def) return '';
  return def.fields.map((f, i) => (skip.includes(f.key) ? '' : (re.at(i + 1) ?? ''))).join('\u0000');
}

/** YYYYMM of a 西暦 YYYYMMDD or YYYYMM value. */
function monthOf(v: string): string | undefined {
  return /^(19|20)\d\d(0[1-9]|1[0-2])(\d\d)?$/.test(v) ? v.slice(0, 6) : undefined;
}

/** The kind's re-claim file name for output `n` (1-based): `nn` → 01, 02 …. */
export function receptionFileName(kind: KindDef, n: number): string {
  const p = kind.resubmission?.fileName ?? kind.fileNames[0] ?? 'RECEIPTC.UKE';
  return p.replace('nn', String(n).padStart(2, '0'));
}

/** Build the re-claim files of a kind re-claimed by reception number. Never throws: problems are diagnostics. */
export function resubmitByReceptionNumber(input: ResubmitInput, kind: KindDef): ResubmitResult {
  const rn = kind.resubmission!.receptionNumber!;
  const a = kind.amounts;
  const st = kind.structure;
  const diagnostics: Diagnostic[] = [];
  const report = (code: string, severity: Diagnostic['severity'], extra: DiagExtra = {}) => void diagnostics.push(diag({ ...extra, code, severity }));

  // --- what this mode takes
  const date = String(input.submissionDate ?? '');
  const d = readSpecDate(date);
  if (!/^[0-9]{8}$/.test(date) || !d || d.precision !== 'day') report('resubmit/submission-date-invalid', 'error', { expected: 'YYYYMMDD', found: date ? `${date.length} chars` : 'empty' });
  if (asList(input.newClaims).length > 0) report('resubmit/input-unsupported', 'error', { params: { what: 'newClaims', kind: kind.name } });
  if ((input.regenerated ?? []).length > 0) report('resubmit/input-unsupported', 'error', { params: { what: 'regenerated', kind: kind.name } });

  const returns: ReceFile[] = [];
  const returnIndex: number[] = [];
  input.returns.forEach((f, i) => {
    if (f.kind !== 'HEN' && f.kind !== 'SAH') return report('resubmit/not-a-return', 'error', { params: { input: i + 1, kind: f.kind } });
    if (kind.resubmission?.onPaper?.includes(f.kind)) return report('resubmit/on-paper', 'error', { params: { input: i + 1, kind: f.kind, claimKind: kind.name } });
    returns.push(f);
    returnIndex.push(i);
  });

  // The claim files the receipts were first sent in: their header and trailer, and their receipts by identity.
  const claimed = asList(input.claimed).filter((f) => f.header?.id === st.header);
  if (asList(input.claimed).length !== claimed.length) report('resubmit/claims-not-uke', 'error', { params: { input: asList(input.claimed).findIndex((f) => f.header?.id !== st.header) + 1, kind: 'claimed' } });
  const skip = ['receiptNumber', rn.key];
  const sentIn = new Map<string, number>();
  claimed.forEach((f, k) => {
    for (const r of f.receipts) if (!sentIn.has(identity(r.re, skip))) sentIn.set(identity(r.re, skip), k);
  });

  // Duplicates: the same returned receipt given twice would be claimed twice.
  const seen = new Map<string, number>();
  for (const f of returns) for (const r of f.receipts) if (r.searchNumber) seen.set(r.searchNumber, (seen.get(r.searchNumber) ?? 0) + 1);
  for (const [sn, n] of seen) if (n > 1) report('resubmit/duplicate-receipt', 'error', { params: { searchNumber: sn, count: n } });

  // --- corrections
  const run = runCorrections(returns, input.corrections ?? [], { showPersonalData: input.showPersonalData });
  for (const x of run.diagnostics) diagnostics.push(x);

  const items: Item[] = [];
  const dropped: ReceiptDisposition[] = [];
  for (const u of run.units) {
    const input0 = returnIndex[u.fileIndex]!;
    const base = { source: 'return' as const, input: input0, position: u.receipt.index + 1, searchNumber: u.searchNumber, part: u.part };
    if (u.dropped) {
      dropped.push({ ...base, status: 'dropped', payer: undefined, reason: { code: 'resubmit/reason-dropped', params: { note: u.dropReason ?? '' } }, diagnostics: [] });
      continue;
    }
    const notes: Diagnostic[] = [];
    const note = (code: string, severity: Diagnostic['severity'], extra: DiagExtra = {}) => {
      const x = diag({ ...extra, code, severity, params: { ...extra.params, ...(u.searchNumber ? { searchNumber: u.searchNumber } : {}) } });
      diagnostics.push(x);
      notes.push(x);
    };
    const r = u.receipt;
    // A split part or a new payer would be a first claim: not in a re-claim file.
    if (u.part > 1 || u.payer !== undefined) {
      note('resubmit/input-unsupported', 'error', { line: r.re.line, record: 'RE', receipt: r.index, params: { what: u.part > 1 ? 'split' : 'payer', kind: kind.name } });
      dropped.push({ ...base, status: 'dropped', payer: undefined, reason: { code: 'resubmit/input-unsupported', params: { what: u.part > 1 ? 'split' : 'payer', kind: kind.name } }, diagnostics: notes });
      continue;
    }
    if (!u.searchNumber) note('resubmit/no-reception-number', 'error', { line: r.re.line, record: 'RE', receipt: r.index, params: { input: input0 + 1 } });
    const from = sentIn.get(identity(r.re, skip)) ?? -1;
    if (claimed.length > 0 && from < 0) note('resubmit/claimed-unmatched', 'warning', { line: r.re.line, record: 'RE', receipt: r.index, params: { input: input0 + 1 } });
    items.push({ unit: u, input: input0, from, notes });
  }

  // --- the header and trailer values: the facility's, else the claim file the receipt came from, else the first one
  const fac = input.facility ?? {};
  const headerOf = (k: number) => claimed[k]?.header ?? claimed[0]?.header;
  const trailerOf = (k: number) => (claimed[k] ?? claimed[0])?.trailer;
  const facHeader: Record<string, string | undefined> = { facilityName: fac.name, phone: fac.phone, prefecture: fac.prefecture, scoreTable: fac.scoreTable, facilityCode: fac.facilityCode, ...fac.header };
  const trailerValues = (k: number): Record<string, string> => {
    const t = trailerOf(k);
    return Object.fromEntries(rn.copied.trailer.map((key) => [key, fac.trailer?.[key] ?? (t?.id === st.trailer ? t.get(key) : undefined) ?? '']));
  };
  // Outputs: one per distinct trailer (労災: per 労働局 / 監督署 of 初回分, and one for 継続分).
  const groups = new Map<string, { values: Record<string, string>; items: Item[]; from: number }>();
  for (const it of items) {
    const values = trailerValues(it.from);
    const key = JSON.stringify(values);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { values, items: [], from: it.from }));
    g.items.push(it);
  }

  const tableOrigin = new Map<LineTable, number>();
  returns.forEach((f, k) => tableOrigin.set(f.table, returnIndex[k]!));
  const originOf = (src: LineSource): LineOrigin | undefined => {
    if (!('table' in src)) return undefined;
    const i = tableOrigin.get(src.table);
    return i === undefined ? undefined : { source: 'return', input: i, line: src.index + 1 };
  };

  const check = input.validate ?? resubmissionValidator;
  const blockingBefore = diagnostics.some((x) => x.severity === 'error');
  const outputs: ResubmitOutput[] = [];
  const dispositions: ReceiptDisposition[] = [];
  let n = 0;
  for (const g of groups.values()) {
    n++;
    const fileName = receptionFileName(kind, n);
    const own: Diagnostic[] = [];
    const priceText = a ? (g.values[a.trailerKeys.unitPrice] ?? '') : '';
    const price = /^[0-9]{1,9}$/.test(priceText) ? Number(priceText) : undefined;
    const sources: LineSource[] = [];
    const origins: (LineOrigin | undefined)[] = [];
    const itemAt: number[] = [];
    const assembled: { claim: Rec[] }[] = [];
    let latest = '';
    let amount = 0;
    const receiptLines: { src: LineSource; from?: LineOrigin; k: number }[] = [];
    g.items.forEach((it, k) => {
      const u = it.unit;
      const recs = u.lines.map((l) => l.rec);
      const sums = a ? receiptAmounts(recs, a, price) : undefined;
      const reAt = u.lines.findIndex((l) => l.rec.id === 'RE' && !l.rec.prefixed);
      u.lines.forEach((l, j) => {
        const src = sourceOf(l);
        const from = l.origin >= 0 ? { source: 'return' as const, input: it.input, line: u.receipt.start + l.origin + 1 } : originOf(src);
        let nb: Uint8Array | undefined;
        if (j === reAt) nb = editFieldBytes(l.rec, { receiptNumber: String(k + 1), [rn.key]: u.searchNumber });
        else if (a && sums && l.rec === sums.record && !sums.unreadable && sums.total !== undefined) {
          const rk = a.receiptKeys;
          nb = editFieldBytes(l.rec, {
            [rk.points]: String(sums.points),
            [rk.pointsAmount]: String(sums.pointsAmount),
            [rk.yenAmount]: String(sums.yenAmount),
            ...(rk.mealCount ? { [rk.mealCount]: sums.inpatient ? String(sums.mealCount) : '' } : {}),
            ...(rk.mealAmount ? { [rk.mealAmount]: sums.inpatient ? String(sums.mealAmount) : '' } : {}),
            [rk.total]: String(sums.total),
          });
        }
        receiptLines.push({ src: nb ? { bytes: nb, eol: Eol.CRLF } : src, from, k });
      });
      if (sums && !sums.unreadable && sums.total !== undefined) amount += sums.total;
      else if (a) amount += amountTotals([{ claim: recs }], a).amount;
      if (kind.headerMonth) {
        const rec = recs.find((r) => !r.prefixed && r.id === kind.headerMonth!.from.record);
        const m = rec ? monthOf(rec.get(kind.headerMonth.from.key as never) ?? '') : undefined;
        if (m && m > latest) latest = m;
      }
      assembled.push({ claim: recs });
    });

    // The header.
    const hdef = recordIn(kind, st.header)!;
    const hsrc = headerOf(g.from);
    const hvals = (key: string): string => {
      if (key === kind.headerMonth?.key) return latest || input.billingMonth;
      if (key === 'billingMonth') return input.billingMonth;
      if (key === 'volume') return '00';
      if (rn.copied.header.includes(key)) return facHeader[key] ?? hsrc?.get(key) ?? '';
      return '';
    };
    const header = buildRecord(hdef, hvals, own, 1, input.showPersonalData);
    if (hdef.fields.some((f) => f.key === 'facilityName') && hvals('facilityName') === '') own.push(diag({ code: 'resubmit/facility-name-missing', severity: 'error', line: 1, record: st.header }));
    sources.push({ bytes: header, eol: Eol.CRLF });
    origins.push(undefined);
    for (const l of receiptLines) {
      sources.push(l.src);
      origins.push(l.from);
      itemAt[sources.length - 1] = l.k;
    }
    // The trailer.
    const tdef = recordIn(kind, st.trailer)!;
    const tvals = (key: string): string => {
      if (key === rn.dateKey) return date;
      if (a && key === a.trailerKeys.amount) return String(amount);
      if (a && key === a.trailerKeys.count) return String(g.items.length);
      if (key === 'volume') return '99';
      return g.values[key] ?? '';
    };
    sources.push({ bytes: buildRecord(tdef, tvals, own, sources.length + 1, input.showPersonalData), eol: Eol.CRLF });
    origins.push(undefined);

    const bytes = writeLines(crlf(buildLines(sources, true)));
    const checked = checkOutput(bytes, { kind: 'UKE', claimKind: kind.id, showPersonalData: input.showPersonalData ?? false, validate: check });
    const all = [...own, ...checked.diagnostics].map((x): Diagnostic => {
      const origin = x.line !== undefined ? origins[x.line - 1] : undefined;
      return { ...x, ...(origin ? { origin } : {}), params: { ...x.params, output: fileName } };
    });
    const perItem: Diagnostic[][] = g.items.map((it) => [...it.notes]);
    for (const x of all) {
      const k = x.line !== undefined ? itemAt[x.line - 1] : undefined;
      if (k !== undefined) perItem[k]!.push(x);
    }
    g.items.forEach((it, k) =>
      dispositions.push({ source: 'return', input: it.input, position: it.unit.receipt.index + 1, searchNumber: it.unit.searchNumber, part: it.unit.part, status: 'resubmitted', payer: undefined, receiptNumber: k + 1, fileName, diagnostics: perItem[k]! }),
    );
    const valid = !all.some((x) => x.severity === 'error') && !blockingBefore;
    outputs.push({
      payer: undefined,
      name: '',
      claimKind: kind.id,
      fileName,
      file: checked.file,
      bytes: (valid || input.force) && !input.dryRun ? bytes : undefined,
      totals: computeTotals(assembled),
      amounts: { amount, count: g.items.length },
      receiptCount: g.items.length,
      diagnostics: all,
      valid,
      origins,
    });
    for (const x of all) diagnostics.push(x);
  }
  if (items.length === 0) report('resubmit/nothing-to-write', 'warning');
  const byInput = (x: ReceiptDisposition, y: ReceiptDisposition) => x.input - y.input || (x.position ?? 0) - (y.position ?? 0) || x.part - y.part;
  return {
    ok: !diagnostics.some((x) => x.severity === 'error'),
    written: outputs.length > 0 && outputs.every((o) => o.bytes !== undefined),
    outputs,
    receipts: [...dispositions, ...dropped].sort(byInput),
    audit: auditOf(run),
    diagnostics,
  };
}

/** A record built field by field (each value checked as the reader would), for output line `line`. */
function buildRecord(def: RecordDef, value: (key: string) => string, out: Diagnostic[], line: number, showPersonalData: boolean | undefined): Uint8Array {
  const parts = def.fields.map((f, i) => {
    const v = i === 0 ? def.id : value(f.key);
    const c = checkValue(def, i + 1, v, { showPersonalData });
    for (const p of c.problems) {
      if (v === '' && f.key === 'facilityName') continue; // resubmit/facility-name-missing
      out.push(diag({ code: p.code, severity: p.severity, line, record: def.id, field: p.field, expected: p.expected, found: p.found, params: { ...p.params, contextKind: 'facility' } }));
    }
    return c.bytes ?? new Uint8Array(0);
  });
  return joinFields(parts);
}

/** The same table with every line ending in CR+LF (the spec's line end; content bytes untouched). */
function crlf(t: LineTable): LineTable {
  return { ...t, eol: new Uint8Array(t.count).fill(Eol.CRLF) };
}

