/** CLI: inspect and convert, exit codes, never overwriting input, one spawned smoke test. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesEqual, FIXTURES, readBytes, ROOT, SAMPLE_UKE } from '../helpers/files.js';
import { runCli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'receden-cli-'));

describe('receden inspect', () => {
  it('summarises a HEN file with reasons and no names', async () => {
    const r = await runCli(['inspect', join(FIXTURES, 'RECEIPTC.HEN')], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('一次請求返戻 (HEN)');
    expect(r.stdout).toContain('社保（社会保険診療報酬支払基金）');
    expect(r.stdout).toContain('0512347');
    expect(r.stdout).toContain('202412');
    expect(r.stdout).toContain('2024121300512347000000102');
    expect(r.stdout).toContain('返戻区分 2 審査上の返戻 / 事由 L2301');
    expect(r.stdout).not.toContain('川野');
  });

  it('shows names only with --show-names', async () => {
    const r = await runCli(['inspect', '--show-names', join(FIXTURES, 'RECEIPTC.HEN')], ROOT);
    expect(r.stdout).toContain('川野　浩二');
  });

  it('prints JSON with --json', async () => {
    const r = await runCli(['inspect', '--json', SAMPLE_UKE], ROOT);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ kind: 'UKE', payer: '1', payerShort: '社保', facilityCode: '0000000', billingMonth: '202111', receiptCount: 75, totalCount: '140' });
    expect(JSON.stringify(j)).not.toContain('テスト　汎用');
  });

  it('exit codes: usage 2, I/O 3', async () => {
    expect((await runCli([], ROOT)).code).toBe(2);
    expect((await runCli(['frobnicate'], ROOT)).code).toBe(2);
    expect((await runCli(['inspect'], ROOT)).code).toBe(2);
    expect((await runCli(['inspect', '--bogus', 'x'], ROOT)).code).toBe(2);
    const io = await runCli(['inspect', 'does-not-exist.UKE'], ROOT);
    expect(io.code).toBe(3);
    expect(io.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('receden convert', () => {
  it.each(['RECEIPTC.HEN', 'RECEIPTC.SAH'])('%s → JSON → back is byte-identical', async (name) => {
    const d = tmp();
    const src = join(FIXTURES, name);
    expect((await runCli(['convert', src, '-o', join(d, 'x.json')], ROOT)).code).toBe(0);
    expect((await runCli(['convert', join(d, 'x.json'), '-o', join(d, name)], ROOT)).code).toBe(0);
    expect(bytesEqual(readBytes(join(d, name)), readBytes(src))).toBe(true);
  });

  it('never overwrites its input', async () => {
    const d = tmp();
    const p = join(d, 'in.json');
    writeFileSync(p, '{}');
    const r = await runCli(['convert', p, '-o', p], ROOT);
    expect(r.code).toBe(2);
    expect(readFileSync(p, 'utf8')).toBe('{}');
  });

  it('reports invalid JSON as a data problem (exit 1)', async () => {
    const d = tmp();
    writeFileSync(join(d, 'bad.json'), JSON.stringify({ format: 'receden/1', kind: 'UKE' }));
    const r = await runCli(['convert', join(d, 'bad.json'), '-o', join(d, 'out.UKE')], ROOT);
    expect(r.code).toBe(1);
    expect(existsSync(join(d, 'out.UKE'))).toBe(false);
  });
});

describe('the built CLI (spawned)', () => {
  it('runs inspect from dist/cli.js', () => {
    const cli = join(ROOT, 'dist', 'cli.js');
    if (!existsSync(cli)) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
    const d = tmp();
    copyFileSync(join(FIXTURES, 'RECEIPTC.SAH'), join(d, 'RECEIPTC.SAH'));
    const r = spawnSync(process.execPath, [cli, 'inspect', 'RECEIPTC.SAH'], { cwd: d, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('再審査等返戻 (SAH)');
    const bad = spawnSync(process.execPath, [cli, 'inspect', 'missing.SAH'], { cwd: d, encoding: 'utf8' });
    expect(bad.status).toBe(3);
  });
});

describe('the built package (dist)', () => {
  it('loads as CommonJS and as ESM, and the CommonJS build needs no require(esm)', () => {
    const dist = join(ROOT, 'dist');
    if (!existsSync(join(dist, 'index.cjs'))) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
    const cjs = spawnSync(process.execPath, ['-e', `const r = require(${JSON.stringify(join(dist, 'index.cjs'))}); const n = require(${JSON.stringify(join(dist, 'node.cjs'))}); process.stdout.write([typeof r.parse, typeof r.validate, typeof r.resubmit, typeof r.reasonsToCsv, typeof n.readReceFile].join())`], { encoding: 'utf8' });
    expect(cjs.stdout).toBe('function,function,function,function,function');
    const requires = [...readFileSync(join(dist, 'index.cjs'), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(requires.filter((m) => m!.startsWith('csv-'))).toEqual([]);
    const esm = spawnSync(process.execPath, ['--input-type=module', '-e', `import * as r from ${JSON.stringify(join(dist, 'index.js'))}; process.stdout.write(typeof r.parse)`], { encoding: 'utf8' });
    expect(esm.stdout).toBe('function');
  });
});
