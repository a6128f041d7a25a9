/**
 * The resubmission writer on streams, with flat memory: returns of any size (a 1 GB RECEIPTC.HEN) become
 * their payers' claim files receipt by receipt, with the same bytes as {@link resubmit} writes.
 *
 * It is two passes over the returns, because a claim file's header and trailer depend on all of it:
 * 1. **Plan** ({@link resubmitStream}): every receipt is read, its corrections applied (looked up by
 *    検索番号 or position as the receipts go by), and routed to its payer; each payer's receipt count
 *    and GO totals are summed, and the input checks made. Nothing of a receipt is kept but its
 *    disposition.
 * 2. **Write** (`outputs[i].chunks()`): the returns are read again and each payer's file streamed —
 *    header, receipts (corrected exactly as in the plan: the same steps on the same bytes), trailer —
 *    through the output check ({@link createOutputCheck}, the resubmission preset), which the last
 *    chunk waits for: on an error the iterator throws {@link ResubmissionRefused} (unless `force`), so
 *    a writer that writes to a temporary file removes it and nothing is written.
 *
 * It covers returns and corrections (the everyday batch); this month's first claims, regenerated
 * receipts and 労災 re-claims go through {@link resubmit}, which holds the files.
 *
 * The outcome is {@link resubmit}'s — the same bytes, findings, dispositions and audit trail (a property
 * test holds them equal) — except that findings come in file order rather than grouped by step.
 * Browser-safe.
 */
import { Eol, lineBytes, type LineSource, type LineTable } from '../codec/lines.js';
import { diag, type Diagnostic } from '../diagnostics/index.js';
import type { Receipt } from '../model/file.js';
import type { Rec } from '../model/record.js';
import { computeTotals, type Totals } from '../model/totals.js';
import { parseStream, type ByteSource } from '../stream/parse.js';
import type { EndEvent, ReceiptEvent } from '../stream/splitter.js';
import { KINDS } from '../spec/kinds.js';
import type { ClaimKind, KindDef } from '../spec/types.js';
import { createOutputCheck } from '../write/check.js';
import { auditOf, correctionParams, receiptSearchNumber, runCorrections, type CorrectedFile, type Correction, type ReceiptAudit } from './corrections.js';
import { ascii } from './values.js';
import {
  acrossInputs,
  billingMonthFinding,
  buildHeader,
  claimFileName,
  facilityKey,
  incompleteFinding,
  refusedReturn,
  itemLines,
  PAYER_DIR,
  returnedItem,
  type Facility,
  type HeaderSource,
  type Item,
  type LineOrigin,
  type Payer,
  type ReceiptDisposition,
  type ResubmitResult,
} from './resubmit.js';

export interface ResubmitStreamInput {
  /** The returns (RECEIPTC.HEN / .SAH …), each re-readable: called once per pass (e.g. `() => fileChunks(path)`). */
  readonly returns: readonly (() => ByteSource)[];
  /** Their file names (a hint for the kind, as for `parse`). */
  readonly fileNames?: readonly (string | undefined)[];
  /** Read every return as this claim kind (default: told from the content). */
  readonly claimKind?: ClaimKind;
  readonly corrections?: readonly Correction[];
  /** 請求年月 of the resubmission, YYYYMM. */
  readonly billingMonth: string;
  readonly facility?: Facility;
  /** Write the files even when the output check finds errors. @defaultValue false */
  readonly force?: boolean;
  /** Show patient-identifying values in messages. @defaultValue false */
  readonly showPersonalData?: boolean;
}

/** One payer's claim file, planned: what it will hold, and its bytes on demand. */
export interface StreamedOutput {
  readonly payer: Payer;
  readonly name: string;
  readonly claimKind: ClaimKind;
  readonly fileName: string;
  readonly totals: Totals;
  readonly receiptCount: number;
  /**
   * The file's bytes (the second pass over the returns), checked as they go. After the last chunk the
   * check's findings are in `diagnostics`; on an error the iterator then throws {@link ResubmissionRefused},
   * unless `force`. Call it at most once.
   */
  chunks(options?: { readonly chunkBytes?: number }): AsyncGenerator<Uint8Array>;
  /** The output check's findings (line numbers are this file's; `origin` gives the return's line), once written. */
  readonly diagnostics: readonly Diagnostic[];
  /** Written and checked with no error (and no error in the plan). */
  readonly valid: boolean;
}

