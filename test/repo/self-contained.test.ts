/**
 * The repository tests itself: nothing a test, a benchmark or a script reads lies outside it.
 * - At run time, test/setup/no-outside-reads.ts wraps the fs functions that open paths (this file
 *   checks that the guard is live and refuses such a path).
 * - Statically, no test, benchmark, script or CI file refers to the steering folder beside the
 *   repository (the reference folder next to a working copy), in any spelling a path join would use.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/files.js';
import { checkPath, outsideReads } from '../setup/no-outside-reads.js';

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === '.git' || name === 'data') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|mts|js|mjs|cjs|sh|json)$/.test(name) || !name.includes('.')) yield p;
  }
}

describe('the repository is self-contained', () => {
  it('refuses, at run time, a read outside the repository (the guard is installed)', async () => {
    const before = outsideReads.length;
    // A path outside both the repository and the temp directory (which tests may use).
    const outside = join(sep, 'receden-outside-probe', 'spec', 'README.md');
    expect(() => checkPath(outside)).toThrow(/outside the repository/);
    await expect(readFile(outside)).rejects.toMatchObject({ code: 'E_OUTSIDE_REPOSITORY' });
    expect(() => readFileSync('/etc/hostname')).toThrow(/outside the repository/);
    // Those were this test's own probes: take them back so the file does not fail after its tests.
    outsideReads.splice(before);
  });

  it('allows the repository and the temp directory', () => {
    expect(() => checkPath(join(ROOT, 'package.json'))).not.toThrow();
    expect(() => checkPath(join(ROOT, 'fixtures', 'third-party', 'receiptisan', 'LICENSE.txt'))).not.toThrow();
    expect(() => checkPath(join(tmpdir(), 'x'))).not.toThrow();
  });

  it('has no reference to the reference folder beside the repository in tests, benchmarks, scripts, fixtures or CI', () => {
    const bad: string[] = [];
    const pattern = /\.\.\/shared\b|['"]\.\.['"]\s*,\s*['"]shared['"]|[/'"]shared\/(samples|spec|design)\b/;
    for (const dir of ['test', 'bench', 'fixtures', '.ci', 'src']) {
      for (const f of files(join(ROOT, dir))) {
        if (f.endsWith('self-contained.test.ts')) continue;
        const text = readFileSync(f, 'utf8');
        text.split('\n').forEach((line, i) => {
          if (pattern.test(line)) bad.push(`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(bad).toEqual([]);
  });

  it('ships every third-party fixture with its licence', () => {
    const dir = join(ROOT, 'fixtures', 'third-party');
    for (const name of readdirSync(dir)) {
      if (!statSync(join(dir, name)).isDirectory()) continue;
      expect(readdirSync(join(dir, name)).some((f) => /^LICEN[CS]E/i.test(f)), name).toBe(true);
    }
  });
});
