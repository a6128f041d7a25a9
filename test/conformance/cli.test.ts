/**
 * `receden conformance`: receden's own validator passes its corpus; a validator that reports nothing, or prints
 * something that is not JSON, fails with a report naming the files and the diagnostics that differ.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDiagnostics, readVendorOutput } from '../../src/testing/conformance.js';
import { ROOT } from '../helpers/files.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });

describe('receden conformance', () => {
  it('receden validate --json passes (訪問看護 and DPC files, and a sample of every kind)', () => {
    const r = cli('conformance', '--kind', 'houkan', '--', process.execPath, CLI, 'validate', '--json', '--preset', '{preset}');
    expect(r.stdout).toContain('20 of 20 files match');
    expect(r.status).toBe(0);
    const j = cli('conformance', '--json', '--only', 'edge/', '--', process.execPath, CLI, 'validate', '--json', '--preset', '{preset}', '{}');
    expect(j.status, j.stdout).toBe(0);
    expect(JSON.parse(j.stdout).failed).toBe(0);
    const resubmission = cli('conformance', '--only', 'resubmit--', '--', process.execPath, CLI, 'validate', '--json', '--preset', '{preset}');
    expect(resubmission.stdout).toMatch(/5 of 5 files match/);
  });

  it('a validator that finds nothing fails on the invalid files, naming what it missed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'receden-conformance-'));
    const silent = join(dir, 'silent.mjs');
    writeFileSync(silent, 'process.stdout.write("[]")\n');
    const r = cli('conformance', '--kind', 'dpc', '--', process.execPath, silent);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ dpc/invalid/field--number-format.UKE');
    expect(r.stdout).toMatch(/missing +field\/number-format error L\d+ #6/);
    expect(r.stdout).toMatch(/of \d+ files match, [1-9]\d* differ/);
    // --severity error: only errors compared (the valid files, with no error, then match).
    const errorsOnly = cli('conformance', '--kind', 'dpc', '--category', 'valid', '--severity', 'error', '--', process.execPath, silent);
    expect(errorsOnly.status).toBe(0);
    const garbage = join(dir, 'garbage.mjs');
    writeFileSync(garbage, 'process.stdout.write("OK")\n');
    const g = cli('conformance', '--only', 'field--max-bytes', '--', process.execPath, garbage);
    expect(g.status).toBe(1);
    expect(g.stdout).toContain('output not readable: standard output is not JSON');
  });

  it('--resubmit: receden resubmit writes every expected resubmission, to {out} or to standard output; a writer that does not fails', () => {
    const args = ['resubmit', '{}', '--billing-month', '{billing-month}', '--facility-name', '{facility-name}', '--phone', '{phone}', '--claimed', '{claimed}', '--submission-date', '{submission-date}'];
    const toFile = cli('conformance', '--resubmit', '--', process.execPath, CLI, ...args, '-o', '{out}');
    expect(toFile.stdout).toMatch(/^(\d+) of \1 files match, 0 differ$/m);
    expect(Number(/(\d+) of/.exec(toFile.stdout)![1])).toBeGreaterThanOrEqual(10);
    expect(toFile.status).toBe(0);
    const toStdout = cli('conformance', '--resubmit', '--kind', 'ika', '--', process.execPath, CLI, ...args, '-o', '-');
    expect(toStdout.status, toStdout.stdout).toBe(0);
    // 労災: re-claimed by 電算処理受付番号 with the claim file beside the return ({claimed}) and {submission-date}.
    const rosai = cli('conformance', '--resubmit', '--kind', 'rosai', '--', process.execPath, CLI, ...args, '-o', '{out}');
    expect(rosai.stdout).toMatch(/^([1-9]\d*) of \1 files match, 0 differ$/m);
    const withoutClaimed = cli('conformance', '--resubmit', '--kind', 'rosai', '--', process.execPath, CLI, ...args.slice(0, 8), '-o', '{out}');
    expect(withoutClaimed.status).toBe(1);
    // A "writer" that hands back the return itself: every file differs, from line 1.
    const dir = mkdtempSync(join(tmpdir(), 'receden-conformance-'));
    const copy = join(dir, 'copy.mjs');
    writeFileSync(copy, 'import { copyFileSync } from "node:fs"; copyFileSync(process.argv[2], process.argv[3]);\n');
    const bad = cli('conformance', '--resubmit', '--kind', 'ika', '--', process.execPath, copy, '{}', '{out}');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/✗ ika\/valid\/return-hen\.HEN\n +differs from the expected file at line 1 \(byte \d+; expected \d+ bytes, got \d+\)/);
    // One wrong byte late in the file is found at its line.
    const late = join(dir, 'late.mjs');
    writeFileSync(late, 'import { readFileSync, writeFileSync } from "node:fs"; const b = readFileSync(process.argv[2].replace(/$/, ".resubmission.UKE")); b[b.length - 4] ^= 1; writeFileSync(process.argv[3], b);\n');
    const off = cli('conformance', '--resubmit', '--only', 'ika/valid/return-hen.HEN', '--', process.execPath, late, '{}', '{out}');
    const lines = readFileSync(join(ROOT, 'conformance/ika/valid/return-hen.HEN.resubmission.UKE')).toString('latin1').split('\n').length;
    expect(off.stdout).toContain(`differs from the expected file at line ${lines - 1} `);
    const none = cli('conformance', '--resubmit', '--only', 'ika/valid/return-hen.HEN', '--', process.execPath, '-e', '0', '{}');
    expect(none.stdout).toContain('no output');
  });

  it('usage: the command after -- is required', () => {
    const r = cli('conformance');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('conformance needs the command to test after --');
  });
});

describe('the protocol', () => {
  it('reads an array, a validate --json report or an object with diagnostics; fields as numbers or objects', () => {
    const d = { code: 'field/max-bytes', severity: 'error', line: 2, field: { position: 5 } };
    for (const out of [[d], { diagnostics: [d] }, { files: [{ diagnostics: [d] }] }]) {
      const r = readVendorOutput(JSON.stringify(out));
      expect(r).toEqual({ ok: true, diagnostics: [{ code: 'field/max-bytes', severity: 'error', line: 2, field: 5 }] });
    }
    expect(readVendorOutput('[{"code":"x"}]').ok).toBe(false);
    expect(readVendorOutput('{}').ok).toBe(false);
  });

  it('compares as multisets, by code, severity, line and field, from a severity on', () => {
    const a = { code: 'c', severity: 'error', line: 1 } as const;
    const w = { code: 'w', severity: 'warning', line: 2, field: 3 } as const;
    expect(compareDiagnostics([a, a], [a]).missing).toEqual([a]);
    expect(compareDiagnostics([a], [a, w]).unexpected).toEqual([w]);
    expect(compareDiagnostics([a], [a, w], 'error').ok).toBe(true);
    expect(compareDiagnostics([w], [{ ...w, field: 4 }]).ok).toBe(false);
  });
});