/** What {@link resubmitStream} planned; {@link ResubmitStreamPlan.result} once the outputs are written. */
export interface ResubmitStreamPlan {
  /** No error in the plan (the output check comes with the writing). */
  readonly ok: boolean;
  readonly outputs: readonly StreamedOutput[];
  /** Findings of the plan (input checks, corrections, the writer's notes). */
  readonly diagnostics: readonly Diagnostic[];
  /** The outcome as {@link resubmit} gives it (outputs without `file` and `bytes`), after every output's chunks were read (or not). */
  result(): Omit<ResubmitResult, 'outputs'> & { readonly outputs: readonly StreamedOutput[] };
}

/** The output check found an error: the file must not be written (see {@link StreamedOutput.chunks}). */
export class ResubmissionRefused extends Error {
  constructor(
    readonly output: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    super(`resubmission ${output}: the output check found errors`);
    this.name = 'ResubmissionRefused';
  }
}

/** A diagnostic of one receipt's processing, with its (part-relative) line made the file's. */
function shifted(d: Diagnostic, lineBase: number): Diagnostic {
  if (d.line === undefined || lineBase === 0) return d;
  // (A correction's finding repeats its line among its params.)
  const params = d.params.line === d.line ? { ...d.params, line: d.line + lineBase } : d.params;
  return { ...d, line: d.line + lineBase, params };
}

/** Corrections by the receipt they address: 検索番号, or file and position. */
class CorrectionIndex {
  private readonly bySearch = new Map<string, number[]>();
  private readonly byPosition = new Map<string, number[]>();
  readonly used: Uint8Array;
  /** Corrections left out (refused as ambiguous). */
  readonly excluded = new Set<number>();
  constructor(readonly ops: readonly Correction[]) {
    this.used = new Uint8Array(ops.length);
    ops.forEach((op, i) => {
      const r = op.receipt as { searchNumber?: string; position?: number; file?: number } | undefined;
      if (!r) return;
      const [map, key] = r.searchNumber !== undefined ? [this.bySearch, String(r.searchNumber)] : [this.byPosition, `${r.file ?? 0}:${r.position}`];
      const l = map.get(key) ?? [];
      l.push(i);
      map.set(key, l);
    });
  }
  /** The corrections of one receipt, in the order given. */
  of(file: number, r: Receipt): Correction[] {
    const a = this.bySearch.get(receiptSearchNumber(r)) ?? [];
    const b = this.byPosition.get(`${file}:${r.index + 1}`) ?? [];
    if (a.length + b.length === 0) return [];
    let all = a.length && b.length ? [...a, ...b].sort((x, y) => x - y) : a.length ? a : b;
    if (this.excluded.size) all = all.filter((i) => !this.excluded.has(i));
    for (const i of all) this.used[i] = 1;
    return all.map((i) => this.ops[i]!);
  }
}

interface ReceiptWork {
  readonly items: Item[];
  readonly dropped: ReceiptDisposition[];
  readonly diagnostics: Diagnostic[];
  readonly audit: ReceiptAudit[];
}

/**
 * One receipt through the corrections and the routing, exactly as {@link resubmit} does it, its lines made
 * the file's. `fileIndex` is the file as corrections address it (among the usable returns, as in
 * `resubmit`), `inputIndex` its place among the inputs.
 */
function work(e: ReceiptEvent, fileIndex: number, inputIndex: number, header: Rec, payer: Payer, index: CorrectionIndex, showPersonalData: boolean): ReceiptWork {
  const r = e.receipt;
  const ops = index.of(fileIndex, r);
  // A one-receipt view of the file, the receipt at its own index (positions and file indexes stay the file's),
  // without a list as long as the file (a sparse array's forEach walks every index below: quadratic over a large file).
  const receipts = { [r.index]: r, forEach: (f: (x: Receipt) => void) => f(r) };
  const files: CorrectedFile[] = [];
  files[fileIndex] = { header, receipts };
  const run = runCorrections(files, ops, { showPersonalData });
  const local: Diagnostic[] = [...run.diagnostics];
  const items: Item[] = [];
  const dropped: ReceiptDisposition[] = [];
  for (const u of run.units) {
    const x = returnedItem(u, payer, inputIndex, local);
    if (x.item) items.push(x.item);
    else dropped.push(x.dropped);
  }
  const base = e.lineBase;
  const moved = new Map<Diagnostic, Diagnostic>();
  const diagnostics = local.map((d) => {
    const m = shifted(d, base);
    moved.set(d, m);
    return m;
  });
  const fixed = items.map((it) => ({
    ...it,
    notes: it.notes.map((d) => moved.get(d) ?? shifted(d, base)),
    claim: it.claim.map((c) => (c.from ? { ...c, from: { ...c.from, line: c.from.line + base } } : c)),
  }));
  const audit = auditOf(run).map((a) => ({ ...a, changes: a.changes.map((c) => (c.line === undefined ? c : { ...c, line: c.line + base })) }));
  return { items: fixed, dropped, diagnostics, audit };
}

