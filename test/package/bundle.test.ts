/**
 * What a browser bundle of the core costs (issue 13 §4): esbuild bundles a tiny entry that uses only
 * `parse`, `serialize` and `validate` — once from the sources (src/index.ts) and once from the built
 * package (dist/index.js, what an application installs) — for the browser, minified.
 *
 * - Neither bundle holds zod or CSV code: the zod schemas (JSON form, corrections file) are built in
 *   `/* @__PURE__ *\/` initialisers, so a bundler drops them, and zod, when they are unused; the CSV code
 *   is only reached from the corrections and reasons modules.
 * - The size stays under a budget. The issue's target is 150 KB; the measured bundle is about 1.3 MB,
 *   almost all of it the record and code tables of the six claim kinds (the 記録内容 notes and 項目名
 *   in Japanese, `\uXXXX`-escaped by esbuild's default ASCII output) and the rules' documentation —
 *   see the README ("Bundle size") for the breakdown. The budget guards against regressions
 *   (another library pulled in, the tables bundled twice) until the tables get a compact form.
 */
import { build, type Metafile } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/files.js';

/** Bytes the parse + serialize + validate bundle may reach (issue 13's 150 KB target is not met; see above). */
const BUDGET = 1_500_000;

interface Bundle {
  readonly bytes: number;
  readonly text: string;
  readonly inputs: Metafile['outputs'][string]['inputs'];
}

async function bundle(entry: string, names: readonly string[]): Promise<Bundle> {
  const r = await build({
    stdin: { contents: `import { ${names.join(', ')} } from ${JSON.stringify(entry)};\nglobalThis.__receden = [${names.join(', ')}];\n`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const out = r.outputFiles[0]!;
  return { bytes: out.contents.length, text: out.text, inputs: Object.values(r.metafile.outputs)[0]!.inputs };
}

/** Bytes in the output per package or src/ folder (two levels), largest first. */
function breakdown(b: Bundle): [string, number][] {
  const by = new Map<string, number>();
  for (const [path, v] of Object.entries(b.inputs)) {
    const nm = path.lastIndexOf('node_modules/');
    const key = nm >= 0 ? path.slice(nm + 13).split('/').slice(0, path.slice(nm + 13).startsWith('@') ? 2 : 1).join('/') : path.split('/').slice(0, 3).join('/');
    by.set(key, (by.get(key) ?? 0) + v.bytesInOutput);
  }
  return [...by].sort((a, b) => b[1] - a[1]);
}

const packagesIn = (b: Bundle) => new Set(breakdown(b).map(([k]) => k).filter((k) => !k.startsWith('src/') && !k.startsWith('dist/') && !k.startsWith('<stdin>')));
const hasZod = (b: Bundle) => packagesIn(b).has('zod') || /\bZodError\b|\$ZodType/.test(b.text);
const hasCsv = (b: Bundle) => [...packagesIn(b)].some((p) => p.startsWith('csv-')) || /CsvError|record_delimiter/.test(b.text);

describe('browser bundle of parse + serialize + validate', () => {
  it('from the sources: no zod, no CSV code, within the budget', async () => {
    const b = await bundle('./src/index.ts', ['parse', 'serialize', 'validate']);
    expect(hasZod(b)).toBe(false);
    expect(hasCsv(b)).toBe(false);
    expect([...packagesIn(b)]).toEqual(['date-fns']);
    expect(b.bytes, breakdown(b).slice(0, 12).map(([k, n]) => `${k} ${(n / 1024).toFixed(1)} KB`).join('\n')).toBeLessThanOrEqual(BUDGET);
  });

  it('from the built package (dist/index.js): no zod, no CSV code either', async () => {
    expect(existsSync(join(ROOT, 'dist', 'index.js'))).toBe(true);
    const b = await bundle('./dist/index.js', ['parse', 'serialize', 'validate']);
    expect(hasZod(b)).toBe(false);
    expect(hasCsv(b)).toBe(false);
    expect(b.bytes).toBeLessThanOrEqual(BUDGET + 200_000);
  });

  it('zod and the CSV code do come in with the functions that use them (the checks above can fail)', async () => {
    const json = await bundle('./dist/index.js', ['fromJson']);
    expect(hasZod(json)).toBe(true);
    const csv = await bundle('./src/index.ts', ['readCorrectionsCsv', 'reasonsToCsv']);
    expect(hasCsv(csv)).toBe(true);
  });
});
