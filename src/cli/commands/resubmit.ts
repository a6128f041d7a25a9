import { mkdir, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, type Diagnostic, type Locale } from '../../diagnostics.js';
import type { ReceFile } from '../../model/file.js';
import { readCorrections } from '../../resubmit/corrections-file.js';
import type { Correction } from '../../resubmit/corrections.js';
import { maskPersonal, renderAudit } from '../../resubmit/diff.js';
import { resubmit, type ResubmitResult } from '../../resubmit/resubmit.js';
import { readInput, readModel } from '../files.js';
import { CliExit, EXIT, usageError, type CliIo } from '../io.js';
import { sameFile } from '../paths.js';
import { writeOutput } from './convert.js';

export const HELP_RESUBMIT = `receden resubmit <HEN/SAH…> --billing-month YYYYMM -o <dir|file>
                 [--corrections c.json|c.csv] [--claims RECEIPTC.UKE]… [--facility-name 名称] [--phone 電話番号]
                 [--force] [--json] [--show-personal-data] [--lang ja|en]

  Builds the 再請求 RECEIPTC.UKE from returns: corrections applied, HI/HG/HR removed, IR and GO
  rebuilt, history blocks kept byte for byte, レセプト番号 renumbered, this month's first claims
  (--claims) merged. One file per 審査支払機関, never mixed:
    -o <dir>         writes <dir>/shaho/RECEIPTC.UKE (社保) and/or <dir>/kokuho/RECEIPTC.UKE (国保)
    -o <file>.UKE    writes that file, when everything goes to one payer (else a usage error)
  The output is checked with the resubmission preset; nothing is written if it has errors unless
  --force. Inputs are never overwritten; files are written atomically.
  --facility-name / --phone   IR 医療機関名称 / 電話番号 (HI has neither; default: from --claims)`;

