import { mkdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fromJson, type JsonProblem } from '../../json/form.js';
import { jsonLinesBytes, jsonTextBytes } from '../../json/stream.js';
import { jsonLinesToParts, type JsonLinesEnd } from '../../json/lines.js';
import { ChunkWriter } from '../../stream/serialize.js';
import { strictSerialize, checkOutputStream } from '../../write/check.js';
import { fileChunks, prefetch } from '../../node/stream.js';
import { WriteError, writeAtomicChecked } from '../../node/write.js';
import { resolve } from 'node:path';
import { formatDiagnostic, countBySeverity, type Diagnostic, type Locale } from '../../diagnostics/index.js';
import { PRESET_IDS } from '../../validate/types.js';
import { choice, parseCommand } from '../args.js';
import { openInput, type Input } from '../input.js';
import { CliExit, EXIT, IoExit, ioError, usageError, type CliIo } from '../io.js';
import { sameFile } from '../paths.js';
import { createProgress, type Progress } from '../progress.js';
import { expandInputs, jobsOption, runBatch, withInput, worseExit, type BatchItem, type FileTask } from '../batch.js';
import type { ClaimKind } from '../../spec/types.js';
import { isStdout, writeOutput } from '../output.js';

/** A whole JSON document above this size is refused with a pointer to --jsonl (JSON Lines stream). */
export const MAX_JSON_DOCUMENT_BYTES = 256 * 1024 * 1024;

export const HELP_CONVERT = `receden convert <in|-> -o <out|-> [--jsonl] [--preset P] [--force] [--json] [--show-personal-data] [--lang ja|en] [--quiet]
receden convert <files…|dir> -o <dir> [--jobs N] [options as above]

  UKE/HEN/SAH → JSON when <out> ends in .json (or .jsonl, or --jsonl); JSON → UKE/HEN/SAH when <in>
  is JSON (.json / .jsonl, or standard input that starts with "{"). Converting to JSON and back
  yields the original bytes.
  --jsonl    JSON Lines: one object per line group — {"type":"lead","lines":[…]},
             {"type":"receipt","index":0,"claim":[…],"reasons":[…],"history":[…]}, …,
             {"type":"tail","lines":[…]}, {"type":"end","kind":…,"eof":…}. Streams both ways with
             flat memory, for files of any size. A whole JSON document is read at most 256 MB.
  --preset P the rules JSON → file checks the bytes with (default from the kind: UKE → claim,
             HEN/SAH → return). Nothing is written when they find an error, unless --force.
  --json     a report of the conversion (on stderr when -o - writes the data to stdout)
  --quiet    no progress line (shown on a terminal for inputs over 4 MB)
  Several inputs (or a directory: its regular files, sorted by name) go to the directory -o (made
  when missing), one file each: X.UKE → <dir>/X.UKE.json (.jsonl with --jsonl), X.UKE.json →
  <dir>/X.UKE; a file that fails does not stop the others; --json gives {"files":[…]}.
  --jobs N   convert N files at a time, on worker threads (default: the number of cores)

  Claim files are streamed to JSON: memory stays flat whatever their size.`;

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_CONVERT_JA = `receden convert <in|-> -o <out|-> [--jsonl] [--preset P] [--force] [--json] [--show-personal-data] [--lang ja|en] [--quiet]
receden convert <files…|dir> -o <dir> [--jobs N] [options as above]

  <out> の末尾が .json（又は .jsonl、又は --jsonl を指定）なら UKE/HEN/SAH → JSON、<in> が
  JSON（.json / .jsonl、又は "{" で始まる標準入力）なら JSON → UKE/HEN/SAH に変換します。
  JSON に変換して元に戻すと、元のバイト列と一致します。
  --jsonl    JSON Lines: 行のまとまりごとに1行1オブジェクト — {"type":"lead","lines":[…]},
             {"type":"receipt","index":0,"claim":[…],"reasons":[…],"history":[…]}, …,
             {"type":"tail","lines":[…]}, {"type":"end","kind":…,"eof":…}。どちらの向きも
             ストリームで処理し、メモリー使用量が一定のため、どんな大きさのファイルも扱える。
             JSON 文書全体として読めるのは 256 MB まで。
  --preset P JSON → ファイルの変換で、書き出すバイト列を検査するプリセット（既定は種別から:
             UKE → claim、HEN/SAH → return）。エラーが見つかると、--force がなければ何も書き出さない。
  --json     変換の報告（-o - でデータを標準出力に書くときは標準エラー出力へ）
  --quiet    進捗行を出さない（進捗行は 4 MB を超える入力のとき端末に表示）
  入力が複数（又はディレクトリ: その中の通常ファイルを名前順に）のときは、-o のディレクトリ
  （なければ作る）に1ファイルずつ書き出します: X.UKE → <dir>/X.UKE.json（--jsonl なら .jsonl）、
  X.UKE.json → <dir>/X.UKE。失敗したファイルがあっても他は続けます。--json では {"files":[…]}。
  --jobs N   N 個のファイルをワーカースレッドで同時に変換する（既定: CPU のコア数）

  請求ファイルは JSON へストリームで変換するため、大きさにかかわらずメモリー使用量は一定です。`;

