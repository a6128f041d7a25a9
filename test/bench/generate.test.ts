/**
 * The benchmark measures valid data: bench/generate.ts writes claim (UKE) and return (HEN) files on
 * which receden's own validation finds no error and no warning, under the preset each kind gets
 * (claim, return) — so validation speed is measured on the path real files take.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.js';
import { parse } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';
import { messageOf } from '../../src/diagnostics/index.js';

const dir = mkdtempSync(join(tmpdir(), 'receden-gen-'));

describe('bench/generate.ts', () => {
  it.each([
    ['UKE', 'claim', 1],
    ['UKE', 'claim', 7],
    ['HEN', 'return', 1],
    ['HEN', 'return', 7],
  ] as const)('%s (seed %s) validates with no error and no warning under the %s preset', async (kind, preset, seed) => {
    const out = join(dir, `g${seed}.${kind}`);
    await generate({ kind, bytes: 400_000, seed, out });
    const f = parse(new Uint8Array(readFileSync(out)), { fileName: `RECEIPTC.${kind}` });
    expect(f.receipts.length).toBeGreaterThan(10);
    const found = validate(f, { preset }).filter((d) => d.severity !== 'info');
    expect(found.map((d) => `${d.severity} ${d.code} line ${d.line}: ${messageOf(d, 'en')}`)).toEqual([]);
  });
});
