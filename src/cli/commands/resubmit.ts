import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { formatDiagnostic, messageOf, renderMessage, type Diagnostic, type Locale } from '../../diagnostics/index.js';
import type { ReceFile } from '../../model/file.js';
import { parse } from '../../model/parse.js';
import { readCorrections } from '../../resubmit/corrections-file.js';
import type { Correction } from '../../resubmit/corrections.js';
import { maskPersonal, renderAudit } from '../../resubmit/diff.js';
import { resubmit, type ReceiptDisposition, type ResubmitResult } from '../../resubmit/resubmit.js';
import { ResubmissionRefused, resubmitStream } from '../../resubmit/stream.js';
import { fileChunks } from '../../node/stream.js';
import { writeAllAtomic } from '../../node/write.js';
import { parseCommand } from '../args.js';
import { openInput, openInputs } from '../input.js';
import { EXIT, usageError, type CliIo } from '../io.js';
import { cliMessage } from '../messages.js';
import { asIoExit, writeOutput, writeOutputs } from '../output.js';
import { sameFile } from '../paths.js';

export const HELP_RESUBMIT = `receden resubmit <HEN/SAH…|-> --billing-month YYYYMM -o <dir|file|->
                 [--corrections c.json|c.csv] [--claims RECEIPTC.UKE]… [--facility-name 名称] [--phone 電話番号]
                 [--claimed RRECnn00.UKE]… [--submission-date YYYYMMDD]
                 [--check] [--stream] [--force] [--json] [--show-personal-data] [--lang ja|en]

  Builds the 再請求 claim file from returns: corrections applied, HI/HG/HR removed, the claim header
  (医科 IR, 歯科 UK + IR per receipt, 調剤 YK) and GO rebuilt, history blocks kept byte for byte,
  レセプト番号 renumbered, this month's first claims (--claims) merged. One file per 審査支払機関, never mixed:
    -o <dir>         writes <dir>/shaho/<name> (社保) and/or <dir>/kokuho/<name> (国保), <name> the kind's
                     claim file (RECEIPTC.UKE 医科, RECEIPTS.UKE 歯科, RECEIPTY.CYO 調剤),
                     all or nothing (a failure leaves the old files as they were)
    -o <file>.UKE    writes that file (.CYO for 調剤), when everything goes to one payer (else a usage error); - is stdout
  The exact bytes to be written are checked (parse + the resubmission preset); nothing is written if
  they have an error unless --force. A return without HG, cut short or with a second HI is refused
  (receipts may be missing). Inputs are never overwritten; files are written atomically.
  --check          ask before writing: per receipt, what would block the resubmission or warn; writes nothing
  --stream         read the returns twice instead of holding them (flat memory; the same files and report);
                   the default from 32 MB of returns, without --claims, --claimed, --check or - in or out
  --facility-name / --phone   the header's 医療機関名称 / 電話番号 (HI has neither; default: from --claims)
  労災 (RRECEC.HEN) is re-claimed by 電算処理受付番号, without history, in files of its own:
    -o <dir> writes <dir>/RRECnn00.UKS (nn = 01, 02 …: one file per RS of the original claims)
  --claimed        the claim files the receipts were first sent in (IR and RS facility fields; not merged;
                   an empty value names none)
  --submission-date  RS 請求書提出年月日 (the day the re-claim is sent); IR 請求年月 = the latest 診療年月`;

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_RESUBMIT_JA = `receden resubmit <HEN/SAH…|-> --billing-month YYYYMM -o <dir|file|->
                 [--corrections c.json|c.csv] [--claims RECEIPTC.UKE]… [--facility-name 名称] [--phone 電話番号]
                 [--claimed RRECnn00.UKE]… [--submission-date YYYYMMDD]
                 [--check] [--stream] [--force] [--json] [--show-personal-data] [--lang ja|en]

  返戻から再請求ファイルを作ります: 修正指示を適用し、HI/HG/HR を除き、請求のヘッダー（医科 IR、
  歯科 レセプトごとの UK + IR、調剤 YK）と GO を作り直し、履歴管理ブロックは1バイトも変えずに残し、
  レセプト番号を振り直し、当月の請求（--claims）を併合します。審査支払機関ごとに1ファイルで、混在させません:
    -o <dir>         <dir>/shaho/<name>（社保）と <dir>/kokuho/<name>（国保）の一方又は両方に書き出す。
                     <name> は種類ごとの請求ファイル名（医科 RECEIPTC.UKE、歯科 RECEIPTS.UKE、
                     調剤 RECEIPTY.CYO）。すべて書き出すか何も書き出さないか（失敗したときは元のファイルが
                     そのまま残る）
    -o <file>.UKE    すべてが一つの審査支払機関に行くとき、そのファイルに書き出す（調剤は .CYO。
                     そうでなければ使い方の誤り）。- は標準出力
  書き出すバイト列そのものを検査し（解析 + resubmission プリセット）、エラーがあれば --force を指定しない限り
  何も書き出しません。HG のない返戻、途中で切れた返戻、HI が二つある返戻は受け付けません（レセプトが
  欠けているおそれがあります）。入力は上書きせず、ファイルはアトミックに書き出します。
  --check          書き出す前の確認: レセプトごとに、再請求を妨げる問題と警告を示す。何も書き出さない
  --stream         返戻ファイルを保持せず 2 回読む（メモリー使用量一定。書き出すファイルと報告は同じ）。
                   返戻が 32 MB 以上で --claims・--claimed・--check・標準入出力（-）がなければ既定
  --facility-name / --phone   ヘッダーの医療機関名称 / 電話番号（HI にはどちらもない。既定: --claims から）
  労災（RRECEC.HEN）は電算処理受付番号により、履歴なしで、専用のファイルで再請求します:
    -o <dir> で <dir>/RRECnn00.UKS に書き出す（nn = 01、02 …: 元の請求の RS ごとに1ファイル）
  --claimed        レセプトを最初に提出した請求ファイル（IR と RS の医療機関の項目に使う。併合はしない。
                   空の値は指定なし）
  --submission-date  RS の請求書提出年月日（再請求ファイルを提出する日）。IR の請求年月 = 最も新しい診療年月`;

