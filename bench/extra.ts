/**
 * Measurements that use the validation and resubmission APIs (kept apart so the core benchmark
 * reads on its own).
 */
// Every measure loads what it uses when it runs, so that the modules of one measure do not weigh on
// the peak RSS of the others (each runs in a process of its own).
import { spawnSync } from 'node:child_process';
import { readFileSync, unlinkSync } from 'node:fs';
import { basename } from 'node:path';

/** The CLI in this process (the path `receden convert` takes), quiet; loaded only by the measures that use it. */
async function cli(argv: string[]): Promise<number> {
  const { run } = await import('../src/cli/run.js');
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
    const { validateFile } = await import('../src/node/stream.js');
    const d = await validateFile(file);
    return { diagnostics: d.length, errors: d.filter((x) => x.severity === 'error').length };
  },
  /** Validation of the whole-file model. */
  async 'whole-validate'(file) {
    const { parse } = await import('../src/model/parse.js');
    const { validate } = await import('../src/validate/index.js');
    const d = validate(parse(readAll(file), { fileName: basename(file) }));
    return { diagnostics: d.length, errors: d.filter((x) => x.severity === 'error').length };
  },
  /** `receden convert x.UKE -o x.jsonl`: UKE → JSON Lines, streamed (MB/s of UKE bytes). */
  async 'jsonl-out'(file, out) {
    const jsonl = `${out === '-' ? file : out}.bench.jsonl`;
    const code = await cli(['convert', file, '-o', jsonl]);
    if (code !== 0) throw new Error(`convert → JSON Lines exited ${code}`);
    unlinkSync(jsonl);
    return { code };
  },
  /** `receden convert x.UKE -o x.json`: UKE → the JSON document, streamed in two passes (MB/s of UKE bytes). */
  async 'json-out'(file, out) {
    const json = `${out === '-' ? file : out}.bench.json`;
    const code = await cli(['convert', file, '-o', json]);
    if (code !== 0) throw new Error(`convert → JSON exited ${code}`);
    unlinkSync(json);
    return { code };
  },
  /**
   * `receden convert x.jsonl -o x.UKE --force`: JSON Lines → UKE, streamed into a temporary file that
   * is checked (two streamed passes) before it is renamed (MB/s of UKE bytes). The JSON Lines are made
   * first, untimed; the output is compared with the input by the harness.
   */
  async 'jsonl-in'(file, out) {
    const jsonl = `${out === '-' ? file : out}.in.bench.jsonl`;
    const target = out === '-' ? `${jsonl}.UKE` : out;
    // The JSON Lines are made by a process of their own, so that this one's peak RSS is the one direction's
    // (UKE → JSON Lines has its own row).
    const prep = spawnSync(process.execPath, [process.argv[1]!, 'jsonl-prepare', file, jsonl], { encoding: 'utf8' });
    if (prep.status !== 0) throw new Error(`convert → JSON Lines failed: ${prep.stderr}`);
    const t0 = performance.now();
    const code = await cli(['convert', jsonl, '-o', target, '--force']);
    const seconds = (performance.now() - t0) / 1000;
    if (code > 1) throw new Error(`JSON Lines → UKE exited ${code}`);
    unlinkSync(jsonl);
    if (out === '-') unlinkSync(target);
    return { code, seconds };
  },
  /** Untimed preparation for `jsonl-in`: `receden convert x.UKE -o <out>` (the JSON Lines are kept). */
  async 'jsonl-prepare'(file, out) {
    const code = await cli(['convert', file, '-o', out]);
    if (code !== 0) throw new Error(`convert → JSON Lines exited ${code}`);
    return { code };
  },
  /** Resubmission of every returned receipt (HEN → 再請求 UKE bytes), whole-file API. */
  async resubmit(file) {
    const { parse } = await import('../src/model/parse.js');
    const { resubmit } = await import('../src/resubmit/index.js');
    const r = resubmit({ returns: [parse(readAll(file), { fileName: basename(file) })], billingMonth: '202501', facility: { name: 'さくら台総合病院', phone: '03-5555-0123' }, force: true });
    return { outputs: r.outputs.length, bytesOut: r.outputs.reduce((n, o) => n + (o.bytes?.length ?? 0), 0), ok: r.ok };
  },
  /**
   * The same resubmission streamed (`receden resubmit` from 32 MB on): plan pass, then each payer's file
   * through its check into a temporary file, renamed (forced: a synthetic 1 GB HEN's GO 総合計点数 needs 11 digits).
   */
  async 'resubmit-stream'(file, out) {
    const { resubmitStream } = await import('../src/resubmit/stream.js');
    const { fileChunks } = await import('../src/node/stream.js');
    const { writeAllAtomic } = await import('../src/node/write.js');
    const plan = await resubmitStream({ returns: [() => fileChunks(file, { chunkBytes: 256 * 1024 })], fileNames: [basename(file)], billingMonth: '202501', facility: { name: 'さくら台総合病院', phone: '03-5555-0123' }, force: true });
    const target = out === '-' ? `${file}.resubmit.tmp` : out;
    const sizes = await writeAllAtomic(plan.outputs.map((o, i) => ({ path: i === 0 ? target : `${target}.${i}`, data: o.chunks({ chunkBytes: 256 * 1024 }) })));
    for (const [i] of plan.outputs.entries()) unlinkSync(i === 0 ? target : `${target}.${i}`);
    return { outputs: plan.outputs.length, bytesOut: sizes.reduce((n, x) => n + x, 0), ok: plan.ok };
  },
};
