import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Severity } from '../../diagnostics/index.js';
import { compareDiagnostics, formatConformanceDiagnostic, readVendorOutput, type Comparison, type CorpusIndex, type Sidecar } from '../../testing/conformance.js';
import { choice, parseCommand } from '../args.js';
import { CliExit, EXIT, usageError, type CliIo } from '../io.js';

export const HELP_CONFORMANCE = `receden conformance [--kind K] [--category valid|edge|invalid] [--only TEXT] [--severity error|warning|info] [--resubmit] [--dir DIR] [--jobs N] [--json] -- <command> [args…]

  Runs your validator on every file of receden's conformance corpus (receden/conformance) and compares
  what it prints with each file's sidecar. The file's path is appended to the command, or replaces {}
  where that appears; {preset} is replaced by the file's preset (claim | return | resubmission), which is
  also in the environment as RECEDEN_CONFORMANCE_PRESET (RECEDEN_CONFORMANCE_KIND: the claim kind).
  The command prints the file's diagnostics on standard output as JSON: an array of
  {"code", "severity", "line"?, "field"?} (field: the 1-based 項目 position), or receden's validate --json
  report. Its exit code is not judged. Diagnostics match by code, severity, line and field.
  receden itself passes:  receden conformance -- receden validate --json --preset {preset}
  --kind K               only the files of that claim kind
  --category C           only valid/, edge/ or invalid/ files
  --only TEXT            only files whose path contains TEXT
  --severity S           compare only diagnostics of severity S or above (default: info, all of them)
  --resubmit             check your resubmission writer instead: on every return with a resubmission
                         sidecar, run the command with {} the return, {out} the claim file to write
                         (without {out}: the file is read from standard output), {billing-month},
                         {facility-name} and {phone} the sidecar's (also RECEDEN_CONFORMANCE_BILLING_MONTH …),
                         and for 労災 {claimed} (the claim file the receipts were first sent in, beside the
                         return) and {submission-date} (both empty for the other kinds);
                         the file written must equal <file>.resubmission.UKE byte for byte.
                         receden itself passes: receden conformance --resubmit -- receden resubmit {}
                           --billing-month {billing-month} --facility-name {facility-name} --phone {phone}
                           --claimed {claimed} --submission-date {submission-date} -o {out}
  --dir DIR              a corpus other than the one installed with receden
  --jobs N               files checked at the same time (default 2)
  Exit code 0 when every file matches, 1 otherwise.`;

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_CONFORMANCE_JA = `receden conformance [--kind K] [--category valid|edge|invalid] [--only TEXT] [--severity error|warning|info] [--resubmit] [--dir DIR] [--jobs N] [--json] -- <command> [args…]

  receden の適合性コーパス（receden/conformance）のすべてのファイルにお使いの検査プログラムを実行し、
  その出力を各ファイルのサイドカー（期待される診断）と比べます。ファイルのパスはコマンドの末尾に加えるか、
  {} があればそこに置きます。{preset} はファイルのプリセット（claim | return | resubmission）に
  置き換わり、環境変数 RECEDEN_CONFORMANCE_PRESET にも入ります（RECEDEN_CONFORMANCE_KIND には種類）。
  コマンドはファイルの診断を JSON で標準出力に出します: {"code", "severity", "line"?, "field"?} の配列
  （field: 1 から数えた項目の位置）、又は receden の validate --json の報告。
  その終了コードは判定しません。診断は code、severity、line、field で照合します。
  receden 自身はこれで合格します:  receden conformance -- receden validate --json --preset {preset}
  --kind K               その種類のファイルだけ
  --category C           valid/、edge/ 又は invalid/ のファイルだけ
  --only TEXT            パスに TEXT を含むファイルだけ
  --severity S           重大度が S 以上の診断だけを比べる（既定: info、すべて）
  --resubmit             検査プログラムの代わりに再請求ファイルの作成プログラムを調べる: 再請求の
                         サイドカーがある返戻ごとに、{} を返戻、{out} を書き出す請求ファイル（{out} が
                         なければ標準出力から読む）、{billing-month}・{facility-name}・{phone} を
                         サイドカーの値（RECEDEN_CONFORMANCE_BILLING_MONTH などにも入る）、労災では
                         {claimed}（レセプトを最初に提出した請求ファイル、返戻の隣）と {submission-date}
                         （他の種類ではどちらも空）として実行し、
                         書き出したファイルが <file>.resubmission.UKE とバイト単位で一致するかを見る。
                         receden 自身はこれで合格します: receden conformance --resubmit -- receden resubmit {}
                           --billing-month {billing-month} --facility-name {facility-name} --phone {phone}
                           --claimed {claimed} --submission-date {submission-date} -o {out}
  --dir DIR              receden と一緒にインストールされたもの以外のコーパス
  --jobs N               同時に調べるファイルの数（既定 2）
  終了コード: すべてのファイルが一致すれば 0、そうでなければ 1。`;

