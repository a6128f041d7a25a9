/** receden validate: text and JSON reports, exit codes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, ROOT, SAMPLE_UKE, sjisFile } from '../helpers/files.js';
import { claimFile } from './build.js';

const tmpFile = (name: string, bytes: Uint8Array): string => {
  const dir = mkdtempSync(join(tmpdir(), 'receden-validate-'));
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

describe('receden validate', () => {
  it('a clean file: exit 0, a readable report', async () => {
    const r = await runCli(['validate', tmpFile('RECEIPTC.UKE', sjisFile(claimFile()))], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('請求 (UKE)、プリセット claim');
    expect(r.stdout).toContain('エラー 0 / 警告 0 / 情報 0');
  });

  it('errors: exit 1, one line per finding with position and message', async () => {
    const r = await runCli(['validate', SAMPLE_UKE], ROOT);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[エラー] field/max-bytes 7行目 SY 傷病名称(6)');
    expect(r.stdout).toContain('エラー 102 / 警告 4 / 情報 1');
    expect(r.stdout).not.toContain('テスト　汎用');
  });

  it('returns with warnings only: exit 0; several files get a total', async () => {
    const r = await runCli(['validate', join(FIXTURES, 'RECEIPTC.HEN'), join(FIXTURES, 'RECEIPTC.SAH'), '--lang', 'en'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('first-claim return (HEN), preset return');
    expect(r.stdout).toContain('2 files: 0 errors, 9 warnings, 0 info');
  });

  it('--json: files, counts and diagnostics', async () => {
    const r = await runCli(['validate', '--json', SAMPLE_UKE, join(FIXTURES, 'RECEIPTC.HEN')], ROOT);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { kind: string; preset: string }) => [f.kind, f.preset])).toEqual([
      ['UKE', 'claim'],
      ['HEN', 'return'],
    ]);
    expect(j.counts).toEqual({ error: 102, warning: 8, info: 1 });
    expect(j.files[0].diagnostics[0]).toMatchObject({ code: 'field/required', severity: 'error', line: 1, record: 'IR', field: { name: '医療機関名称', position: 7 } });
  });

  it('--preset, --show-personal-data', async () => {
    const f = tmpFile('RECEIPTC.UKE', sjisFile(claimFile({ re: { birthDate: '19800230' } })));
    const hidden = await runCli(['validate', '--json', '--preset', 'resubmission', f], ROOT);
    expect(JSON.parse(hidden.stdout).files[0].preset).toBe('resubmission');
    expect(hidden.stdout).toContain('resubmit/no-reclaims');
    expect(hidden.stdout).not.toContain('19800230');
    const shown = await runCli(['validate', '--show-personal-data', f], ROOT);
    expect(shown.stdout).toContain('19800230');
  });

  it('exit codes: usage 2, I/O 3', async () => {
    expect((await runCli(['validate'], ROOT)).code).toBe(2);
    expect((await runCli(['validate', '--preset', 'nope', SAMPLE_UKE], ROOT)).code).toBe(2);
    expect((await runCli(['validate', '--lang', 'fr', SAMPLE_UKE], ROOT)).code).toBe(2);
    expect((await runCli(['validate', '--bogus', SAMPLE_UKE], ROOT)).code).toBe(2);
    const missing = await runCli(['validate', 'no/such/RECEIPTC.UKE', join(FIXTURES, 'RECEIPTC.HEN')], ROOT);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no/such/RECEIPTC.UKE を読めません: ENOENT');
    expect(missing.stdout).toContain('RECEIPTC.HEN');
  });

  it('is listed in the help', async () => {
    const r = await runCli(['--help', '--lang', 'en'], ROOT);
    expect(r.stdout).toContain('receden validate <files…|->');
  });
});