const isJsonName = (p: string) => ['.json', '.jsonl'].includes(extname(p).toLowerCase());

async function isStreamTarget(p: string): Promise<boolean> {
  try {
    const st = await stat(p);
    return st.isFIFO() || st.isCharacterDevice() || st.isSocket();
  } catch {
    return false;
  }
}

/** What the input holds, from its name or (standard input, pipes) its first bytes. */
async function sniff(input: Input): Promise<'file' | 'json' | 'jsonl'> {
  const name = input.label === '-' ? '' : input.label;
  if (/\.jsonl$/i.test(name)) return 'jsonl';
  if (/\.json$/i.test(name)) return 'json';
  if (name && !input.spooled) return 'file';
  // Look at the first line: JSON starts with "{"; a JSON Lines line is a whole object with "type".
  let head = new Uint8Array(0);
  for await (const c of input.chunks()) {
    const n = new Uint8Array(head.length + c.length);
    n.set(head);
    n.set(c, head.length);
    head = n;
    if (head.includes(0x0a) || head.length > 1 << 20) break;
  }
  let i = 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09 || head[i] === 0xef || head[i] === 0xbb || head[i] === 0xbf)) i++;
  if (head[i] !== 0x7b) return 'file';
  const nl = head.indexOf(0x0a, i);
  const first = new TextDecoder().decode(head.subarray(i, nl < 0 ? head.length : nl));
  try {
    const o = JSON.parse(first) as { type?: unknown };
    return typeof o.type === 'string' ? 'jsonl' : 'json';
  } catch {
    return 'json';
  }
}

export async function convertCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals, locale, claimKind } = parseCommand(io, 'convert', args, {
    output: { type: 'string', short: 'o' },
    jsonl: { type: 'boolean' },
    preset: { type: 'string' },
    force: { type: 'boolean' },
    'show-personal-data': { type: 'boolean' },
    jobs: { type: 'string' },
  });
  const jobs = jobsOption(values.jobs);
  if (positionals.length === 0) throw usageError('needs-inputs', { command: 'convert' });
  if (!values.output) throw usageError('needs-output');
  const output = values.output;
  const preset = choice('--preset', values.preset, PRESET_IDS);
  const o: ConvertOptions = { jsonl: values.jsonl ?? false, preset, force: values.force ?? false, locale, showPersonalData: values['show-personal-data'] ?? false, claimKind };
  const { items, many } = await expandInputs(io, positionals);
  if (many) return convertMany(io, items, output, o, jobs, values);
  const inPath = items[0]!.path;
  if (inPath !== '-' && output !== '-' && sameFile(io.cwd, inPath, output)) throw usageError('output-is-input', { path: inPath });
  const input = await openInput(io, inPath);
  try {
    return await convertOne(io, input, output, o, (label, size) => createProgress(io, label, size, values.quiet), (r) => {
      if (!values.json) return;
      const text = JSON.stringify(r, null, 2) + '\n';
      if (isStdout(io, output)) io.stderr.write(text);
      else io.stdout.write(text);
    });
  } finally {
    await input.close();
  }
}

interface ConvertOptions {
  readonly jsonl: boolean;
  readonly preset: (typeof PRESET_IDS)[number] | undefined;
  readonly force: boolean;
  readonly locale: Locale;
  readonly showPersonalData: boolean;
  readonly claimKind: ClaimKind | undefined;
}

/** The name a file gets in the output directory of several inputs: `X.UKE` → `X.UKE.json` (`.jsonl`), `X.UKE.json` → `X.UKE`. */
export function convertedName(path: string, jsonl: boolean): string {
  const name = basename(path);
  return isJsonName(name) ? name.replace(/\.jsonl?$/i, '') : `${name}${jsonl ? '.jsonl' : '.json'}`;
}

