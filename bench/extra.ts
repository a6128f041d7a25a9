/**
 * Measurements that use the validation and resubmission APIs (kept apart so the core benchmark
 * reads on its own).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { validateFile } from '../src/node/stream.js';
import { parse } from '../src/parse.js';
import { resubmit } from '../src/resubmit/index.js';
import { validate } from '../src/validate/index.js';
import { run } from '../src/cli/run.js';
import { unlinkSync } from 'node:fs';

/** The CLI in this process (the path `receden convert` takes), quiet. */
async function cli(argv: string[]): Promise<number> {
  return run({ argv: [...argv, '--quiet'], cwd: process.cwd(), stdout: { write: () => true }, stderr: { write: () => true } });
}

type Result = Record<string, number | string | boolean>;
type Measure = (file: string, out: string) => Promise<Result>;

function readAll(file: string): Uint8Array {
  const b = readFileSync(file);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export const MEASURES_EXTRA: Record<string, Measure> = {
  /** Validation with flat memory: two streamed passes (kind first, then the rules receipt by receipt). */
  async 'stream-validate'(file) {
    const d = await validateFile(file);
    return { diagnostics: d.length, errors: d.filter((x) => x.severity === 'error').length };
  },
  /** Validation of the whole-file model. */
  async 'whole-validate'(file) {
    const d = validate(parse(readAll(file), { fileName: basename(file) }));
    return { diagnostics: d.length, errors: d.filter((x) => x.severity === 'error').length };
  },
  /** `receden convert x.UKE -o x.jsonl`: UKE → JSON Lines, streamed (MB/s of UKE bytes). */
  async 'jsonl-out'(file, out) {
    const code = await cli(['convert', file, '-o', `${out}.jsonl`]);
    unlinkSync(`${out}.jsonl`);
    return { code };
  },
  /**
   * `receden convert x.jsonl -o x.UKE --force`: JSON Lines → UKE, streamed into a temporary file that
   * is checked (two streamed passes) before it is renamed (MB/s of UKE bytes). The JSON Lines are made
   * first, untimed; the output is compared with the input by the harness.
   */
  async 'jsonl-in'(file, out) {
    const jsonl = `${out}.in.jsonl`;
    await cli(['convert', file, '-o', jsonl]);
    const t0 = performance.now();
    const code = await cli(['convert', jsonl, '-o', out === '-' ? `${jsonl}.UKE` : out, '--force']);
    const seconds = (performance.now() - t0) / 1000;
    unlinkSync(jsonl);
    if (out === '-') unlinkSync(`${jsonl}.UKE`);
    return { code, seconds };
  },
  /** Resubmission of every returned receipt (HEN → 再請求 UKE bytes), whole-file API. */
  async resubmit(file) {
    const r = resubmit({ returns: [parse(readAll(file), { fileName: basename(file) })], billingMonth: '202501', facility: { name: 'さくら台総合病院', phone: '03-5555-0123' }, force: true });
    return { outputs: r.outputs.length, bytesOut: r.outputs.reduce((n, o) => n + (o.bytes?.length ?? 0), 0), ok: r.ok };
  },
};
