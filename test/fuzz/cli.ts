/**
 * `npm run fuzz -- [--runs N] [--seed S] [--property NAME]… [--no-save]`
 *
 * Runs the fuzzer (see ./run.ts) and prints each failing property with its minimal reproducer. A
 * reproducer is saved as a regression fixture, `fixtures/fuzz/<property>-<hash>.bin` with a `.json`
 * beside it (property, message, chunking, seed); test/fuzz/regressions.test.ts checks every property
 * on every saved fixture, so a fixed bug stays fixed. Exit code 1 when a property failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURES } from '../helpers/files.js';
import { PROPERTIES } from './properties.js';
import { preview, runFuzz } from './run.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    runs: { type: 'string' },
    seed: { type: 'string' },
    property: { type: 'string', multiple: true },
    'no-save': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(`npm run fuzz -- [--runs N] [--seed S] [--property NAME]… [--no-save]\n  properties: ${PROPERTIES.map((p) => p.name).join(', ')}\n`);
  process.exit(0);
}
const runs = Number(values.runs ?? 1000);
const seed = values.seed !== undefined ? Number(values.seed) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const t0 = performance.now();
process.stdout.write(`fuzz: ${runs} cases, seed ${seed}, properties ${(values.property ?? PROPERTIES.map((p) => p.name)).join(', ')}\n`);

function fnv(b: Uint8Array): string {
  let h = 0x811c9dc5;
  for (const x of b) h = Math.imul(h ^ x, 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const failures = await runFuzz({
  runs,
  seed,
  only: values.property,
  progress: process.stderr.isTTY ? (n, total) => process.stderr.write(`\r  ${n} / ${total} cases  ${((performance.now() - t0) / 1000).toFixed(0)} s`) : undefined,
});
process.stderr.write('\r\x1b[K');
for (const f of failures) {
  process.stdout.write(`\nFAILED ${f.property}: ${f.message}\n  seed ${f.seed}, path ${f.path}, chunking [${f.chunking.join(', ')}]\n  reproducer: ${preview(f.bytes)}\n`);
  if (!values['no-save']) {
    const dir = join(FIXTURES, 'fuzz');
    mkdirSync(dir, { recursive: true });
    const name = `${f.property}-${fnv(f.bytes)}`;
    writeFileSync(join(dir, `${name}.bin`), f.bytes);
    writeFileSync(join(dir, `${name}.json`), JSON.stringify({ property: f.property, message: f.message, chunking: f.chunking, seed: f.seed, path: f.path }, null, 2) + '\n');
    process.stdout.write(`  saved fixtures/fuzz/${name}.bin (a regression fixture: commit it with the fix)\n`);
  }
}
const secs = ((performance.now() - t0) / 1000).toFixed(1);
process.stdout.write(failures.length ? `\n${failures.length} properties failed (${secs} s)\n` : `all ${PROPERTIES.length} properties held on ${runs} cases (${secs} s)\n`);
process.exit(failures.length ? 1 : 0);