/**
 * Several inputs (or a directory): `-o` is a directory (made when missing), and each input is
 * converted to a file of its own there ({@link convertedName}). A file that fails does not stop the
 * others; --json gives {"files": [report, …]}.
 */
async function convertMany(io: CliIo, items: readonly BatchItem[], output: string, o: ConvertOptions, jobs: number | undefined, values: { json?: boolean; quiet?: boolean }): Promise<number> {
  if (isStdout(io, output)) throw usageError('output-not-dir');
  if (items.some((i) => i.path === '-')) throw usageError('stdin-many');
  const st = await stat(resolve(io.cwd, output)).catch(() => undefined);
  // A missing -o is made a directory, unless it is named like a file (a JSON or claim file meant for one input).
  if (st ? !st.isDirectory() : isJsonName(output) || /\.(UKE|HEN|SAH|CYO|UKS)$/i.test(output)) throw usageError('output-not-dir');
  const outputs = items.map((i) => join(output, convertedName(i.path, o.jsonl)));
  const seen = new Set<string>();
  for (const [k, out] of outputs.entries()) {
    if (sameFile(io.cwd, items[k]!.path, out)) throw usageError('output-is-input', { path: items[k]!.path });
    if (seen.has(resolve(io.cwd, out))) throw usageError('output-twice', { path: out });
    seen.add(resolve(io.cwd, out));
  }
  if (!st) await mkdir(resolve(io.cwd, output), { recursive: true }).catch((e: unknown) => Promise.reject(ioError('create', output, e)));
  const reports: Record<string, unknown>[] = [];
  const exit = await runBatch(io, {
    command: 'convert',
    task: convertTask,
    // The output name says JSON or JSON Lines: --jsonl was used for it.
    options: { ...o, jsonl: false, outputs, json: values.json ?? false },
    items,
    jobs,
    quiet: values.quiet,
    onValue: (v) => reports.push(v.report),
  });
  if (values.json) io.stdout.write(JSON.stringify({ files: reports }, null, 2) + '\n');
  return exit;
}

/** A file's report (for --json). */
type ConvertValue = { readonly report: Record<string, unknown> };

/** `receden convert` of one of several inputs to its file in the output directory (on a worker thread in a batch). */
export const convertTask: FileTask<ConvertOptions & { readonly outputs: readonly string[]; readonly json: boolean }, ConvertValue> = async (ctx, o) => {
  let code: number = EXIT.OK;
  const failed = await withInput(ctx, 'convert', o.locale, async (input) => {
    code = await convertOne(ctx.io, input, o.outputs[ctx.index]!, o, ctx.progress, (report) => {
      if (o.json) ctx.emit({ report });
    });
  });
  return worseExit(code, failed);
};

/** Convert one input to `output` (either way); resolves with the exit code. */
async function convertOne(io: CliIo, input: Input, output: string, o: ConvertOptions, makeProgress: (label: string, size: number) => Progress, report: (r: Record<string, unknown>) => void): Promise<number> {
  const what = await sniff(input);
  // A stream target (standard output, a FIFO, a device) has no name to go by: the input decides.
  const streamOut = isStdout(io, output) || (await isStreamTarget(resolve(io.cwd, output)));
  const outJson = streamOut ? what === 'file' : isJsonName(output) || o.jsonl;
  if ((what !== 'file') === outJson) throw usageError(streamOut ? 'convert-stdout-format' : 'convert-sides');
  if (what === 'file') {
    const lines = o.jsonl || /\.jsonl$/i.test(output);
    const progress = makeProgress(input.label, input.size);
    let read = 0;
    const chunks = async function* () {
      for await (const c of input.chunks()) {
        read += c.length;
        yield c;
        progress.update(read);
      }
    };
    const text = lines
      ? jsonLinesBytes(chunks(), { fileName: input.fileName, claimKind: o.claimKind })
      : jsonTextBytes(
          (() => {
            let pass = 0;
            return () => {
              read = 0;
              progress.pass(++pass, 2);
              return chunks();
            };
          })(),
          { fileName: input.fileName, claimKind: o.claimKind },
        );
    const bytes = async function* () {
      // The JSON writers hand out fresh chunks: the next is made while this one is written.
      yield* prefetch(text);
      if (!lines) yield new Uint8Array([0x0a]);
    };
    let n: number;
    try {
      n = await writeOutput(io, output, bytes());
    } finally {
      progress.done();
    }
    report({ input: input.label, output, format: lines ? 'jsonl' : 'json', bytesIn: input.size, bytesOut: n });
    return EXIT.OK;
  }
  // JSON → file: checked as bytes before anything is written (strict writes).
  const r = what === 'jsonl' ? await fromJsonLines(io, input, output, o) : await fromJsonDocument(io, input, output, o);
  for (const d of r.diagnostics) io.stderr.write(`${output}: ${formatDiagnostic(d, o.locale)}\n`);
  report({ input: input.label, output, format: what, written: r.written, bytesOut: r.bytes, counts: countBySeverity(r.diagnostics), diagnostics: r.diagnostics });
  if (!r.written) {
    if (r.problems.length === 0) io.stderr.write(`receden convert: ${cliNotWritten(o.locale)}\n`);
    return EXIT.DATA;
  }
  return r.diagnostics.some((d) => d.severity === 'error') ? EXIT.DATA : EXIT.OK;
}