interface FilePlan {
  header: Rec | undefined;
  end: EndEvent | undefined;
  /** File line of the trailer (HG), 0 when none. */
  trailerLine: number;
  /** 総件数 of the receipts as they came (for the HG check). */
  totalCount: number;
}

/** Plan a resubmission from streamed returns (the first pass); write each output with its `chunks()`. */
export async function resubmitStream(input: ResubmitStreamInput): Promise<ResubmitStreamPlan> {
  const diagnostics: Diagnostic[] = [];
  const report = (code: string, severity: Diagnostic['severity'], extra: Partial<Omit<Diagnostic, 'code' | 'severity' | 'params'>> & { params?: Record<string, string | number> } = {}) =>
    diagnostics.push(diag({ ...extra, code, severity }));
  const bm = String(input.billingMonth ?? '');
  const badMonth = billingMonthFinding(bm);
  if (badMonth) diagnostics.push(badMonth);
  const showPersonalData = input.showPersonalData ?? false;
  const index = new CorrectionIndex(input.corrections ?? []);
  const streamOptions = (i: number) => ({ fileName: input.fileNames?.[i], ...(input.claimKind ? { claimKind: input.claimKind } : {}) });

  // --- pass 1: every receipt corrected and routed; counts, totals and dispositions per payer. A correction
  // addressed to a 検索番号 that turns out to be shared by two receipts is refused as ambiguous, unapplied
  // (as the engine does): the pass is then made again without it (a rare input, and one that blocks anyway).
  const before = diagnostics.length;
  const pass1 = async () => {
    const files: FilePlan[] = [];
    const none = () => ({ count: 0, totals: { totalCount: 0, totalPoints: 0, grouped: 0, unreadable: [] as number[] } });
    const perPayer = { '1': none(), '2': none() };
    const receipts: ReceiptDisposition[] = [];
    const audit: ReceiptAudit[] = [];
    const seen = new Map<string, number>();
    const heads: { first?: Rec; byPayer: Map<string, Rec> } = { byPayer: new Map() };
    const usable: boolean[] = [];
    let kind: KindDef | undefined;
    for (let fi = 0; fi < input.returns.length; fi++) {
      const fp: FilePlan = { header: undefined, end: undefined, trailerLine: 0, totalCount: 0 };
      files.push(fp);
      // What this file gives, kept apart until the file is known to be a usable return.
      const fileDiagnostics: Diagnostic[] = [];
      const fileReceipts: ReceiptDisposition[] = [];
      const fileAudit: ReceiptAudit[] = [];
      const filePayers = { '1': { count: 0, totals: [] as Totals[] }, '2': { count: 0, totals: [] as Totals[] } };
      // 検索番号 of this file's receipts: counted for duplicates only if the file is a usable return (as resubmit counts).
      const fileSeen: string[] = [];
      let filePayer: Payer | undefined;
      // Corrections address a file by its place among the usable returns (as resubmit's engine sees them).
      const engineIndex = usable.filter(Boolean).length;
      for await (const e of parseStream(input.returns[fi]!(), streamOptions(fi))) {
        if (e.type === 'lead') {
          fp.header ??= e.records.find((r) => !r.prefixed);
          const p = fp.header?.get('payer');
          filePayer = p === '1' || p === '2' ? p : undefined;
          kind ??= e.claimKind === 'unknown' ? undefined : KINDS[e.claimKind];
        } else if (e.type === 'receipt') {
          const r = e.receipt;
          fp.totalCount += computeTotals([r], e.claimKind === 'unknown' ? undefined : KINDS[e.claimKind].structure).totalCount;
          const sn = receiptSearchNumber(r);
          if (sn) fileSeen.push(sn);
          if (!filePayer || !fp.header) continue;
          const w = work(e, engineIndex, fi, fp.header, filePayer, index, showPersonalData);
          const rh = kind?.structure.receiptHeader;
          const head = r.claim[0];
          if (rh && head?.id === rh) {
            heads.first ??= head;
            const hp = head.get('payer') ?? '';
            if (!heads.byPayer.has(hp)) heads.byPayer.set(hp, head);
          }
          fileDiagnostics.push(...w.diagnostics);
          fileAudit.push(...w.audit);
          for (const d of w.dropped) fileReceipts.push(d);
          for (const it of w.items) {
            const p = filePayers[it.payer];
            p.count++;
            p.totals.push(computeTotals([{ claim: it.claim.map((c) => c.rec) }], kind?.structure));
            // レセプト番号 in its payer's file: the payers' counts before this file, plus this file's.
            fileReceipts.push({ ...it.disposition, receiptNumber: perPayer[it.payer].count + p.count, diagnostics: it.notes });
          }
        } else if (e.type === 'tail') {
          const t = e.records.find((r) => !r.prefixed);
          if (t && !fp.trailerLine) fp.trailerLine = e.lineBase + t.index + 1;
        } else if (e.type === 'end') fp.end = e;
      }
      const end = fp.end!;
      const refused = refusedReturn(end, fi);
      const ok = refused === undefined;
      if (refused) diagnostics.push(refused);
      else {
        const incomplete = incompleteFinding({ diagnostics: end.diagnostics, trailer: end.trailer, claimKind: end.claimKind }, fi, { totalCount: fp.totalCount, trailerLine: fp.trailerLine });
        if (incomplete) diagnostics.push(incomplete);
      }
      usable.push(ok);
      if (!ok) continue;
      for (const sn of fileSeen) seen.set(sn, (seen.get(sn) ?? 0) + 1);
      diagnostics.push(...fileDiagnostics);
      audit.push(...fileAudit);
      receipts.push(...fileReceipts);
      for (const p of ['1', '2'] as const) {
        const acc = perPayer[p];
        for (const t of filePayers[p].totals) {
          acc.totals.totalCount += t.totalCount;
          acc.totals.totalPoints += t.totalPoints;
          acc.totals.grouped += t.grouped;
          if (t.unreadable.length) acc.totals.unreadable.push(acc.count);
          acc.count++;
        }
      }
    }

    return { files, perPayer, receipts, audit, seen, heads, usable };
  };
  let p1 = await pass1();
  for (;;) {
    const shared = new Set([...p1.seen].filter(([, n]) => n > 1).map(([sn]) => sn));
    const more = (input.corrections ?? []).map((op, i) => ({ op, i })).filter(({ op, i }) => !index.excluded.has(i) && (op.receipt as { searchNumber?: string } | undefined)?.searchNumber !== undefined && shared.has(String((op.receipt as { searchNumber: string }).searchNumber)));
    if (more.length === 0) break;
    for (const { i } of more) index.excluded.add(i);
    diagnostics.length = before;
    p1 = await pass1();
  }
  const { files, perPayer, receipts, audit, seen, heads, usable } = p1;

  // --- the checks over all files (as resubmit makes them)
  // Returns re-claimed by reception number (労災) are resubmit()'s alone (as resubmit hands them to its own writer
  // when every input is of such a kind): this writer says so, and the CLI falls back to the whole-file path.
  const allKinds = new Set(files.map((f) => f.end!.claimKind));
  const only = allKinds.size === 1 ? [...allKinds][0] : undefined;
  if (only && only !== 'unknown' && KINDS[only].resubmission?.mode === 'reception-number') {
    diagnostics.length = 0;
    report('resubmit/kind-unsupported', 'error', { params: { kind: KINDS[only].name } });
  }
  const used = files.filter((_, i) => usable[i]);
  const k = acrossInputs(new Set(used.map((f) => f.end!.claimKind)), new Set(used.map((f) => facilityKey(f.header!))), seen, diagnostics);
  (input.corrections ?? []).forEach((op, i) => {
    const ref = op.receipt as { searchNumber?: string } | undefined;
    // (As the corrections engine reports them.)
    if (index.excluded.has(i)) diagnostics.push(diag({ code: 'resubmit/ambiguous-receipt', severity: 'error', params: { count: seen.get(String(ref?.searchNumber)) ?? 0, ...correctionParams(op) } }));
    else if (!index.used[i]) diagnostics.push(diag({ code: 'resubmit/unknown-receipt', severity: 'error', params: correctionParams(op) }));
  });
  const total = perPayer['1'].count + perPayer['2'].count;
  if (total === 0) report('resubmit/nothing-to-write', 'warning');
  const planOk = !diagnostics.some((d) => d.severity === 'error');

  // --- the outputs: pass 2 on demand
  const headerFiles: HeaderSource[] = files.filter((_, i) => usable[i]).map((f) => ({ header: f.header, receipts: [] }));
  const headSource: HeaderSource[] = heads.first ? [{ header: undefined, receipts: [...new Set([...heads.byPayer.values(), heads.first])].map((h) => ({ claim: [h] })) }] : [];
  const outputs: StreamedOutput[] = [];
  for (const payer of ['1', '2'] as const) {
    const plan = perPayer[payer];
    if (plan.count === 0) continue;
    const own: Diagnostic[] = [];
    const header = buildHeader(k, payer, bm, [...headerFiles, ...headSource], [], { returns: [], billingMonth: bm, facility: input.facility, showPersonalData }, own);
    const headerFrom = files.findIndex((f, i) => usable[i] && f.header?.get('payer') === payer);
    const out = {
      payer,
      name: PAYER_DIR[payer],
      claimKind: k.id,
      fileName: claimFileName(k),
      totals: plan.totals as Totals,
      receiptCount: plan.count,
      diagnostics: [] as readonly Diagnostic[],
      valid: false,
      chunks: (options: { chunkBytes?: number } = {}) =>
        writeOutput({ input, kind: k, payer, bm, header, own, headerFrom, files, usable, index, planOk, totals: plan.totals, chunkBytes: options.chunkBytes ?? 64 * 1024 }, (diags, valid) => {
          out.diagnostics = diags;
          out.valid = valid;
        }),
    };
    outputs.push(out);
  }
  return {
    ok: planOk,
    outputs,
    diagnostics,
    result() {
      // Each receipt's findings: the writer's notes and the output check's on its lines.
      const all = [...diagnostics];
      const byNumber = new Map<string, ReceiptDisposition>();
      for (const r of receipts) if (r.payer && r.receiptNumber) byNumber.set(`${r.payer}:${r.receiptNumber}`, r);
      const extra = new Map<ReceiptDisposition, Diagnostic[]>();
      for (const o of outputs) {
        for (const d of o.diagnostics) {
          all.push(d);
          const n = d.receipt;
          const r = n !== undefined ? byNumber.get(`${o.payer}:${n + 1}`) : undefined;
          if (r) extra.set(r, [...(extra.get(r) ?? []), d]);
        }
      }
      const dispositions = receipts.map((r) => (extra.has(r) ? { ...r, diagnostics: [...r.diagnostics, ...extra.get(r)!] } : r));
      const ok = !all.some((d) => d.severity === 'error');
      return { ok, written: outputs.length > 0 && outputs.every((o) => o.valid || input.force), outputs, receipts: dispositions, audit, diagnostics: all };
    },
  };
}

