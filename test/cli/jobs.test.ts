/**
 * Batches across cores (issue 14): `validate | inspect | convert | reasons <many files | dir>` run
 * their files on worker threads (`--jobs N`), and print exactly what the sequential run prints, in
 * input order — output, summary, stderr and exit code. These tests spawn the built CLI (dist/cli.js),
 * which is what starts the workers; one in-process test points the batch at the built worker itself
 * to see the aggregated progress line.
 */
import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readBytes, ROOT, SAMPLE_UKE } from '../helpers/files.js';
import { generateClaimFile } from '../../src/testing/files.js';
import { run } from '../../src/cli/run.js';
import { useWorkerScript } from '../../src/cli/batch.js';

const CLI = join(ROOT, 'dist', 'cli.js');
let dir: string;

function receden(args: string[], o: { input?: Uint8Array; cwd?: string } = {}): SpawnSyncReturns<Buffer> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: o.cwd ?? dir, input: o.input, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 1 << 28 });
}
const text = (b: Buffer) => b.toString('utf8');
/** What a run shows: exit code, stdout, stderr. */
const shown = (r: SpawnSyncReturns<Buffer>) => ({ status: r.status, stdout: text(r.stdout), stderr: text(r.stderr) });

/** Same status, stdout and stderr with --jobs 1 as with --jobs 2 and 4; returns the --jobs 1 run. */
function sameAcrossJobs(args: string[], o: { input?: Uint8Array } = {}): ReturnType<typeof shown> {
  const one = shown(receden([...args, '--jobs', '1'], o));
  for (const jobs of ['2', '4']) expect(shown(receden([...args, '--jobs', jobs], o)), `--jobs ${jobs}`).toEqual(one);
  return one;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'receden-jobs-'));
  // A batch of returns and claims of several kinds, some with errors.
  mkdirSync(join(dir, 'batch'));
  copyFileSync(join(FIXTURES, 'RECEIPTC.HEN'), join(dir, 'batch', 'a.HEN'));
  copyFileSync(join(FIXTURES, 'RECEIPTC.SAH'), join(dir, 'batch', 'b.SAH'));
  copyFileSync(SAMPLE_UKE, join(dir, 'batch', 'c.UKE'));
  copyFileSync(join(FIXTURES, 'shika', 'RECEIPTC.HEN'), join(dir, 'batch', 'd.HEN'));
  copyFileSync(join(FIXTURES, 'chozai', 'RECEIPTY.CYO'), join(dir, 'batch', 'e.CYO'));
  copyFileSync(join(FIXTURES, 'shika', 'RECEIPTC.UKE'), join(dir, 'batch', 'f.UKE'));
  writeFileSync(join(dir, 'batch', 'g.UKE'), 'not a claim file\r\n');
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, 'batch', `h${i}.UKE`), generateClaimFile({ claimKind: 'ika', receipts: 30 + i * 20, seed: i + 1 }));
});

afterAll(() => {
  useWorkerScript(undefined);
});

