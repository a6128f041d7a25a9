/**
 * `npm run docs`: regenerate the README parts derived from code — the field reference (from the spec
 * tables), the validation rule reference (from the rules' metadata) and the CLI reference (from
 * the commands' help texts) — in both READMEs: README.md in Japanese, README.en.md in English. A test
 * fails when either is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { READMES, readmeGenerated } from './readme-parts.js';
import { ROOT } from '../helpers/files.js';

for (const { file, locale } of READMES) {
  const path = join(ROOT, file);
  const before = readFileSync(path, 'utf8');
  let after = before;
  for (const part of readmeGenerated(locale)) {
    const s = after.indexOf(part.start);
    const e = after.indexOf(part.end);
    if (s === -1 || e === -1) throw new Error(`${file} lacks the markers ${part.start} … ${part.end}`);
    after = after.slice(0, s) + part.text + after.slice(e + part.end.length);
  }
  if (after !== before) writeFileSync(path, after);
  console.log(`${file}: ${after === before ? 'generated parts are up to date' : 'generated parts updated'}`);
}