interface WriteContext {
  readonly input: ResubmitStreamInput;
  readonly kind: KindDef;
  readonly payer: Payer;
  readonly bm: string;
  readonly header: Uint8Array;
  readonly own: readonly Diagnostic[];
  readonly headerFrom: number;
  readonly files: readonly FilePlan[];
  readonly usable: readonly boolean[];
  readonly index: CorrectionIndex;
  readonly planOk: boolean;
  readonly totals: Totals;
  readonly chunkBytes: number;
}

/**
 * Where each output line came from, as runs: output lines [at, at + n) are lines [line, line + n) of
 * input `input` (or of no input). A file of a million lines that keeps its order is a handful of runs.
 */
class OriginRuns {
  private readonly at: number[] = [];
  private readonly input: number[] = [];
  private readonly line: number[] = [];
  private lines = 0;
  add(input: number, line: number): void {
    const k = this.at.length - 1;
    const n = this.lines++;
    if (k >= 0 && this.input[k] === input && (input < 0 || this.line[k]! + (n - this.at[k]!) === line)) return;
    this.at.push(n);
    this.input.push(input);
    this.line.push(line);
  }
  /** The origin of 1-based output line `l`. */
  of(l: number): LineOrigin | undefined {
    const n = l - 1;
    let lo = 0;
    let hi = this.at.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (this.at[m]! <= n) lo = m;
      else hi = m - 1;
    }
    if (hi < 0 || this.input[lo]! < 0) return undefined;
    return { source: 'return', input: this.input[lo]!, line: this.line[lo]! + (n - this.at[lo]!) };
  }
}