interface FileResult {
  readonly path: string;
  readonly ok: boolean;
  readonly problem?: string;
  /** --resubmit: where the file written differs from the expected resubmission. */
  readonly difference?: string;
  readonly missing: Comparison['missing'];
  readonly unexpected: Comparison['unexpected'];
}

/** conformance/ beside the package: walked up from this module (dist/cli.js, or src/cli/commands in development). */
function installedCorpus(): string | undefined {
  for (let d = dirname(fileURLToPath(import.meta.url)); ; d = dirname(d)) {
    if (existsSync(join(d, 'conformance', 'index.json'))) return join(d, 'conformance');
    if (dirname(d) === d) return undefined;
  }
}

/** The placeholders of a command (`{preset}`, and for --resubmit `{out}`, `{billing-month}` …), with their environment variables. */
type Placeholders = Readonly<Record<string, string>>;

function runOne(command: readonly string[], file: string, sidecar: Sidecar, io: CliIo, extra: Placeholders = {}): Promise<{ stdout: Buffer; error?: string }> {
  const values: Placeholders = { preset: sidecar.preset, ...extra };
  const fill = (a: string) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), a);
  const args = command.slice(1).map(fill);
  const withFile = args.some((a) => a.includes('{}')) ? args.map((a) => a.replaceAll('{}', file)) : [...args, file];
  const env: Record<string, string> = { RECEDEN_CONFORMANCE_KIND: sidecar.claimKind };
  for (const [k, v] of Object.entries(values)) env[`RECEDEN_CONFORMANCE_${k.toUpperCase().replaceAll('-', '_')}`] = v;
  return new Promise((done) => {
    const child = spawn(command[0]!, withFile, { cwd: io.cwd, env: { ...process.env, ...io.env, ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (e) => done({ stdout: Buffer.alloc(0), error: String((e as Error).message) }));
    child.on('close', () => done({ stdout: Buffer.concat(chunks) }));
  });
}

/** Where two claim files first differ, as a sentence (undefined when they are the same bytes). Lines are told by LF. */
export function firstDifference(expected: Uint8Array, got: Uint8Array, locale: 'ja' | 'en'): string | undefined {
  const n = Math.min(expected.length, got.length);
  let i = 0;
  while (i < n && expected[i] === got[i]) i++;
  if (i === n && expected.length === got.length) return undefined;
  let line = 1;
  for (let k = 0; k < i; k++) if (expected[k] === 0x0a) line++;
  const ja = locale === 'ja';
  if (got.length === 0) return ja ? '出力がありません' : 'no output';
  return ja
    ? `${line}行目（バイト ${i}）から期待値と異なります（期待 ${expected.length} バイト、出力 ${got.length} バイト）`
    : `differs from the expected file at line ${line} (byte ${i}; expected ${expected.length} bytes, got ${got.length})`;
}

export async function conformanceCommand(io: CliIo, argv: string[]): Promise<number> {
  const sep = argv.indexOf('--');
  const own = sep < 0 ? argv : argv.slice(0, sep);
  const command = sep < 0 ? [] : argv.slice(sep + 1);
  const { values, positionals, locale, claimKind } = parseCommand(io, 'conformance', own, {
    category: { type: 'string' },
    only: { type: 'string' },
    severity: { type: 'string' },
    dir: { type: 'string' },
    jobs: { type: 'string' },
    resubmit: { type: 'boolean' },
  });
  if (command.length === 0 || positionals.length > 0) throw usageError('conformance-needs-command');
  const category = choice('--category', values.category, ['valid', 'edge', 'invalid'] as const);
  const severity: Severity = choice('--severity', values.severity, ['error', 'warning', 'info'] as const) ?? 'info';
  const jobs = values.jobs === undefined ? 2 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw usageError('bad-choice', { option: '--jobs', value: String(values.jobs), expected: '1, 2, 3 …' });
  const dir = values.dir ? resolve(io.cwd, values.dir) : installedCorpus();
  if (!dir || !existsSync(join(dir, 'index.json'))) throw new CliExit(EXIT.IO, 'conformance-no-corpus', { path: dir ?? '-' });
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as CorpusIndex;
  const resubmitMode = values.resubmit ?? false;
  const entries = index.files.filter((f) => (!claimKind || f.claimKind === claimKind) && (!category || f.category === category) && (!values.only || f.path.includes(values.only)) && (!resubmitMode || f.resubmission));
  const results: FileResult[] = new Array(entries.length);
  const work = resubmitMode ? mkdtempSync(join(tmpdir(), 'receden-conformance-')) : '';
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const i = next++;
      const e = entries[i]!;
      const sidecar = JSON.parse(readFileSync(join(dir, e.sidecar), 'utf8')) as Sidecar;
      if (resubmitMode) {
        results[i] = await resubmitOne(command, dir, e.path, sidecar, join(work, String(i)), io, locale);
        continue;
      }
      const out = await runOne(command, join(dir, e.path), sidecar, io);
      const read = out.error ? ({ ok: false, problem: out.error } as const) : readVendorOutput(out.stdout.toString('utf8'));
      if (!read.ok) results[i] = { path: e.path, ok: false, problem: read.problem, missing: [], unexpected: [] };
      else {
        const c = compareDiagnostics(sidecar.diagnostics, read.diagnostics, severity);
        results[i] = { path: e.path, ok: c.ok, missing: c.missing, unexpected: c.unexpected };
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, Math.max(1, entries.length)) }, worker));
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok);
  if (values.json) io.stdout.write(JSON.stringify({ files: results, passed: results.length - failed.length, failed: failed.length }, null, 2) + '\n');
  else io.stdout.write(renderResults(results, locale));
  return failed.length === 0 ? EXIT.OK : EXIT.DATA;
}

