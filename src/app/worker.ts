/**
 * The app's engine, in a Worker: it holds the parsed files and does every step with the public API of the
 * `receden` entry point — parse, reasons, corrections, rendering, verdicts, the resubmission. The page only
 * shows what it answers, so a large file never blocks the page.
 */
import {
  applyCorrections,
  correctionsJson,
  diffFiles,
  fieldInfo,
  fieldVerdict,
  formatDiagnostic,
  KINDS,
  messageOf,
  parse,
  reasons,
  receiptSearchNumber,
  recordIn,
  renderAudit,
  renderDiff,
  renderFile,
  renderReceipt,
  resubmissionFiles,
  resubmit,
  summarize,
  type Correction,
  type Diagnostic,
  type Locale,
  type ReceFile,
} from 'receden';
import type { EditorRecord, OpenedFile, ReceiptView, Request, ResubmitReply } from './protocol.js';

interface Held {
  readonly name: string;
  readonly file: ReceFile;
}

let files: Held[] = [];

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; request: Request }>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

/** Does a correction's receipt reference point into file `fi`? */
function inFile(c: Correction, fi: number): boolean {
  const r = c.receipt;
  if ('searchNumber' in r) return files[fi]!.file.receipts.some((x) => receiptSearchNumber(x) === r.searchNumber);
  return (r.file ?? 0) === fi;
}

/** The corrections of one file, addressed within it (a position reference loses its file index). */
function forFile(corrections: readonly Correction[], fi: number, withDrops: boolean): Correction[] {
  return corrections
    .filter((c) => inFile(c, fi) && (withDrops || c.op !== 'drop'))
    .map((c) => ('position' in c.receipt ? ({ ...c, receipt: { position: c.receipt.position, ...(c.receipt.part ? { part: c.receipt.part } : {}) } } as Correction) : c));
}

/** The file with its corrections applied, drops left out of account (receipts keep their positions). */
function corrected(fi: number, corrections: readonly Correction[]): { file: ReceFile; diagnostics: readonly Diagnostic[] } {
  const ops = forFile(corrections, fi, false);
  if (ops.length === 0) return { file: files[fi]!.file, diagnostics: [] };
  const r = applyCorrections(files[fi]!.file, ops);
  return { file: r.file, diagnostics: r.diagnostics };
}

function open(list: readonly { name: string; bytes: ArrayBuffer }[], locale: Locale): OpenedFile[] {
  files = list.map((f) => ({ name: f.name, file: parse(new Uint8Array(f.bytes), { fileName: f.name }) }));
  return files.map(({ name, file }) => {
    const s = summarize(file);
    const rows = reasons(file);
    return {
      name,
      kind: file.kind,
      claimKind: file.claimKind,
      payer: s.payerShort,
      receipts: s.receipts.map((r) => ({
        position: r.position,
        searchNumber: r.searchNumber,
        serviceMonth: r.serviceMonth,
        reasons: rows.filter((x) => x.position === r.position).map((x) => ({ text: x.text, code: x.code, practice: x.practice })),
      })),
      errors: file.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, locale)),
    };
  });
}

function receiptView(fi: number, position: number, corrections: readonly Correction[], locale: Locale, showNames: boolean): ReceiptView {
  const c = corrected(fi, corrections);
  const receipt = c.file.receipts[position - 1]!;
  const seen = new Map<string, number>();
  const records: EditorRecord[] = receipt.claim.map((rec, i) => {
    const occurrence = (seen.get(rec.id) ?? 0) + 1;
    seen.set(rec.id, occurrence);
    const def = rec.def;
    return {
      line: i + 1,
      id: rec.id,
      name: def?.name ?? '',
      occurrence,
      fields: def ? def.fields.slice(1).map((_, k) => ({ ...fieldInfo(def, k + 2)!, value: rec.at(k + 2) ?? '' })) : [],
    };
  });
  const kd = c.file.claimKind === 'unknown' ? undefined : KINDS[c.file.claimKind];
  const ids = kd ? [...new Set(kd.structure.receipt.flatMap((s) => s.ids))].filter((id) => id !== 'RE') : [];
  const sn = receipt.searchNumber;
  const mine = (d: Diagnostic) => d.receipt === undefined || d.receipt === position - 1 || String(d.params.receipt ?? '').includes(sn);
  return {
    html: renderReceipt(receipt, { file: c.file, locale, showNames, fileName: files[fi]!.name }),
    records,
    insertable: ids.map((id) => ({ id, name: recordIn(c.file.receipts[0]!.kind, id)?.name ?? id })),
    problems: c.diagnostics.filter(mine).map((d) => messageOf(d, locale)),
  };
}