function cliNotWritten(locale: Locale): string {
  return new CliExit(EXIT.DATA, 'not-written').render(locale);
}

interface FromJsonOutcome {
  readonly written: boolean;
  readonly bytes: number;
  readonly diagnostics: readonly Diagnostic[];
  /** Problems reading the JSON itself (schema, unwritable values), already printed. */
  readonly problems: readonly unknown[];
}

async function fromJsonDocument(io: CliIo, input: Input, output: string, o: { preset: (typeof PRESET_IDS)[number] | undefined; force: boolean; locale: Locale; showPersonalData: boolean }): Promise<FromJsonOutcome> {
  if (input.size > MAX_JSON_DOCUMENT_BYTES) {
    throw new CliExit(EXIT.DATA, 'json-too-large', { size: Math.round(input.size / 1e6), max: Math.round(MAX_JSON_DOCUMENT_BYTES / 1e6) });
  }
  const text = new TextDecoder().decode(await input.bytes());
  const r = fromJson(text, { showPersonalData: o.showPersonalData });
  if (!r.ok) {
    for (const p of r.problems.slice(0, 50)) io.stderr.write(`${input.label}: ${formatDiagnostic(p, o.locale)}\n`);
    return { written: false, bytes: 0, diagnostics: [], problems: r.problems };
  }
  const s = strictSerialize(r.file, { preset: o.preset, force: o.force, showPersonalData: o.showPersonalData });
  if (!s.bytes) return { written: false, bytes: 0, diagnostics: s.diagnostics, problems: [] };
  await writeOutput(io, output, s.bytes);
  return { written: true, bytes: s.bytes.length, diagnostics: s.diagnostics, problems: [] };
}

/**
 * JSON Lines → file with flat memory: each line becomes its bytes as it is read and goes to a
 * temporary file; the file is then checked as a reader reads it (two streamed passes), and renamed
 * over the target only when the check passes (or `--force`). For `-o -`, the bytes are checked
 * before anything is printed: they are assembled in memory first.
 */
async function fromJsonLines(io: CliIo, input: Input, output: string, o: { preset: (typeof PRESET_IDS)[number] | undefined; force: boolean; locale: Locale; showPersonalData: boolean }): Promise<FromJsonOutcome> {
  const problems: JsonProblem[] = [];
  let end: JsonLinesEnd | undefined;
  let diagnostics: readonly Diagnostic[] = [];
  const data = {
    async produce(write: (c: Uint8Array) => void) {
      const w = new ChunkWriter(write, { chunkBytes: 64 * 1024, reuseBuffer: true });
      end = await jsonLinesToParts(input.chunks(), (part) => w.write(part), (p) => problems.push(p), { showPersonalData: o.showPersonalData });
      w.flush();
    },
  };
  const check = async (tmp: string): Promise<boolean> => {
    for (const p of problems.slice(0, 50)) io.stderr.write(`${input.label}: ${formatDiagnostic(p, o.locale)}\n`);
    if (problems.length > 0 || !end) return false;
    const kind = end.kind === 'unknown' ? undefined : end.kind;
    const r = await checkOutputStream(() => fileChunks(tmp), { kind, preset: o.preset, showPersonalData: o.showPersonalData });
    diagnostics = r.diagnostics;
    return r.ok || o.force;
  };
  let r;
  try {
    r = await writeAtomicChecked(isStdout(io, output) ? { sink: (c) => io.stdout.write(c), name: output } : resolve(io.cwd, output), data, check);
  } catch (e) {
    if (e instanceof WriteError) throw new IoExit(e.op, output, e.code);
    throw e;
  }
  return { written: r.written, bytes: r.bytes, diagnostics, problems };
}