/** --resubmit: the vendor's writer on one return; its file (at {out}, else its standard output) against the sidecar's resubmission. */
async function resubmitOne(command: readonly string[], dir: string, path: string, sidecar: Sidecar, scratch: string, io: CliIo, locale: 'ja' | 'en'): Promise<FileResult> {
  const r = sidecar.resubmission!;
  mkdirSync(scratch, { recursive: true });
  const outPath = join(scratch, r.file);
  const toFile = command.some((a) => a.includes('{out}'));
  const out = await runOne(command, join(dir, path), sidecar, io, {
    out: outPath,
    'billing-month': r.billingMonth,
    'facility-name': r.facilityName ?? '',
    phone: r.phone ?? '',
    // 労災 (re-claimed by reception number): its first claim beside the return, and the day of the re-claim.
    claimed: r.claimed ? join(dir, dirname(path), r.claimed) : '',
    'submission-date': r.submissionDate ?? '',
  });
  if (out.error) return { path, ok: false, problem: out.error, missing: [], unexpected: [] };
  const got = toFile ? (existsSync(outPath) ? new Uint8Array(readFileSync(outPath)) : new Uint8Array(0)) : new Uint8Array(out.stdout);
  const expected = new Uint8Array(readFileSync(join(dir, dirname(path), r.file)));
  const difference = firstDifference(expected, got, locale);
  return difference ? { path, ok: false, difference, missing: [], unexpected: [] } : { path, ok: true, missing: [], unexpected: [] };
}

function renderResults(results: readonly FileResult[], locale: 'ja' | 'en'): string {
  const ja = locale === 'ja';
  const lines: string[] = [];
  for (const r of results) {
    if (r.ok) continue;
    lines.push(`✗ ${r.path}`);
    if (r.problem) lines.push(`    ${ja ? '出力を読めません' : 'output not readable'}: ${r.problem}`);
    if (r.difference) lines.push(`    ${r.difference}`);
    for (const d of r.missing) lines.push(`    ${ja ? '不足' : 'missing'}    ${formatConformanceDiagnostic(d)}`);
    for (const d of r.unexpected) lines.push(`    ${ja ? '余分' : 'unexpected'} ${formatConformanceDiagnostic(d)}`);
  }
  const passed = results.filter((r) => r.ok).length;
  lines.push(ja ? `${results.length} ファイル中 ${passed} 一致、${results.length - passed} 不一致` : `${passed} of ${results.length} files match, ${results.length - passed} differ`);
  return lines.join('\n') + '\n';
}
