/**
 * The published package, checked on the tarball `npm pack` makes of the built dist/ (what `npm
 * publish` would upload): publint --strict, attw (every entry point under node10, node16 CJS / ESM
 * and bundler resolution), its files (no source maps, the licence, the schemas), its metadata, and
 * the imports of every built file (the library and the CLI need no runtime dependency but the ones
 * package.json lists, and the CLI none that the library does not). Everything runs offline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/files.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  license: string;
  dependencies: Record<string, string>;
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  repository: { url: string };
  bugs: { url: string };
  homepage: string;
  keywords: string[];
  files: string[];
};

let dir = '';
let tarball = '';
let files: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'receden-pack-'));
  // dist/ is built by the global setup; --ignore-scripts keeps `prepare` from building it a second time.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
  const info = (JSON.parse(out) as { filename: string; files: { path: string }[] }[])[0]!;
  tarball = join(dir, info.filename);
  files = info.files.map((f) => f.path).sort();
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function tool(bin: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', bin), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true', NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('the published tarball', () => {
  it('passes publint --strict', () => {
    const r = tool('publint/src/cli.js', ['run', tarball, '--strict']);
    expect(r.out).toContain('All good');
    expect(r.status, r.out).toBe(0);
  }, 120_000);

  it('passes attw --pack: every entry point resolves with types under node10, node16 (CJS and ESM) and bundler', () => {
    // The local tarball, never the registry (--no-definitely-typed: no @types look-up).
    // `receden/conformance` is data (the corpus index, a JSON file), not code: no types to find there.
    const r = tool('@arethetypeswrong/cli/dist/index.js', [tarball, '--format', 'json', '--no-definitely-typed', '--exclude-entrypoints', './conformance']);
    expect(r.status, r.out).toBe(0);
    const json = JSON.parse(r.out.slice(r.out.indexOf('{'), r.out.lastIndexOf('}') + 1)) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(json.analysis.problems).toEqual([]);
    expect(Object.keys(json.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './node', './testing']));
  }, 120_000);

  it('holds the built code, the licence, the changelog and the schemas — and no source maps', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'README.en.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']));
    expect(files.filter((f) => /^schema\/.+\.schema\.json$/.test(f)).length).toBeGreaterThan(5);
    // Nothing from the sources, tests or fixtures.
    expect(files.filter((f) => /^conformance\/.+\.json$/.test(f)).length).toBeGreaterThan(100);
    expect(files.filter((f) => !/^(dist|schema|conformance)\//.test(f) && !['LICENSE', 'README.md', 'README.en.md', 'CHANGELOG.md', 'package.json'].includes(f))).toEqual([]);
  });
});

describe('package.json', () => {
  it('carries its metadata and the MIT licence the LICENSE file states', () => {
    expect(pkg.license).toBe('MIT');
    const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License/);
    expect(licence).toContain('Copyright (c) 2026 receden contributors');
    expect(pkg.repository.url).toContain('github.com/receden/receden');
    expect(pkg.bugs.url).toBe('https://github.com/receden/receden/issues');
    expect(pkg.homepage).toContain('https://github.com/receden/receden');
    expect(pkg.keywords.length).toBeGreaterThan(3);
  });

  it('maps every typed subpath of exports in typesVersions (node10 resolution has no exports)', () => {
    const subpaths = Object.entries(pkg.exports)
      .filter(([k, v]) => k !== '.' && typeof v === 'object')
      .map(([k]) => k.slice(2));
    const mapped = pkg.typesVersions['*']!;
    expect(Object.keys(mapped).sort()).toEqual(subpaths.sort());
    for (const [sub, [target]] of Object.entries(mapped)) expect(files, sub).toContain(target!.replace(/^\.\//, ''));
  });
});

describe('the imports of the built files', () => {
  const dist = join(ROOT, 'dist');
  /** The bare specifiers (packages, not node builtins) a built file imports or requires. */
  function packagesOf(file: string): Set<string> {
    const text = readFileSync(join(dist, file), 'utf8');
    const out = new Set<string>();
    // Statement-level imports and re-exports, require() and import() of a package name (not a comment's words).
    const specifiers = /^(?:import|export)\b[^;'"]*?(?:from\s*)?["']([^"']+)["']|\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/gm;
    for (const m of text.matchAll(specifiers)) {
      const spec = (m[1] ?? m[2])!;
      if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/.*)?$/.test(spec)) continue;
      if (spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]!)) continue;
      out.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
    return out;
  }
  const BUILTINS = new Set(builtinModules);
  const built = readdirSync(dist).filter((f) => /\.(c?js)$/.test(f));

  it('need no package beyond the dependencies of package.json', () => {
    const deps = new Set(Object.keys(pkg.dependencies));
    for (const f of built) expect([...packagesOf(f)].filter((p) => !deps.has(p)), f).toEqual([]);
  });

  it('the CLI needs no runtime dependency the library does not (the CSV code is bundled into both)', () => {
    const library = new Set(built.filter((f) => f !== 'cli.js').flatMap((f) => [...packagesOf(f)]));
    expect([...packagesOf('cli.js')].filter((p) => !library.has(p))).toEqual([]);
    expect([...library].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    expect(packagesOf('cli.js').has('csv-parse')).toBe(false);
  });
});

describe('CHANGELOG.md', () => {
  const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  it('follows Keep a Changelog: Unreleased first, dated versions, change types in their order, link references', () => {
    const versions = [...text.matchAll(/^## \[([^\]]+)\](.*)$/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(versions[0]?.[0]).toBe('Unreleased');
    for (const [v, rest] of versions.slice(1)) {
      expect(v).toMatch(/^\d+\.\d+\.\d+/);
      expect(rest).toMatch(/^ - \d{4}-\d{2}-\d{2}$/);
    }
    const TYPES = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];
    for (const section of text.split(/^## /m).slice(1)) {
      const types = [...section.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
      expect(types.every((t) => TYPES.includes(t)), types.join()).toBe(true);
      expect(types).toEqual([...types].sort((a, b) => TYPES.indexOf(a) - TYPES.indexOf(b)));
    }
    for (const [v] of versions) expect(text).toMatch(new RegExp(`^\\[${v.replace(/\./g, '\\.')}\\]: https://github\\.com/receden/receden/`, 'm'));
  });
});
