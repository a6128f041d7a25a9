/**
 * Global setup: the tests that spawn the built CLI (dist/cli.js) or load the built package need a
 * dist/ that matches src/. Build it once, before any test file runs, when it is missing or older
 * than any source file (a fresh clone builds it in `npm install`'s prepare step already).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return t;
}

export default function setup(): void {
  const built = join(ROOT, 'dist', 'cli.js');
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs, statSync(join(ROOT, 'tsup.config.ts')).mtimeMs);
  const app = join(ROOT, 'dist', 'app.html');
  if (existsSync(built) && statSync(built).mtimeMs >= sources && existsSync(join(ROOT, 'dist', 'index.cjs')) && existsSync(app) && statSync(app).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: ROOT, stdio: 'ignore' });
  // The offline app (dist/app.html), bundled from src/app after tsup (it reads dist/index.js).
  execFileSync(process.execPath, [join(ROOT, 'src', 'app', 'build.mjs')], { cwd: ROOT, stdio: 'ignore' });
}
