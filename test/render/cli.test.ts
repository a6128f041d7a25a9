/** `receden print`: the document of renderFile, to stdout or atomically to a file; never over its input. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, renderFile } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, ROOT, readBytes } from '../helpers/files.js';

describe('receden print', () => {
  const hen = join(FIXTURES, 'RECEIPTC.HEN');

  it('writes the committed expected document to stdout', async () => {
    const r = await runCli(['print', hen, '--lang', 'ja'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(FIXTURES, 'expected', 'print', 'RECEIPTC.HEN.html'), 'utf8'));
  });

  it('writes to -o, with names on request, in English on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'receden-print-'));
    const out = join(dir, 'out.html');
    const r = await runCli(['print', hen, '-o', out, '--show-names', '--lang', 'en'], ROOT);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toBe(renderFile(parse(readBytes(hen), { fileName: 'RECEIPTC.HEN' }), { fileName: 'RECEIPTC.HEN', showNames: true, locale: 'en' }));
    expect(html).toContain('川野　浩二');
    expect(html).not.toContain('19680412');
  });

  it('refuses to overwrite its input, and takes exactly one input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'receden-print-'));
    const copy = join(dir, 'RECEIPTC.HEN');
    writeFileSync(copy, readBytes(hen));
    const r = await runCli(['print', copy, '-o', copy], ROOT);
    expect(r.code).toBe(2);
    expect(readBytes(copy)).toEqual(readBytes(hen));
    expect((await runCli(['print', hen, hen], ROOT)).code).toBe(2);
    expect((await runCli(['print'], ROOT)).code).toBe(2);
  });
});