function isUkeFileName(p: string): boolean {
  return /\.uke$/i.test(p);
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

export async function resubmitCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      corrections: { type: 'string' },
      claims: { type: 'string', multiple: true },
      'billing-month': { type: 'string' },
      'facility-name': { type: 'string' },
      phone: { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
      'show-personal-data': { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw usageError('resubmit takes one or more return files (RECEIPTC.HEN / RECEIPTC.SAH)');
  if (!values.output) throw usageError('-o <dir|file> is required');
  const bm = values['billing-month'];
  if (!bm) throw usageError('--billing-month YYYYMM is required');
  if (!/^[0-9]{4}(0[1-9]|1[0-2])$/.test(bm)) throw usageError(`--billing-month must be YYYYMM (got "${bm}")`);
  if (values.lang !== undefined && values.lang !== 'ja' && values.lang !== 'en') throw usageError('--lang must be ja or en');
  const locale: Locale = values.lang === 'en' ? 'en' : 'ja';
  const inputs = [...positionals, ...(values.claims ?? []), ...(values.corrections ? [values.corrections] : [])];

  // Where the output goes (decided before any work, checked again per file).
  const outAbs = resolve(io.cwd, values.output);
  const toDir = values.output.endsWith('/') || values.output.endsWith(sep) || (await isDir(outAbs)) || !isUkeFileName(values.output);
  for (const p of inputs) if (sameFile(io.cwd, p, values.output)) throw usageError(`the output must not be an input file (${p})`);

  // Read everything.
  const returns: ReceFile[] = [];
  for (const p of positionals) returns.push(await readModel(io.cwd, p));
  const claims: ReceFile[] = [];
  for (const p of values.claims ?? []) claims.push(await readModel(io.cwd, p));
  let corrections: readonly Correction[] = [];
  if (values.corrections) {
    const bytes = await readInput(io.cwd, values.corrections);
    const r = readCorrections(values.corrections, bytes, locale);
    if (!r.ok) {
      for (const d of r.diagnostics) io.stderr.write(`${values.corrections}: ${formatDiagnostic(d, locale)}\n`);
      return EXIT.DATA;
    }
    corrections = r.corrections;
  }

  const result = resubmit({
    returns,
    corrections,
    newClaims: claims,
    billingMonth: bm,
    facility: { ...(values['facility-name'] ? { name: values['facility-name'] } : {}), ...(values.phone ? { phone: values.phone } : {}) },
    force: values.force ?? false,
    locale,
    showPersonalData: values['show-personal-data'] ?? false,
  });

  // Decide the paths.
  const targets = result.outputs.map((o) => ({ o, path: toDir ? join(outAbs, o.name, 'RECEIPTC.UKE') : outAbs }));
  if (!toDir && targets.length > 1) {
    report(io, result, locale, values['show-personal-data'] ?? false, values.json ?? false, []);
    throw usageError(`the receipts go to ${targets.length} payers (${targets.map((t) => t.o.name).join(', ')}): give a directory with -o, not a file`);
  }
  for (const t of targets) for (const p of inputs) if (sameFile(io.cwd, p, t.path)) throw usageError(`the output must not be an input file (${p})`);

  const writable = targets.length > 0 && targets.every((t) => t.o.bytes !== undefined);
  const written: string[] = [];
  if (writable) {
    for (const t of targets) {
      if (toDir) {
        try {
          await mkdir(join(outAbs, t.o.name), { recursive: true });
        } catch (e) {
          throw new CliExit(EXIT.IO, `cannot create ${join(outAbs, t.o.name)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
      }
      await writeOutput(t.path, t.o.bytes!);
      written.push(t.path);
    }
  }
  report(io, result, locale, values['show-personal-data'] ?? false, values.json ?? false, written);
  if (!writable) {
    io.stderr.write(
      locale === 'en'
        ? 'receden resubmit: nothing written — fix the errors above (or use --force to write anyway)\n'
        : 'receden resubmit: 書き出していません — 上のエラーを直してください（それでも書き出すには --force）\n',
    );
    return EXIT.DATA;
  }
  return result.ok ? EXIT.OK : EXIT.DATA;
}

function report(io: CliIo, r: ResubmitResult, locale: Locale, showPersonalData: boolean, json: boolean, written: readonly string[]): void {
  const en = locale === 'en';
  for (const d of r.diagnostics) io.stderr.write(`${d.params.output ? `${d.params.output}: ` : ''}${formatDiagnostic(d, locale)}\n`);
  if (json) {
    const out = {
      ok: r.ok,
      written,
      outputs: r.outputs.map((o) => ({ payer: o.payer, name: o.name, receiptCount: o.receiptCount, totals: o.totals, valid: o.valid, written: o.bytes !== undefined })),
      receipts: r.receipts,
      audit: showPersonalData ? r.audit : maskPersonal(r.audit),
      diagnostics: r.diagnostics.map((d: Diagnostic) => ({ code: d.code, severity: d.severity, line: d.line, record: d.record, field: d.field, message: d.message })),
    };
    io.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return;
  }
  const lines: string[] = [];
  for (const o of r.outputs) {
    lines.push(
      en
        ? `${o.name} (payer ${o.payer}): ${o.receiptCount} receipts, GO ${o.totals.totalCount} / ${o.totals.totalPoints}${o.valid ? '' : ' — has errors'}`
        : `${o.name}（審査支払機関 ${o.payer}）: ${o.receiptCount}件、GO 総件数 ${o.totals.totalCount} / 総合計点数 ${o.totals.totalPoints}${o.valid ? '' : ' — エラーあり'}`,
    );
  }
  for (const p of written) lines.push(en ? `written ${p}` : `書き出し ${basename(p)} → ${p}`);
  lines.push('');
  for (const d of r.receipts) {
    const st = en ? d.status : { resubmitted: '再請求', 'first-claim': '一次請求', dropped: '取下げ', 'new-claim': '新規請求' }[d.status];
    const part = d.part > 1 ? (en ? ` part ${d.part}` : ` 分割${d.part}`) : '';
    const where = d.payer ? ` → ${d.payer === '1' ? 'shaho' : 'kokuho'} #${d.receiptNumber}` : '';
    lines.push(`${st}${part} ${d.searchNumber || '-'}${where}${d.reason ? ` — ${d.reason.message}` : ''}`);
  }
  const audit = renderAudit(r.audit, { locale, showPersonalData });
  if (audit) lines.push('', audit.trimEnd());
  io.stdout.write(lines.join('\n') + '\n');
}
