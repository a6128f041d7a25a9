/**
 * Every reproducer the fuzzer saved (fixtures/fuzz/*.bin) passes every property, with the chunking it
 * failed with and a few others: the bugs the fuzzer found stay fixed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/files.js';
import { PROPERTIES } from './properties.js';

const DIR = join(FIXTURES, 'fuzz');
const files = existsSync(DIR) ? readdirSync(DIR).filter((n) => n.endsWith('.bin')).sort() : [];

describe('fuzzer reproducers', () => {
  it('are kept with their description', () => {
    for (const f of files) expect(existsSync(join(DIR, f.replace(/\.bin$/, '.json'))), f).toBe(true);
  });
  it.each(files.length ? files : ['(none yet)'])('%s passes every property', async (name) => {
    if (name === '(none yet)') return;
    const bytes = new Uint8Array(readFileSync(join(DIR, name)));
    const meta = JSON.parse(readFileSync(join(DIR, name.replace(/\.bin$/, '.json')), 'utf8')) as { chunking: number[] };
    for (const chunking of [meta.chunking.length ? meta.chunking : [1], [1], [7, 3], [4096]]) {
      for (const p of PROPERTIES) await p.check({ bytes, chunking });
    }
  });
});