/** A claim file name (医科・歯科 .UKE, 調剤 .CYO, 労災 .UKS): `-o` names the one output file. */
function isUkeFileName(p: string): boolean {
  return /\.(uke|cyo|uks)$/i.test(p);
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

export async function resubmitCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals, locale, claimKind } = parseCommand(io, 'resubmit', args, {
    output: { type: 'string', short: 'o' },
    corrections: { type: 'string' },
    claims: { type: 'string', multiple: true },
    claimed: { type: 'string', multiple: true },
    'submission-date': { type: 'string' },
    'billing-month': { type: 'string' },
    'facility-name': { type: 'string' },
    phone: { type: 'string' },
    force: { type: 'boolean' },
    check: { type: 'boolean' },
    stream: { type: 'boolean' },
    'show-personal-data': { type: 'boolean' },
  });
  if (positionals.length === 0) throw usageError('needs-inputs', { command: 'resubmit' });
  const check = values.check ?? false;
  if (!values.output && !check) throw usageError('needs-output');
  const bm = values['billing-month'];
  if (!bm) throw usageError('needs-billing-month');
  if (!/^[0-9]{4}(0[1-9]|1[0-2])$/.test(bm)) throw usageError('bad-billing-month', { value: bm });
  const showPersonalData = values['show-personal-data'] ?? false;
  // (An empty --claimed names none, as `receden conformance --resubmit` passes {claimed} for kinds without.)
  const claimedPaths = (values.claimed ?? []).filter((p) => p !== '');
  const inputPaths = [...positionals, ...(values.claims ?? []), ...claimedPaths, ...(values.corrections ? [values.corrections] : [])];
  if (inputPaths.filter((p) => p === '-').length > 1) throw usageError('stdin-twice');

  // Where the output goes (decided before any work, checked again per file).
  const out = values.output ?? '';
  const toStdout = out === '-';
  const outAbs = resolve(io.cwd, out || '.');
  const toDir = !check && !toStdout && (out.endsWith('/') || out.endsWith(sep) || (await isDir(outAbs)) || !isUkeFileName(out));
  if (out && !toStdout) for (const p of inputPaths) if (p !== '-' && sameFile(io.cwd, p, out)) throw usageError('output-is-input', { path: p });

  // Corrections first (small): both ways need them.
  let corrections: readonly Correction[] = [];
  if (values.corrections) {
    const input = await openInput(io, values.corrections);
    const bytes = await input.bytes();
    await input.close();
    const r = readCorrections(values.corrections, bytes);
    if (!r.ok) {
      for (const d of r.diagnostics) io.stderr.write(`${values.corrections}: ${formatDiagnostic(d, locale)}\n`);
      return EXIT.DATA;
    }
    corrections = r.corrections;
  }
  const facility = { ...(values['facility-name'] ? { name: values['facility-name'] } : {}), ...(values.phone ? { phone: values.phone } : {}) };

  // Large returns stream (flat memory: two passes over the files, nothing held), when what is asked allows it:
  // returns and corrections only, files on disk, written to files.
  const streamable = !check && !toStdout && !values.claims?.length && !claimedPaths.length && !positionals.includes('-');
  if (streamable && (values.stream || (await totalSize(io, positionals)) >= STREAM_FROM_BYTES)) {
    const code = await resubmitStreaming(io, { paths: positionals, inputs: inputPaths, corrections, bm, facility, force: values.force ?? false, showPersonalData, claimKind, locale, json: values.json ?? false, toDir, outAbs });
    if (code !== undefined) return code;
  }

  // Read everything (each input exactly once).
  const read = async (paths: readonly string[]): Promise<ReceFile[]> => {
    const files: ReceFile[] = [];
    for (const input of await openInputs(io, paths)) {
      try {
        files.push(parse(await input.bytes(), { fileName: input.fileName, claimKind }));
      } finally {
        await input.close();
      }
    }
    return files;
  };
  const returns = await read(positionals);
  const claims = await read(values.claims ?? []);
  const claimed = await read(claimedPaths);
  const result = resubmit({
    returns,
    corrections,
    newClaims: claims,
    claimed,
    billingMonth: bm,
    ...(values['submission-date'] ? { submissionDate: values['submission-date'] } : {}),
    facility,
    force: values.force ?? false,
    dryRun: check,
    showPersonalData,
  });

  if (check) {
    report(io, result, locale, showPersonalData, values.json ?? false, [], true);
    return result.ok ? EXIT.OK : EXIT.DATA;
  }

  // Decide the paths.
  // Each output under <dir>/<shaho|kokuho>/ with the kind's claim file name (RECEIPTC.UKE, RECEIPTS.UKE, RECEIPTY.CYO …).
  const targets = targetsOf(io, result.outputs, { toDir, outAbs, inputs: toStdout ? [] : inputPaths }, () => report(io, result, locale, showPersonalData, values.json ?? false, [], false));

  const writable = targets.length > 0 && targets.every((t) => t.o.bytes !== undefined);
  const written: string[] = [];
  if (writable) {
    if (toStdout) {
      // The file is the output; the report goes to stderr.
      await writeOutput(io, '-', targets[0]!.o.bytes!);
    } else {
      // Every payer's file, or none of them.
      await writeOutputs(
        io,
        targets.map((t) => ({ path: t.path, data: t.o.bytes! })),
      );
      written.push(...targets.map((t) => t.path));
    }
  }
  report(io, result, locale, showPersonalData, values.json ?? false, written, false, toStdout);
  if (!writable) {
    io.stderr.write(`receden resubmit: ${cliMessage('not-written', {}, locale)}\n`);
    return EXIT.DATA;
  }
  return result.ok ? EXIT.OK : EXIT.DATA;
}

