/**
 * Ask before writing: `resubmit --check` / `checkResubmission()` say, per receipt, what would block the
 * resubmission or warn about it, and write nothing; `validate --preset resubmission` on a return judges
 * that same resubmission, with findings on the return's own lines (issue "Safe at every edge").
 */
import { mkdtempSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { checkResubmission } from '../../src/resubmit/check.js';
import { validate } from '../../src/validate/index.js';
import { hen, HEN_PATH, SN } from './helpers.js';

async function cli(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await run({ argv, cwd, stdout: { write: (s: string | Uint8Array) => ((out += String(s)), true) }, stderr: { write: (s: string) => ((err += s), true) } });
  return { code, out, err };
}

describe('checkResubmission', () => {
  it('the HEN fixture: receipt 1 is blocked (insurer check digit), findings on the HEN lines; nothing has bytes', () => {
    const c = checkResubmission(hen());
    expect(c.ok).toBe(false);
    expect(c.result.outputs.every((o) => o.bytes === undefined)).toBe(true);
    const r1 = c.receipts.find((r) => r.searchNumber === SN.hen1)!;
    const blocking = r1.diagnostics.filter((d) => d.severity === 'error');
    expect(blocking.map((d) => d.code)).toEqual(['cross/insurer-check-digit']);
    // Line 3 of the HEN is receipt 1's HO.
    expect(blocking[0]!.line).toBe(3);
    expect(blocking[0]!.receipt).toBe(0);
    // Not the return file's own state: no "all first claims", no 予備 (20) the writer clears anyway.
    const codes = c.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('resubmit/no-reclaims');
    expect(codes).not.toContain('resubmit/re-field-20');
    expect(codes).not.toContain('field/omitted');
  });

  it('differs from validate() of the return as it stands', () => {
    const asReturn = validate(hen(), { preset: 'resubmission' }).map((d) => d.code);
    expect(asReturn).toContain('resubmit/no-reclaims');
    const check = checkResubmission(hen()).diagnostics.map((d) => d.code);
    expect(check).not.toContain('resubmit/no-reclaims');
  });
});

describe('CLI', () => {
  it('resubmit --check reports per receipt, writes nothing, exits 1 when something blocks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'receden-check-'));
    copyFileSync(HEN_PATH, join(dir, 'RECEIPTC.HEN'));
    const r = await cli(['resubmit', '--check', 'RECEIPTC.HEN', '--billing-month', '202501', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${SN.hen1} → shaho #1 — BLOCKED (1 errors)`);
    expect(r.out).toContain('check only (--check): nothing written');
    expect(readdirSync(dir)).toEqual(['RECEIPTC.HEN']);
    const j = JSON.parse((await cli(['resubmit', '--check', '--json', 'RECEIPTC.HEN', '--billing-month', '202501'], dir)).out);
    expect(j.receipts.map((x: { blocked: boolean }) => x.blocked)).toEqual([true, false, false]);
  });

  it('validate --preset resubmission on a HEN judges its resubmission', async () => {
    const r = JSON.parse((await cli(['validate', '--json', '--preset', 'resubmission', HEN_PATH], '/')).out);
    const f = r.files[0];
    expect(f.preset).toBe('resubmission');
    const codes = f.diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toContain('cross/insurer-check-digit');
    expect(codes).not.toContain('resubmit/no-reclaims');
    expect(f.diagnostics.find((d: { code: string }) => d.code === 'cross/insurer-check-digit').line).toBe(3);
  });
});