function fields(fi: number, record: string): EditorRecord {
  const def = recordIn(files[fi]!.file.receipts[0]?.kind ?? KINDS.ika, record);
  return { line: 0, id: record, name: def?.name ?? record, occurrence: 0, fields: def ? def.fields.slice(1).map((_, k) => ({ ...fieldInfo(def, k + 2)!, value: '' })) : [] };
}

function audit(corrections: readonly Correction[], locale: Locale): string {
  const out: string[] = [];
  files.forEach((h, fi) => {
    const ops = forFile(corrections, fi, true);
    if (ops.length === 0) return;
    const r = applyCorrections(h.file, ops);
    out.push(`== ${h.name}`);
    for (const d of r.diagnostics) out.push(formatDiagnostic(d, locale));
    out.push(renderAudit(r.audit, { locale }).trimEnd());
    out.push(renderDiff(diffFiles(h.file, r.file), { locale }).trimEnd());
  });
  return out.join('\n') + '\n';
}

function doResubmit(q: Extract<Request, { type: 'resubmit' }>): ResubmitReply {
  const returns = files.filter((h) => h.file.kind === 'HEN' || h.file.kind === 'SAH').map((h) => h.file);
  const newClaims = files.filter((h) => h.file.kind === 'UKE').map((h) => h.file);
  // Position references count among the returns, as `receden resubmit` numbers its inputs.
  const returnIndex = files.map((h, i) => (h.file.kind === 'HEN' || h.file.kind === 'SAH' ? files.slice(0, i).filter((x) => x.file.kind === 'HEN' || x.file.kind === 'SAH').length : -1));
  const corrections = q.corrections.map((c) => ('position' in c.receipt ? ({ ...c, receipt: { ...c.receipt, file: returnIndex[c.receipt.file ?? 0] } } as Correction) : c));
  const r = resubmit({
    returns,
    corrections,
    newClaims,
    billingMonth: q.billingMonth,
    facility: { ...(q.facilityName ? { name: q.facilityName } : {}), ...(q.phone ? { phone: q.phone } : {}) },
    force: q.force,
  });
  const out = resubmissionFiles(r);
  const where = (d: Diagnostic) => {
    const o = d.origin;
    const parts: string[] = [];
    if (d.params.output) parts.push(String(d.params.output));
    if (o && o.source === 'return') parts.push(`${q.locale === 'en' ? 'return' : '返戻'} ${files.filter((h) => h.file.kind === 'HEN' || h.file.kind === 'SAH')[o.input]?.name ?? ''} ${q.locale === 'en' ? 'line' : ''}${o.line}${q.locale === 'en' ? '' : '行目'}`);
    else if (d.line !== undefined) parts.push(`${q.locale === 'en' ? 'line' : ''}${d.line}${q.locale === 'en' ? '' : '行目'}`);
    if (d.record) parts.push(d.record);
    if (d.field) parts.push(d.field.name);
    return parts.join(' ');
  };
  return {
    ok: r.ok && out !== undefined,
    files: out?.map((f) => ({ path: f.path, fileName: f.fileName, payer: f.payer ?? '', bytes: f.bytes })),
    summary: r.outputs.map((o) => `${o.name || o.fileName}: ${o.receiptCount} / GO ${o.totals.totalCount} ${o.totals.totalPoints}${o.valid ? '' : ' ✗'}`),
    problems: r.diagnostics.filter((d) => d.severity !== 'info').map((d) => ({ severity: d.severity, where: where(d), message: messageOf(d, q.locale) })),
  };
}

function handle(q: Request): { result: unknown; transfer?: Transferable[] } {
  switch (q.type) {
    case 'open':
      return { result: open(q.files, q.locale) };
    case 'receipt':
      return { result: receiptView(q.file, q.position, q.corrections, q.locale, q.showNames) };
    case 'fields':
      return { result: fields(q.file, q.record) };
    case 'verdict': {
      const def = recordIn(files[q.file]!.file.receipts[0]?.kind ?? KINDS.ika, q.record);
      return { result: fieldVerdict(def, q.position, q.value, { locale: q.locale, showPersonalData: true, receipt: { reclaimed: q.reclaimed } }) };
    }
    case 'audit':
      return { result: audit(q.corrections, q.locale) };
    case 'resubmit': {
      const r = doResubmit(q);
      return { result: r, transfer: (r.files ?? []).map((f) => f.bytes.buffer as ArrayBuffer) };
    }
    case 'corrections':
      return { result: correctionsJson(q.corrections) };
    case 'print':
      return { result: renderFile(corrected(q.file, q.corrections).file, { locale: q.locale, showNames: q.showNames, fileName: files[q.file]!.name }) };
  }
}

scope.onmessage = (e) => {
  const { id, request } = e.data;
  try {
    const { result, transfer } = handle(request);
    scope.postMessage({ id, ok: true, result }, transfer ?? []);
  } catch (err) {
    scope.postMessage({ id, ok: false, error: String((err as Error)?.stack ?? err) });
  }
};