const STATUS: Record<Locale, Record<ReceiptDisposition['status'], string>> = {
  ja: { resubmitted: '再請求', 'first-claim': '一次請求', dropped: '取下げ', 'new-claim': '新規請求' },
  en: { resubmitted: 'resubmitted', 'first-claim': 'first claim', dropped: 'dropped', 'new-claim': 'new claim' },
};

function diagJson(d: Diagnostic, locale: Locale) {
  return { code: d.code, severity: d.severity, line: d.line, record: d.record, field: d.field, receipt: d.receipt, origin: d.origin, params: d.params, message: messageOf(d, locale) };
}

/** What the report reads of a result: the streaming writer's has outputs without their bytes. */
type Reported = Omit<ResubmitResult, 'outputs'> & { readonly outputs: readonly (Pick<ResubmitResult['outputs'][number], 'payer' | 'name' | 'fileName' | 'receiptCount' | 'totals' | 'amounts' | 'valid'> & { readonly bytes?: unknown })[] };

function report(io: CliIo, r: Reported, locale: Locale, showPersonalData: boolean, json: boolean, written: readonly string[], check: boolean, dataOnStdout = false): void {
  const en = locale === 'en';
  const text = (s: string) => (dataOnStdout ? io.stderr.write(s) : io.stdout.write(s));
  if (!check) for (const d of r.diagnostics) io.stderr.write(`${d.params.output ? `${d.params.output}: ` : ''}${formatDiagnostic(d, locale)}\n`);
  if (json) {
    const o = {
      ok: r.ok,
      check,
      written,
      outputs: r.outputs.map((x) => ({ payer: x.payer, name: x.name, fileName: x.fileName, receiptCount: x.receiptCount, totals: x.totals, ...(x.amounts ? { amounts: x.amounts } : {}), valid: x.valid, written: written.length > 0 && ('bytes' in x ? x.bytes !== undefined : true) })),
      receipts: r.receipts.map((x) => ({ ...x, blocked: x.diagnostics.some((d) => d.severity === 'error'), diagnostics: x.diagnostics.map((d) => diagJson(d, locale)) })),
      audit: showPersonalData ? r.audit : maskPersonal(r.audit),
      diagnostics: r.diagnostics.map((d) => diagJson(d, locale)),
    };
    text(JSON.stringify(o, null, 2) + '\n');
    return;
  }
  const lines: string[] = [];
  for (const o of r.outputs) {
    if (o.amounts) {
      lines.push(
        en
          ? `${o.fileName}: ${o.receiptCount} receipts, 請求金額 ${o.amounts.amount} yen${o.valid ? '' : ' — has errors'}`
          : `${o.fileName}: ${o.receiptCount}件、請求金額 ${o.amounts.amount}円${o.valid ? '' : ' — エラーあり'}`,
      );
      continue;
    }
    lines.push(
      en
        ? `${o.name} (payer ${o.payer}): ${o.receiptCount} receipts, GO ${o.totals.totalCount} / ${o.totals.totalPoints}${o.valid ? '' : ' — has errors'}`
        : `${o.name}（審査支払機関 ${o.payer}）: ${o.receiptCount}件、GO 総件数 ${o.totals.totalCount} / 総合計点数 ${o.totals.totalPoints}${o.valid ? '' : ' — エラーあり'}`,
    );
  }
  for (const p of written) lines.push(en ? `written ${p}` : `書き出し ${p}`);
  lines.push('');
  for (const d of r.receipts) {
    const part = d.part > 1 ? (en ? ` part ${d.part}` : ` 分割${d.part}`) : '';
    const where = d.payer ? ` → ${d.payer === '1' ? 'shaho' : 'kokuho'} #${d.receiptNumber}` : d.fileName ? ` → ${d.fileName} #${d.receiptNumber}` : '';
    const errors = d.diagnostics.filter((x) => x.severity === 'error').length;
    const warnings = d.diagnostics.filter((x) => x.severity === 'warning').length;
    const verdict = check ? (errors ? (en ? ` — BLOCKED (${errors} errors)` : ` — 不可（エラー ${errors}件）`) : en ? ' — ok' : ' — 可') : '';
    lines.push(`${STATUS[locale][d.status]}${part} ${d.searchNumber || '-'}${where}${d.reason ? ` — ${renderMessage(d.reason.code, d.reason.params, locale)}` : ''}${verdict}${warnings && check ? (en ? `, ${warnings} warnings` : `、警告 ${warnings}件`) : ''}`);
    if (check) for (const x of d.diagnostics) lines.push(`    ${formatDiagnostic(x.origin ? { ...x, line: x.origin.line, offset: undefined } : x, locale)}`);
  }
  if (check) {
    const others = r.diagnostics.filter((d) => !r.receipts.some((x) => x.diagnostics.includes(d)));
    if (others.length) lines.push('');
    for (const d of others) lines.push(formatDiagnostic(d, locale));
    lines.push('', cliMessage('check-only', {}, locale));
  }
  const audit = renderAudit(r.audit, { locale, showPersonalData });
  if (audit) lines.push('', audit.trimEnd());
  text(lines.join('\n') + '\n');
}