async function* writeOutput(c: WriteContext, done: (diagnostics: readonly Diagnostic[], valid: boolean) => void): AsyncGenerator<Uint8Array> {
  const { input, kind, payer } = c;
  const showPersonalData = input.showPersonalData ?? false;
  const check = createOutputCheck({ kind: 'UKE', claimKind: kind.id, preset: 'resubmission', showPersonalData });
  const origins = new OriginRuns();
  let buf = new Uint8Array(c.chunkBytes);
  let o = 0;
  const ready: Uint8Array[] = [];
  const flush = () => {
    if (o === 0) return;
    const chunk = buf.subarray(0, o);
    check.write(chunk);
    ready.push(chunk);
    buf = new Uint8Array(c.chunkBytes);
    o = 0;
  };
  const put = (b: Uint8Array) => {
    if (o + b.length + 2 > buf.length) {
      flush();
      if (b.length + 2 > buf.length) buf = new Uint8Array(b.length + 2);
    }
    buf.set(b, o);
    o += b.length;
    buf[o++] = 0x0d;
    buf[o++] = 0x0a;
  };
  put(c.header);
  origins.add(c.headerFrom, 1);
  let n = 0;
  for (let fi = 0; fi < input.returns.length; fi++) {
    const fp = c.files[fi]!;
    if (!c.usable[fi] || !fp.header) continue;
    const filePayer = fp.header.get('payer') as Payer;
    for await (const e of parseStream(input.returns[fi]!(), { fileName: input.fileNames?.[fi], ...(input.claimKind ? { claimKind: input.claimKind } : {}), diagnostics: false })) {
      if (e.type !== 'receipt') continue;
      const w = work(e, c.usable.slice(0, fi).filter(Boolean).length, fi, fp.header, filePayer, c.index, showPersonalData);
      const table: LineTable = e.table;
      for (const it of w.items) {
        if (it.payer !== payer) continue;
        itemLines(kind, it, ++n, payer, c.bm, (src: LineSource, from, orig) => {
          put('table' in src ? lineBytes(src.table, src.index) : src.bytes);
          const at = from ?? ('table' in orig && orig.table === table ? { source: 'return' as const, input: fi, line: e.lineBase + orig.index + 1 } : undefined);
          origins.add(at ? at.input : -1, at ? at.line : 0);
        });
      }
      if (ready.length) yield* ready.splice(0);
    }
  }
  // The trailer by the kind's totals rule (as resubmit writes it), then the EOF byte.
  const t = c.totals;
  put(ascii(kind.totals === 'none' ? kind.structure.trailer : `${kind.structure.trailer},${t.totalCount},${t.totalPoints},99`));
  const trailerLine = c.headerFrom >= 0 ? c.files[c.headerFrom]!.trailerLine : 0;
  origins.add(trailerLine ? c.headerFrom : -1, trailerLine);
  if (o + 1 > buf.length) flush();
  buf[o++] = 0x1a;
  flush();
  yield* ready.splice(0, ready.length - 1);
  const checked = check.finish();
  const diagnostics = [...c.own, ...checked.diagnostics].map((d): Diagnostic => {
    const origin = d.line !== undefined ? origins.of(d.line) : undefined;
    return { ...d, ...(origin ? { origin } : {}), params: { ...d.params, output: PAYER_DIR[payer] } };
  });
  const valid = c.planOk && !diagnostics.some((d) => d.severity === 'error');
  done(diagnostics, valid);
  if (!valid && !input.force) throw new ResubmissionRefused(PAYER_DIR[payer], diagnostics);
  yield* ready.splice(0);
}
