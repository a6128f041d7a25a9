#!/usr/bin/env node
// Builds the offline app: one self-contained dist/app.html (run by `npm run build` after tsup).
// The Worker (src/app/worker.ts, the `receden` API) is bundled first and inlined into the page's script as a
// string, started from a Blob URL; the page (src/app/main.ts) is bundled into the HTML with its CSS and the
// print stylesheet. `receden` resolves to src/index.ts: the app is built from the public entry point only.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const app = join(root, 'src', 'app');

/** Every connection forbidden: only the inline script and styles, and the Worker from a blob: URL. */
export const APP_CSP = "default-src 'none'; script-src 'unsafe-inline'; worker-src blob:; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'; frame-src 'none'";

const common = {
  bundle: true,
  write: false,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  alias: { receden: join(root, 'src', 'index.ts') },
  logLevel: 'warning',
};

const worker = await build({ ...common, entryPoints: [join(app, 'worker.ts')] });
const workerCode = worker.outputFiles[0].text;
const page = await build({ ...common, entryPoints: [join(app, 'main.ts')], define: { __RECEDEN_WORKER__: JSON.stringify(workerCode) } });
const script = page.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const { PRINT_CSS, VERSION } = await import(join(root, 'dist', 'index.js'));
const fill = { __CSP__: APP_CSP, __VERSION__: VERSION, __PRINT_CSS__: PRINT_CSS, __APP_CSS__: readFileSync(join(app, 'app.css'), 'utf8').trim(), __SCRIPT__: script };
const html = readFileSync(join(app, 'index.html'), 'utf8').replace(/__(CSP|VERSION|PRINT_CSS|APP_CSS|SCRIPT)__/g, (m) => fill[m]);
writeFileSync(join(root, 'dist', 'app.html'), html);
console.log(`dist/app.html ${(html.length / 1024).toFixed(0)} KiB`);