/**
 * Where each output goes: `<dir>/<shaho|kokuho>/<the kind's claim file name>`, or the one file `-o` names (a usage
 * error, after `reportFirst`, when there are several payers); never over one of `inputs`.
 */
function targetsOf<O extends { readonly name: string; readonly fileName: string }>(
  io: CliIo,
  outputs: readonly O[],
  where: { readonly toDir: boolean; readonly outAbs: string; readonly inputs: readonly string[] },
  reportFirst: () => void,
): { o: O; path: string }[] {
  const targets = outputs.map((o) => ({ o, path: where.toDir ? join(where.outAbs, o.name, o.fileName) : where.outAbs }));
  if (!where.toDir && targets.length > 1) {
    reportFirst();
    throw usageError('many-payers-one-file', { count: targets.length, names: targets.map((t) => t.o.name).join(', ') });
  }
  for (const t of targets) for (const p of where.inputs) if (p !== '-' && sameFile(io.cwd, p, t.path)) throw usageError('output-is-input', { path: p });
  return targets;
}

/** Read an output's chunks to the end for its check alone (its refusal expected). */
async function drain(chunks: AsyncIterable<Uint8Array>): Promise<void> {
  try {
    for await (const c of chunks) void c;
  } catch (e) {
    if (!(e instanceof ResubmissionRefused)) throw e;
  }
}

