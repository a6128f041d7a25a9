/**
 * `receden/testing`'s declarations need no fast-check: a consumer without it type-checks against
 * dist/testing.d.ts with `skipLibCheck: false` (the declarations copied to a temp directory that has no
 * node_modules, so nothing named fast-check can be resolved).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/files.js';

describe('dist/testing.d.ts without fast-check', () => {
  it('names no fast-check module, and a consumer type-checks against it (skipLibCheck false)', () => {
    const dts = readFileSync(join(ROOT, 'dist', 'testing.d.ts'), 'utf8');
    expect(dts).not.toMatch(/from ['"]fast-check['"]|import\(['"]fast-check['"]\)/);
    const dir = mkdtempSync(join(tmpdir(), 'receden-types-'));
    mkdirSync(join(dir, 'receden'));
    for (const f of readdirSync(join(ROOT, 'dist')).filter((n) => n.endsWith('.d.ts'))) copyFileSync(join(ROOT, 'dist', f), join(dir, 'receden', f));
    writeFileSync(
      join(dir, 'consumer.ts'),
      [
        "import { generateFile, corrupt, fileArbitrary, recordArbitrary, roundTripContract, type FastCheckLike, type Arbitrary, type GeneratedFile } from './receden/testing.js';",
        "const g: GeneratedFile = generateFile({ claimKind: 'ika', fileKind: 'HEN', payer: '2', mixes: ['kokuho', 'kouki+kohi'], dates: 'wareki', historyDepth: 2 });",
        'const n: number = g.file.receipts.length + corrupt("cross/totals").expected.code.length;',
        'declare const fc: FastCheckLike;',
        'const a: Arbitrary<GeneratedFile> = fileArbitrary(fc, { fileKind: ["UKE", "SAH"] });',
        "const r: Arbitrary<string[]> = recordArbitrary(fc, 'SI');",
        'roundTripContract((b: Uint8Array) => b, (b) => b);',
        'export { n, a, r };',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [], lib: ['es2022'] }, files: ['consumer.ts'] }));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    let out = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(out).toBe('');
  }, 120_000);
});
