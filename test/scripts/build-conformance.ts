/**
 * `npm run conformance`: (re)write conformance/ from receden's generators (see ./conformance-corpus.ts). Every file of
 * the corpus is replaced; files it no longer has are removed. A test checks the committed corpus against this.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildCorpus } from './conformance-corpus.js';
import { ROOT } from '../helpers/files.js';

const dir = join(ROOT, 'conformance');
for (const name of readdirSync(dir, { withFileTypes: true })) if (name.isDirectory()) rmSync(join(dir, name.name), { recursive: true });
const files = buildCorpus();
let size = 0;
for (const f of files) {
  mkdirSync(dirname(join(dir, f.path)), { recursive: true });
  writeFileSync(join(dir, f.path), f.bytes);
  size += f.bytes.length;
}
console.log(`conformance/: ${files.length} files, ${(size / 1024).toFixed(0)} KiB`);