/** Returns from this many bytes on (all inputs together) are resubmitted streaming (`--stream`: always). */
const STREAM_FROM_BYTES = 32 * 1024 * 1024;

async function totalSize(io: CliIo, paths: readonly string[]): Promise<number> {
  let n = 0;
  for (const p of paths) {
    try {
      n += (await stat(resolve(io.cwd, p))).size;
    } catch {
      return 0; // (the whole-file path reports what is wrong with it)
    }
  }
  return n;
}

interface StreamingJob {
  readonly paths: readonly string[];
  /** Every input path (returns, corrections): no output may be one of them. */
  readonly inputs: readonly string[];
  readonly corrections: readonly Correction[];
  readonly bm: string;
  readonly facility: { name?: string; phone?: string };
  readonly force: boolean;
  readonly showPersonalData: boolean;
  readonly claimKind: Parameters<typeof resubmitStream>[0]['claimKind'];
  readonly locale: Locale;
  readonly json: boolean;
  readonly toDir: boolean;
  readonly outAbs: string;
}

/**
 * The streaming resubmission (src/resubmit/stream.ts): plan, then every payer's file streamed through its
 * check into a temporary file — all renamed, or (an error, unless --force) none. Undefined when the returns
 * are of a kind it does not write (労災): the whole-file path takes over.
 */
async function resubmitStreaming(io: CliIo, job: StreamingJob): Promise<number | undefined> {
  const abs = job.paths.map((p) => resolve(io.cwd, p));
  const plan = await resubmitStream({
    returns: abs.map((p) => () => fileChunks(p, { chunkBytes: 256 * 1024 })),
    fileNames: job.paths.map((p) => p.split(/[\\/]/).pop()),
    ...(job.claimKind ? { claimKind: job.claimKind } : {}),
    corrections: job.corrections,
    billingMonth: job.bm,
    facility: job.facility,
    force: job.force,
    showPersonalData: job.showPersonalData,
  });
  if (plan.diagnostics.some((d) => d.code === 'resubmit/kind-unsupported')) return undefined;
  const targets = targetsOf(io, plan.outputs, { toDir: job.toDir, outAbs: job.outAbs, inputs: job.inputs }, () => report(io, plan.result(), job.locale, job.showPersonalData, job.json, [], false));
  const written: string[] = [];
  let refused = !plan.ok && !job.force;
  // Refused already: each output still goes through its check (nothing written), so the report is the whole-file path's.
  if (refused) for (const o of plan.outputs) await drain(o.chunks());
  if (!refused && targets.length > 0) {
    try {
      await writeAllAtomic(
        targets.map((t) => ({ path: t.path, data: t.o.chunks({ chunkBytes: 256 * 1024 }) })),
        { createDirs: true },
      );
      written.push(...targets.map((t) => t.path));
    } catch (e) {
      if (!(e instanceof ResubmissionRefused) && !((e as { cause?: unknown }).cause instanceof ResubmissionRefused)) throw asIoExit(e, targets[0]?.path ?? '');
      refused = true;
    }
  }
  const result = plan.result();
  report(io, result, job.locale, job.showPersonalData, job.json, written, false);
  if (refused || targets.length === 0) {
    io.stderr.write(`receden resubmit: ${cliMessage('not-written', {}, job.locale)}\n`);
    return EXIT.DATA;
  }
  return result.ok ? EXIT.OK : EXIT.DATA;
}
