/** `npm run docs`: regenerate the README field reference from the spec tables. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFieldReference } from '../../src/spec/reference.js';
import { ROOT } from '../helpers/files.js';

const path = join(ROOT, 'README.md');
const before = readFileSync(path, 'utf8');
const after = withFieldReference(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'README field reference is up to date' : 'README field reference updated');