describe('--jobs N gives what --jobs 1 gives, in input order', () => {
  it('validate: text output, summary, the error of a missing file and the exit code', () => {
    const files = readdirSync(join(dir, 'batch')).sort().map((n) => `batch/${n}`);
    const r = sameAcrossJobs(['validate', ...files.slice(0, 4), 'missing.UKE', ...files.slice(4)]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('missing.UKE');
    // Every file's report, in the order given, then the summary of all.
    const heads = r.stdout.split('\n').filter((l) => l.startsWith('batch/'));
    expect(heads.map((l) => l.split(' ')[0])).toEqual(files);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^${files.length} ファイル: エラー [1-9]`));
  });

  it('validate --json: the same document, its files in input order', () => {
    const r = sameAcrossJobs(['validate', '--json', 'batch', 'batch/a.HEN', '--lang', 'en']);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { files: { file: string; counts: { error: number } }[]; counts: { error: number } };
    expect(doc.files.map((f) => f.file)).toEqual([...readdirSync(join(dir, 'batch')).sort().map((n) => `batch/${n}`), 'batch/a.HEN']);
    expect(doc.counts.error).toBe(doc.files.reduce((n, f) => n + f.counts.error, 0));
  });

  it('validate: a usage error on one file (an edition its kind lacks) stops the batch there, as the sequential run does', () => {
    const r = sameAcrossJobs(['validate', 'batch/a.HEN', 'batch/c.UKE', 'batch/e.CYO', 'batch/h0.UKE', 'batch/h1.UKE', '--edition', 'R04', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('batch/c.UKE');
    expect(r.stdout).not.toContain('batch/h0.UKE');
    expect(r.stderr).toContain('--edition must be one of');
  });

  it('validate: standard input among the files is read once, in its place', () => {
    const input = readBytes(SAMPLE_UKE);
    const r = sameAcrossJobs(['validate', '--json', 'batch/a.HEN', '-', 'batch/h0.UKE', 'batch/h1.UKE'], { input });
    const doc = JSON.parse(r.stdout) as { files: { file: string; counts: unknown }[] };
    expect(doc.files.map((f) => f.file)).toEqual(['batch/a.HEN', '-', 'batch/h0.UKE', 'batch/h1.UKE']);
    // The same counts as the file by path.
    const byPath = JSON.parse(text(receden(['validate', '--json', SAMPLE_UKE]).stdout)) as { files: { counts: unknown }[] };
    expect(doc.files[1]!.counts).toEqual(byPath.files[0]!.counts);
  });

  it('inspect: several files, text and --json; one file prints as before', () => {
    const t = sameAcrossJobs(['inspect', 'batch/a.HEN', 'batch/h0.UKE', 'batch/e.CYO', 'nope.HEN']);
    expect(t.status).toBe(3);
    const one = text(receden(['inspect', 'batch/h0.UKE']).stdout);
    expect(t.stdout).toContain(`batch/h0.UKE\n${one}\n`);
    expect(t.stdout.indexOf('batch/a.HEN\n')).toBe(0);
    const j = sameAcrossJobs(['inspect', '--json', 'batch']);
    const doc = JSON.parse(j.stdout) as { files: { file: string; kind: string; receiptCount: number }[] };
    expect(doc.files.map((f) => f.file)).toEqual(readdirSync(join(dir, 'batch')).sort().map((n) => `batch/${n}`));
    expect(doc.files[0]).toMatchObject({ file: 'batch/a.HEN', kind: 'HEN' });
    expect(doc.files.find((f) => f.file === 'batch/h1.UKE')!.receiptCount).toBe(50);
    // A single file's --json is the summary itself.
    expect(JSON.parse(text(receden(['inspect', '--json', 'batch/h1.UKE']).stdout))).toMatchObject({ kind: 'UKE', receiptCount: 50 });
  });

  it('reasons: rows of every file in input order, one table / CSV, the non-returns named', () => {
    const t = sameAcrossJobs(['reasons', 'batch/a.HEN', 'batch/c.UKE', 'batch/b.SAH', 'batch/d.HEN', '--lang', 'en']);
    expect(t.status).toBe(0);
    expect(t.stderr).toContain('batch/c.UKE: not a return file');
    const csv = sameAcrossJobs(['reasons', '--format', 'csv', 'batch/d.HEN', 'batch/a.HEN', 'batch/b.SAH']);
    const seq = text(receden(['reasons', '--format', 'csv', 'batch/d.HEN', 'batch/a.HEN', 'batch/b.SAH', '--jobs', '1']).stdout);
    expect(csv.stdout).toBe(seq);
    expect(csv.stdout.split('\n').length).toBeGreaterThan(4);
    const by = sameAcrossJobs(['reasons', '--by', '事由', '--json', 'batch/a.HEN', 'batch/b.SAH', 'batch/d.HEN']);
    expect((JSON.parse(by.stdout) as { groups: unknown[] }).groups.length).toBeGreaterThan(0);
  });

  it('convert: several files to a directory, the same files with any --jobs, and back byte for byte', () => {
    const inputs = ['batch/a.HEN', 'batch/b.SAH', 'batch/e.CYO', 'batch/h0.UKE', 'batch/h1.UKE', 'batch/h2.UKE'];
    const outs: Record<string, Record<string, string>> = {};
    for (const jobs of ['1', '2', '3']) {
      const r = receden(['convert', ...inputs, '-o', `json-${jobs}`, '--jobs', jobs, '--json']);
      expect(r.status, text(r.stderr)).toBe(0);
      const doc = JSON.parse(text(r.stdout)) as { files: { input: string; output: string }[] };
      expect(doc.files.map((f) => [f.input, f.output])).toEqual(inputs.map((i) => [i, `json-${jobs}/${i.slice(6)}.json`]));
      outs[jobs] = Object.fromEntries(readdirSync(join(dir, `json-${jobs}`)).sort().map((n) => [n, readFileSync(join(dir, `json-${jobs}`, n), 'utf8')]));
    }
    expect(Object.keys(outs['1']!)).toEqual(inputs.map((i) => `${i.slice(6)}.json`).sort());
    expect(outs['2']).toEqual(outs['1']);
    expect(outs['3']).toEqual(outs['1']);
    // A directory of JSON back to the files.
    const back = receden(['convert', 'json-2', '-o', 'back', '--jobs', '2']);
    expect(back.status, text(back.stderr)).toBe(0);
    for (const i of inputs) expect(Buffer.compare(readFileSync(join(dir, 'back', i.slice(6))), readFileSync(join(dir, i))), i).toBe(0);
  });

  it('convert: --jsonl names the outputs .jsonl; a failing file does not stop the others', () => {
    writeFileSync(join(dir, 'bad.json'), '{"not":"a receden document"}');
    const r = sameAcrossJobs(['convert', 'batch/h0.UKE', 'bad.json', 'batch/h1.UKE', '-o', 'jl', '--jsonl']);
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, 'jl', 'h0.UKE.jsonl'))).toBe(true);
    expect(existsSync(join(dir, 'jl', 'h1.UKE.jsonl'))).toBe(true);
    expect(existsSync(join(dir, 'jl', 'bad'))).toBe(false);
  });

  it('convert: several inputs need a directory, names of their own and no standard input', () => {
    writeFileSync(join(dir, 'plain.txt'), 'x');
    mkdirSync(join(dir, 'other'), { recursive: true });
    copyFileSync(join(dir, 'batch', 'a.HEN'), join(dir, 'other', 'a.HEN'));
    for (const [args, message] of [
      [['batch/a.HEN', 'batch/b.SAH', '-o', 'plain.txt'], 'with several inputs, -o names the output directory'],
      [['batch/a.HEN', 'batch/b.SAH', '-o', '-'], 'with several inputs, -o names the output directory'],
      [['batch/a.HEN', 'batch/b.SAH', '-o', 'new.json'], 'with several inputs, -o names the output directory'],
      [['batch/a.HEN', '-', '-o', 'x'], 'standard input (-) cannot be one of several inputs'],
      [['batch/a.HEN', 'other/a.HEN', '-o', 'x'], 'two inputs would write the same output x/a.HEN.json'],
    ] as const) {
      const r = receden(['convert', ...args, '--lang', 'en']);
      expect(r.status, args.join(' ')).toBe(2);
      expect(text(r.stderr)).toContain(message);
    }
    expect(existsSync(join(dir, 'x'))).toBe(false);
    expect(existsSync(join(dir, 'new.json'))).toBe(false);
  });
});

describe('the files of a batch are worked on at the same time', () => {
  it('with --jobs 2, a worker converts a file while this thread still waits for the FIFO before it', async () => {
    const fifo = join(dir, 'wait.fifo');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [CLI, 'convert', 'wait.fifo', 'batch/h0.UKE', '-o', 'par', '--jobs', '2'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    const out = join(dir, 'par', 'h0.UKE.json');
    const t0 = Date.now();
    while (!existsSync(out) && Date.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 50));
    const early = existsSync(out);
    // Now the FIFO gets its bytes (or the run is unblocked when the check failed).
    execFileSync('sh', ['-c', `cat "${join(dir, 'batch', 'a.HEN')}" > "${fifo}"`]);
    expect(await exited).toBe(0);
    expect(early).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'par', 'wait.fifo.json'), 'utf8'))).toMatchObject({ kind: 'HEN' });
  });
});

describe('directory arguments', () => {
  it('stand for their regular files, sorted by name, hidden files and subdirectories left out, links to files followed', () => {
    const d = join(dir, 'tree');
    mkdirSync(join(d, 'sub'), { recursive: true });
    copyFileSync(join(dir, 'batch', 'h1.UKE'), join(d, 'B.UKE'));
    copyFileSync(join(dir, 'batch', 'h0.UKE'), join(d, 'a.UKE'));
    copyFileSync(join(dir, 'batch', 'a.HEN'), join(d, '.hidden.HEN'));
    copyFileSync(join(dir, 'batch', 'a.HEN'), join(d, 'sub', 'deep.HEN'));
    symlinkSync(join(dir, 'batch', 'b.SAH'), join(d, 'link.SAH'));
    const r = receden(['validate', '--json', 'tree/', '--jobs', '1']);
    expect((JSON.parse(text(r.stdout)) as { files: { file: string }[] }).files.map((f) => f.file)).toEqual(['tree/B.UKE', 'tree/a.UKE', 'tree/link.SAH']);
  });

  it('a directory with no files is a usage error', () => {
    mkdirSync(join(dir, 'empty'));
    const r = receden(['validate', 'empty', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(text(r.stderr)).toContain('no files in empty');
    // Beside other inputs it just adds none.
    expect(receden(['inspect', 'empty', 'batch/a.HEN']).status).toBe(0);
  });
});

describe('--jobs', () => {
  it.each(['0', 'x', '1.5', '-1', ''])('--jobs %j is a usage error (exit 2)', (v) => {
    const r = receden(['validate', 'batch/a.HEN', `--jobs=${v}`, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(text(r.stderr)).toContain('--jobs must be a whole number, 1 or more');
  });

  it('is taken by validate, inspect, convert and reasons only', () => {
    expect(receden(['diff', 'batch/a.HEN', 'batch/a.HEN', '--jobs', '2', '--lang', 'en']).status).toBe(2);
    for (const c of ['validate', 'inspect', 'reasons']) expect(receden([c, 'batch/a.HEN', '--jobs', '3']).status, c).not.toBe(2);
  });
});

describe('progress of a batch', () => {
  it('is one line for all the files on a terminal: files done and bytes of the whole batch', async () => {
    // The batch runs here, its workers are the built CLI.
    useWorkerScript(pathToFileURL(CLI));
    const d = join(dir, 'progress');
    mkdirSync(d);
    const big = generateClaimFile({ claimKind: 'ika', receipts: 5000, seed: 3 });
    expect(big.length).toBeGreaterThan(1_600_000);
    for (let i = 0; i < 3; i++) writeFileSync(join(d, `p${i}.UKE`), big);
    let err = '';
    const out: string[] = [];
    const code = await run({
      argv: ['validate', d, '--jobs', '2'],
      cwd: dir,
      stdout: { write: (s: string | Uint8Array) => out.push(String(s)) },
      stderr: { write: (s: string) => (err += s), isTTY: true },
    });
    expect(code).toBe(0);
    expect(err).toMatch(/\r3\/3 files: \d+\.\d \/ \d+\.\d MB \(100%\)/);
    expect(err).not.toMatch(/p0\.UKE: /); // no per-file line
    expect(err.endsWith('\r\x1b[K')).toBe(true);
    expect(out.join('')).toContain('3 ファイル: エラー 0');
  });
});
