/** The CLI and editions: inspect and validate name the edition read; --edition forces one, checked against the file's kind. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/files.js';

const H30 = 'fixtures/editions/H30-RECEIPTC.UKE';
const R04 = 'fixtures/expected/input/claims-shaho.UKE';

describe('receden and editions', () => {
  it('inspect shows the edition told from the header', async () => {
    expect((await runCli(['inspect', H30], ROOT)).stdout).toContain('平成30年4月版（H30、和暦）');
    expect((await runCli(['inspect', R04, '--lang', 'en'], ROOT)).stdout).toContain('R04 (April 2022) (R04, 西暦 dates)');
    expect(JSON.parse((await runCli(['inspect', H30, '--json'], ROOT)).stdout).edition).toBe('H30');
    expect(JSON.parse((await runCli(['inspect', H30, '--json', '--edition', 'R04'], ROOT)).stdout).edition).toBe('R04');
  });

  it('validate: a 和暦 file is clean as its edition, named in the report; forced to R04 its dates are errors', async () => {
    const ok = await runCli(['validate', H30], ROOT);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n')[0]).toContain('医科・請求 (UKE)・平成30年4月版（H30）、プリセット claim');
    const json = JSON.parse((await runCli(['validate', H30, '--json'], ROOT)).stdout);
    expect(json.files[0]).toMatchObject({ edition: 'H30', counts: { error: 0, warning: 0 } });
    const forced = await runCli(['validate', H30, '--edition', 'R04', '--json'], ROOT);
    expect(forced.code).toBe(1);
    const report = JSON.parse(forced.stdout).files[0];
    expect(report.edition).toBe('R04');
    expect(new Set(report.diagnostics.map((d: { code: string }) => d.code))).toEqual(new Set(['field/date-wareki']));
    // The tables' own edition is not named in the text report.
    expect((await runCli(['validate', R04], ROOT)).stdout.split('\n')[0]).toMatch(/請求 \(UKE\)、プリセット claim$/);
  });

  it('an unknown --edition, or one the file’s kind lacks, is a usage error', async () => {
    const bogus = await runCli(['validate', R04, '--edition', 'H99'], ROOT);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('--edition');
    const lacks = await runCli(['validate', R04, '--edition', 'R06', '--lang', 'en'], ROOT);
    expect(lacks.code).toBe(2);
    expect(lacks.stderr).toContain('R04, H30, H28 (医科)');
    expect((await runCli(['inspect', R04, '--edition', 'R08'], ROOT)).code).toBe(2);
  });
});
