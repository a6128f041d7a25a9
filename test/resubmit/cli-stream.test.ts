/**
 * `receden resubmit` streams large returns (src/resubmit/stream.ts; `--stream` forces it on small ones):
 * the files it writes, its report and its exit code are the whole-file path's — for the bundled returns
 * with their corrections, for every kind's returns, and when the output check refuses (nothing written,
 * no temporary file left).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { generateFile } from '../../src/testing/returns.js';
import { BILLING_MONTH, CORRECTIONS_JSON, FACILITY, HEN_PATH, SAH_PATH } from './helpers.js';

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run({ argv, cwd, stdout: { write: (s: string | Uint8Array) => ((out += String(s)), true) }, stderr: { write: (s: string) => ((err += s), true) } });
  return { code, out, err };
}

/** Every file under a directory, by relative path, with its bytes. */
function tree(dir: string, base = dir): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, tree(p, base));
    else out[p.slice(base.length + 1)] = readFileSync(p).toString('base64');
  }
  return out;
}

/** The JSON report with the output paths made relative (the two runs write to different directories). */
function reportOf(stdout: string, dir: string): unknown {
  const j = JSON.parse(stdout) as { written: string[]; diagnostics: unknown[] };
  return { ...j, written: j.written.map((w) => w.slice(dir.length)), diagnostics: j.diagnostics.map((d) => JSON.stringify(d)).sort() };
}

async function both(cwd: string, args: string[]) {
  const a = join(cwd, 'whole');
  const b = join(cwd, 'stream');
  const whole = await cli(cwd, 'resubmit', ...args, '-o', a, '--json', '--lang', 'en');
  const streamed = await cli(cwd, 'resubmit', ...args, '-o', b, '--json', '--lang', 'en', '--stream');
  return { whole, streamed, a, b };
}

describe('receden resubmit, streaming', () => {
  it('writes the bundled returns, corrected, exactly as the whole-file path does', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'receden-stream-'));
    const { whole, streamed, a, b } = await both(cwd, [HEN_PATH, SAH_PATH, '--corrections', CORRECTIONS_JSON, '--billing-month', BILLING_MONTH, '--facility-name', FACILITY.name, '--phone', FACILITY.phone]);
    expect(whole.code).toBe(0);
    expect(streamed.code).toBe(0);
    expect(Object.keys(tree(b)).sort()).toEqual(['kokuho/RECEIPTC.UKE', 'shaho/RECEIPTC.UKE']);
    expect(tree(b)).toEqual(tree(a));
    expect(reportOf(streamed.out, b)).toEqual(reportOf(whole.out, a));
    expect(streamed.err.split('\n').sort()).toEqual(whole.err.split('\n').sort());
  });

  it('writes every kind re-claimed with history the same way', async () => {
    for (const kind of ['shika', 'chozai', 'dpc'] as const) {
      const cwd = mkdtempSync(join(tmpdir(), 'receden-stream-'));
      const g = generateFile({ claimKind: kind, fileKind: 'HEN', seed: 5, receipts: 8 });
      writeFileSync(join(cwd, 'in.HEN'), g.bytes);
      const { whole, streamed, a, b } = await both(cwd, ['in.HEN', '--billing-month', '202503', '--facility-name', 'テスト医院']);
      expect(streamed.code, kind).toBe(whole.code);
      expect(Object.keys(tree(b)).length, kind).toBeGreaterThan(0);
      expect(tree(b), kind).toEqual(tree(a));
      expect(reportOf(streamed.out, b), kind).toEqual(reportOf(whole.out, a));
    }
  });

  it('refuses as the whole-file path does when the output check finds an error: nothing written, no temporary file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'receden-stream-'));
    const g = generateFile({ claimKind: 'ika', fileKind: 'HEN', seed: 3, receipts: 40 });
    writeFileSync(join(cwd, 'in.HEN'), g.bytes);
    const sn = (await import('../../src/model/parse.js')).parse(g.bytes).receipts[39]!.searchNumber;
    writeFileSync(join(cwd, 'c.json'), JSON.stringify({ format: 'receden-corrections/1', receipts: [{ searchNumber: sn, operations: [{ op: 'delete', record: 'SY' }] }] }));
    const { whole, streamed, a, b } = await both(cwd, ['in.HEN', '--corrections', 'c.json', '--billing-month', '202503', '--facility-name', 'テスト医院']);
    expect(whole.code).toBe(1);
    expect(streamed.code).toBe(1);
    expect(streamed.err).toContain('structure/required-records');
    expect(tree(b)).toEqual({});
    expect(tree(a)).toEqual({});
    expect(reportOf(streamed.out, b)).toEqual(reportOf(whole.out, a));
    // --force writes it, with the error reported.
    const forced = await cli(cwd, 'resubmit', 'in.HEN', '--corrections', 'c.json', '--billing-month', '202503', '--facility-name', 'テスト医院', '-o', join(cwd, 'forced'), '--stream', '--force', '--lang', 'en');
    expect(forced.code).toBe(1);
    expect(Object.keys(tree(join(cwd, 'forced')))).toEqual(['shaho/RECEIPTC.UKE']);
  });
});
