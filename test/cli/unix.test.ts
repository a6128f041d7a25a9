/**
 * The CLI behaves like a Unix tool (issue "Safe at every edge"): inputs that are not regular files
 * are read exactly once, `-` is standard input / output, `-o` follows symbolic links and writes
 * FIFOs and devices in place, temporary files never outlive a run, errors name the operation and
 * the errno, a closed pipe ends the run quietly. These tests spawn the built CLI (dist/cli.js),
 * as a user's shell would.
 */
import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readBytes, ROOT, SAMPLE_UKE } from '../helpers/files.js';
import { HELP_VALIDATE, HELP_VALIDATE_JA } from '../../src/cli/commands/validate.js';
import { usage } from '../../src/cli/run.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const HEN = join(FIXTURES, 'RECEIPTC.HEN');
let dir: string;

function receden(args: string[], o: { input?: Uint8Array; env?: Record<string, string>; cwd?: string } = {}): SpawnSyncReturns<Buffer> {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: o.cwd ?? dir,
    input: o.input,
    env: { PATH: process.env.PATH ?? '', ...o.env },
    maxBuffer: 1 << 28,
  });
}
const text = (b: Buffer) => b.toString('utf8');

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/** Feed `bytes` into a FIFO from another process (the reader must open it). */
function feedFifo(fifo: string, file: string): void {
  spawn('sh', ['-c', `cat "${file}" > "${fifo}"`], { stdio: 'ignore' });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'receden-unix-'));
});

describe('inputs that are not regular files are read once, with the same result as by path', () => {
  it('validate: - and /dev/stdin (a pipe) give what the path gives', () => {
    const byPath = receden(['validate', '--json', SAMPLE_UKE]);
    const counts = JSON.parse(text(byPath.stdout)).counts;
    expect(counts.error).toBe(102);
    for (const name of ['-', '/dev/stdin']) {
      const r = receden(['validate', '--json', name], { input: readBytes(SAMPLE_UKE) });
      expect(JSON.parse(text(r.stdout)).counts, name).toEqual(counts);
      expect(r.status).toBe(byPath.status);
    }
  });

  it('convert: /dev/stdin → JSON is the same document as from the path', () => {
    expect(receden(['convert', HEN, '-o', join(dir, 'path.json')]).status).toBe(0);
    expect(receden(['convert', '/dev/stdin', '-o', join(dir, 'pipe.json')], { input: readBytes(HEN) }).status).toBe(0);
    const a = readFileSync(join(dir, 'path.json'));
    expect(a.length).toBeGreaterThan(60_000);
    // The kind comes from the content; only the file-name hint differs (none for a pipe).
    expect(readFileSync(join(dir, 'pipe.json')).toString()).toBe(a.toString());
  });

  it('a FIFO does not hang the two-pass commands (validate, convert to JSON)', async () => {
    const fifo = join(dir, 'in.fifo');
    mkfifo(fifo);
    feedFifo(fifo, SAMPLE_UKE);
    const v = receden(['validate', '--json', fifo]);
    expect(JSON.parse(text(v.stdout)).counts.error).toBe(102);
    feedFifo(fifo, HEN);
    expect(receden(['convert', fifo, '-o', join(dir, 'fifo.json')]).status).toBe(0);
    expect(readFileSync(join(dir, 'fifo.json'), 'utf8')).toBe(readFileSync(join(dir, 'path.json'), 'utf8'));
  });

  it('- writes to standard output (convert, resubmit of one payer)', () => {
    const r = receden(['convert', HEN, '-o', '-']);
    expect(text(r.stdout)).toBe(readFileSync(join(dir, 'path.json'), 'utf8'));
    const uke = receden(['convert', join(dir, 'path.json'), '-o', '-', '--force']);
    expect(Buffer.compare(uke.stdout, Buffer.from(readBytes(HEN)))).toBe(0);
  });

  it('a directory as input is a read error (EISDIR), not a write error', () => {
    const r = receden(['diff', FIXTURES, HEN], { env: { LANG: 'en_US.UTF-8' } });
    expect(r.status).toBe(3);
    expect(text(r.stderr)).toContain(`cannot read ${FIXTURES}: EISDIR`);
    // convert takes a directory for its files: their outputs go to a directory, never to a file named like one.
    const c = receden(['convert', FIXTURES, '-o', join(dir, 'f.json')], { env: { LANG: 'en_US.UTF-8' } });
    expect(c.status).toBe(2);
    expect(text(c.stderr)).toContain('with several inputs, -o names the output directory');
    expect(existsSync(join(dir, 'f.json'))).toBe(false);
  });
});

