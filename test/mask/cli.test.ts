/** `receden mask`: writes atomically, never over its input, prints a random key once, same key → same bytes. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, readBytes } from '../helpers/files.js';
import { mask } from '../../src/index.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'receden-mask-'));
  copyFileSync(join(FIXTURES, 'RECEIPTC.HEN'), join(dir, 'RECEIPTC.HEN'));
  copyFileSync(join(FIXTURES, 'expected', 'resubmit', 'shaho', 'RECEIPTC.UKE'), join(dir, 'RECEIPTC.UKE'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('receden mask', () => {
  it('masks one file with a key: the library’s bytes, input untouched', async () => {
    const before = readBytes(join(dir, 'RECEIPTC.HEN'));
    const r = await runCli(['mask', 'RECEIPTC.HEN', '-o', 'masked.HEN', '--key', 's3cret', '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readBytes(join(dir, 'RECEIPTC.HEN'))).toEqual(before);
    expect(readBytes(join(dir, 'masked.HEN'))).toEqual(mask(before, { key: 's3cret' }).bytes);
    const report = JSON.parse(r.stdout) as { files: { fields: number; kind: string }[] };
    expect(report.files[0]!.kind).toBe('HEN');
    expect(report.files[0]!.fields).toBeGreaterThan(10);
    expect(r.stderr).toBe('');
  });

  it('without --key prints a random key once, which masks the same way again', async () => {
    const r = await runCli(['mask', 'RECEIPTC.HEN', '-o', 'a.HEN', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    const key = r.stderr.trim().split('\n').pop()!;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(r.stderr).toContain('shown once');
    const again = await runCli(['mask', 'RECEIPTC.HEN', '-o', 'b.HEN', '--key', key], dir);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'b.HEN'))).toEqual(readFileSync(join(dir, 'a.HEN')));
  });

  it('several files into a directory, consistently (--remap-search-numbers)', async () => {
    const r = await runCli(['mask', 'RECEIPTC.HEN', 'RECEIPTC.UKE', '-o', 'out', '--key', 'k', '--remap-search-numbers'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'out', 'RECEIPTC.HEN'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'RECEIPTC.UKE'))).toBe(true);
    const hen = readBytes(join(dir, 'out', 'RECEIPTC.HEN'));
    expect(hen).toEqual(mask(readBytes(join(dir, 'RECEIPTC.HEN')), { key: 'k', remapSearchNumbers: true }).bytes);
  });

  it('refuses to overwrite its input and needs -o', async () => {
    const before = readBytes(join(dir, 'RECEIPTC.HEN'));
    const r = await runCli(['mask', 'RECEIPTC.HEN', '-o', 'RECEIPTC.HEN', '--key', 'k', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('input');
    expect(readBytes(join(dir, 'RECEIPTC.HEN'))).toEqual(before);
    expect((await runCli(['mask', 'RECEIPTC.HEN', '--key', 'k'], dir)).code).toBe(2);
    expect((await runCli(['mask', 'RECEIPTC.HEN', 'RECEIPTC.UKE', '-o', '-', '--key', 'k'], dir)).code).toBe(2);
  });

  it('writes to standard output with -', async () => {
    const r = await runCli(['mask', 'RECEIPTC.HEN', '-o', '-', '--key', 'k'], dir);
    expect(r.code).toBe(0);
    expect(r.stdoutBytes).toEqual(mask(readBytes(join(dir, 'RECEIPTC.HEN')), { key: 'k' }).bytes);
  });
});