describe('outputs', () => {
  it('-o to a symbolic link writes its target and keeps the link', () => {
    const target = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    expect(receden(['convert', HEN, '-o', link]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(join(dir, 'path.json'), 'utf8'));
    // A dangling link: the file it names is created.
    const dangling = join(dir, 'dangling.json');
    symlinkSync(join(dir, 'new-target.json'), dangling);
    expect(receden(['convert', HEN, '-o', dangling]).status).toBe(0);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'new-target.json'))).toBe(true);
  });

  it('-o to a FIFO or /dev/stdout writes into it and leaves it what it was', async () => {
    const fifo = join(dir, 'out.fifo');
    mkfifo(fifo);
    const got: Buffer[] = [];
    const reader = spawn('cat', [fifo]);
    reader.stdout.on('data', (c: Buffer) => got.push(c));
    const done = new Promise((r) => reader.on('close', r));
    expect(receden(['convert', HEN, '-o', fifo]).status).toBe(0);
    await done;
    expect(Buffer.concat(got).toString()).toBe(readFileSync(join(dir, 'path.json'), 'utf8'));
    expect(statSync(fifo).isFIFO()).toBe(true);
    const r = receden(['convert', HEN, '-o', '/dev/stdout']);
    expect(text(r.stdout)).toBe(readFileSync(join(dir, 'path.json'), 'utf8'));
    expect(lstatSync('/dev/stdout').isSymbolicLink() || statSync('/dev/stdout').isCharacterDevice()).toBe(true);
  });

  it('a killed convert leaves no temporary file (SIGTERM), and a stale one from kill -9 is removed by the next write', async () => {
    const big = join(dir, 'big.UKE');
    // The sample, many times over (receipts only), framed by one IR and GO: a few seconds of work.
    const lines = readFileSync(SAMPLE_UKE).toString('latin1').split('\r\n');
    const body = lines.slice(1, -2).join('\r\n') + '\r\n';
    writeFileSync(big, lines[0] + '\r\n' + body.repeat(400) + lines[lines.length - 2] + '\r\n\x1a', 'latin1');
    const sub = join(dir, 'kill');
    mkdirSync(sub);
    const child = spawn(process.execPath, [CLI, 'convert', big, '-o', join(sub, 'out.json')], { stdio: 'ignore' });
    // Wait for the temporary file to appear, then stop the run.
    for (let i = 0; i < 200 && !readdirSync(sub).some((n) => n.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(sub).some((n) => n.endsWith('.tmp'))).toBe(true);
    child.kill('SIGTERM');
    await new Promise((r) => child.on('close', r));
    expect(readdirSync(sub)).toEqual([]);
    // What kill -9 leaves: temporary files of a dead process, and of receden versions without a pid.
    writeFileSync(join(sub, '.out.json.999999-0123456789ab.tmp'), 'partial');
    writeFileSync(join(sub, '.out.json.a1b2c3d4e5f6.tmp'), 'partial');
    writeFileSync(join(sub, `.out.json.${process.pid}-0123456789ab.tmp`), 'a live run');
    expect(receden(['convert', HEN, '-o', join(sub, 'out.json')]).status).toBe(0);
    expect(readdirSync(sub).sort()).toEqual([`.out.json.${process.pid}-0123456789ab.tmp`, 'out.json']);
  });

  it('on a read-only file system the error says EROFS', () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    // A read-only tmpfs in a private mount namespace (needs unshare + mount; skipped where unavailable).
    const probe = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o ro tmpfs "${ro}"`]);
    if (probe.status !== 0) {
      console.warn('EROFS test skipped: no private read-only mount here');
      return;
    }
    const script = `mount -t tmpfs -o ro tmpfs "${ro}" && exec "${process.execPath}" "${CLI}" resubmit "${HEN}" --billing-month 202501 --facility-name テスト --force -o "${ro}/out"`;
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], { env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' } });
    expect(r.status).toBe(3);
    expect(text(r.stderr)).toMatch(/EROFS \(read-only file system\)/);
    expect(text(r.stderr)).not.toMatch(/ENOENT/);
  });
});

describe('conventions', () => {
  it('--version and -V', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(text(receden(['--version']).stdout)).toBe(`receden ${pkg.version}\n`);
    expect(text(receden(['-V']).stdout)).toBe(`receden ${pkg.version}\n`);
  });

  it('`receden validate big | head -1` prints no stack trace', () => {
    const big = join(dir, 'big.UKE');
    if (!existsSync(big)) return;
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" validate "${big}" | head -1`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it('usage errors are Japanese by default and follow LANG / LC_ALL and --lang', () => {
    for (const cmd of ['inspect', 'validate', 'convert', 'reasons', 'resubmit', 'diff']) {
      const ja = receden([cmd, '--bogus']);
      expect(ja.status, cmd).toBe(2);
      expect(text(ja.stderr), cmd).toContain('オプション「--bogus」はありません');
      expect(text(receden([cmd, '--bogus'], { env: { LANG: 'en_US.UTF-8' } }).stderr), cmd).toContain('unknown option "--bogus"');
      expect(text(receden([cmd, '--bogus'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'ja_JP.UTF-8' } }).stderr), cmd).toContain('はありません');
      expect(text(receden([cmd, '--bogus', '--lang', 'en']).stderr), cmd).toContain('unknown option');
      expect(receden([cmd, '--lang', 'fr']).status, cmd).toBe(2);
    }
  });

  it('help follows the environment and --lang: LANG=en_US.UTF-8 receden validate --help is English, else Japanese', () => {
    const en = receden(['validate', '--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(en.status).toBe(0);
    expect(text(en.stdout)).toBe(`${HELP_VALIDATE}\n`);
    expect(text(receden(['validate', '--help']).stdout)).toBe(`${HELP_VALIDATE_JA}\n`);
    expect(text(receden(['validate', '--help', '--lang', 'ja'], { env: { LANG: 'en_US.UTF-8' } }).stdout)).toBe(`${HELP_VALIDATE_JA}\n`);
    expect(text(receden(['--help'], { env: { LANG: 'en_US.UTF-8' } }).stdout)).toBe(usage('en'));
    expect(text(receden(['--help'], { env: { LANG: 'ja_JP.UTF-8' } }).stdout)).toBe(usage('ja'));
    expect(text(receden(['--help', '--lang', 'en']).stdout)).toBe(usage('en'));
  });

  it('--json on every command', () => {
    expect(JSON.parse(text(receden(['inspect', '--json', HEN]).stdout)).kind).toBe('HEN');
    expect(JSON.parse(text(receden(['validate', '--json', HEN]).stdout)).files[0].kind).toBe('HEN');
    expect(JSON.parse(text(receden(['reasons', '--json', HEN]).stdout)).reasons).toHaveLength(4);
    const rs = JSON.parse(text(receden(['resubmit', '--json', '--check', HEN, '--billing-month', '202501']).stdout));
    expect(rs.check).toBe(true);
    expect(rs.receipts).toHaveLength(3);
    expect(JSON.parse(text(receden(['diff', '--json', HEN, HEN]).stdout)).changed).toBe(0);
    const c = JSON.parse(text(receden(['convert', '--json', HEN, '-o', join(dir, 'rep.json')]).stdout));
    expect(c).toMatchObject({ input: HEN, format: 'json' });
  });

  it('a file that is only 0x1A is file/empty', () => {
    writeFileSync(join(dir, 'eof.UKE'), Buffer.from([0x1a]));
    const r = JSON.parse(text(receden(['validate', '--json', join(dir, 'eof.UKE')]).stdout));
    expect(r.files[0].diagnostics.map((d: { code: string }) => d.code)).toContain('file/empty');
  });

  it('a whole JSON document above the limit is refused with a pointer to --jsonl', () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 300 * 1024 * 1024); // sparse: no disk used
    const r = receden(['convert', huge, '-o', join(dir, 'huge.UKE')], { env: { LANG: 'en_US.UTF-8' } });
    expect(r.status).toBe(1);
    expect(text(r.stderr)).toContain('--jsonl');
    expect(existsSync(join(dir, 'huge.UKE'))).toBe(false);
  });
});
