/**
 * One benchmark measurement, run in a fresh process by bench/run.ts so that its peak RSS is its
 * own: `node child.mjs <measurement> <file>` prints one JSON line
 * `{ seconds, bytes, maxRssMB, ...extra }`. The clock starts before the file is opened.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeLines } from '../src/codec/lines.js';
import { parseFileStream, writeEventsAtomic } from '../src/node/stream.js';
import { parse } from '../src/model/parse.js';
import { ChunkWriter } from '../src/stream/serialize.js';
import { generate } from './generate.js';
import { generateClaimFile, type GeneratedKind } from '../src/testing/files.js';
import { MEASURES_EXTRA } from './extra.js';

type Result = Record<string, number | string | boolean>;
type Measure = (file: string, out: string) => Promise<Result>;

function readAll(file: string): Uint8Array {
  const b = readFileSync(file);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

const MEASURES: Record<string, Measure> = {
  /** Nothing: the child's own footprint (Node + the bundle), for reading the RSS of the others. */
  async noop() {
    return {};
  },

  /** (a) the floor: read the file in 1 MiB chunks (one reused buffer) and find every line end. */
  async floor(file) {
    let lines = 0;
    const fh = await open(file, 'r');
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      const c = buf.subarray(0, bytesRead);
      let p = c.indexOf(0x0a);
      while (p !== -1) {
        lines++;
        p = c.indexOf(0x0a, p + 1);
      }
    }
    await fh.close();
    return { lines };
  },

  /** (b) Node's built-in TextDecoder('shift_jis') on the whole file. */
  async textdecoder(file) {
    const text = new TextDecoder('shift_jis').decode(readAll(file));
    return { chars: text.length };
  },

  /** (c) off-the-shelf parts: iconv-lite decode stream → csv-parse stream, every record as an array of strings. */
  async baseline(file) {
    // Loaded here, so that no other measurement pays for them in memory.
    const { parse: csvParse } = await import('csv-parse');
    const iconv = (await import('iconv-lite')).default;
    let records = 0;
    let si = 0;
    const parser = createReadStream(file, { highWaterMark: 1 << 20 })
      .pipe(iconv.decodeStream('Shift_JIS'))
      .pipe(csvParse({ relax_column_count: true, skip_empty_lines: true }));
    for await (const rec of parser as AsyncIterable<string[]>) {
      records++;
      if (rec[0] === 'SI') si++;
    }
    return { records, si };
  },

  /** (d) streaming parse: every receipt, every record typed (its id read). */
  async 'stream-parse'(file) {
    let receipts = 0;
    let records = 0;
    let diagnostics = 0;
    for await (const e of parseFileStream(file)) {
      if (e.type === 'receipt') {
        receipts++;
        for (const r of e.receipt.records) if (r.id) records++;
      } else if (e.type === 'end') diagnostics = e.diagnostics.length;
    }
    return { receipts, records, diagnostics };
  },

  /** (d) whole-file parse: read, parse, every record typed; plus the model's size in memory. */
  async 'whole-parse'(file) {
    globalThis.gc?.();
    const before = memory();
    const bytes = readAll(file);
    const f = parse(bytes, { fileName: basename(file) });
    let records = 0;
    for (const r of f.receipts) for (const x of r.records) if (x.id) records++;
    const seconds = performance.now() - T0;
    globalThis.gc?.();
    const model = memory() - before;
    // Keep the model alive until measured.
    return { receipts: f.receipts.length, records, modelMB: model / 2 ** 20, modelRatio: model / bytes.length, seconds: seconds / 1000, diagnostics: f.diagnostics.length };
  },

  /**
   * (d) streaming round trip: parse and serialize every part (nothing changed) into 64 KiB chunks.
   * Timed without the disk; then, untimed, the same pipeline writes `out` for the byte-identity check.
   */
  async 'stream-roundtrip'(file, out) {
    let n = 0;
    const w = new ChunkWriter((c) => (n += c.length), { reuseBuffer: true });
    for await (const e of parseFileStream(file)) w.write(e);
    w.flush();
    const seconds = (performance.now() - T0) / 1000;
    // The copy for the byte-identity check is written by a process of its own, so that this one's
    // peak RSS is the round trip's (in the same process it added the write's heap: 102 MB for 1 GB
    // against 96 MB measured without it).
    if (out !== '-') {
      const r = spawnSync(process.execPath, [process.argv[1]!, 'stream-copy', file, out], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`identity copy failed: ${r.stderr}`);
    }
    return { written: n, seconds };
  },

  /** (d) whole-file round trip: read, parse, serialize to bytes (then, untimed, write `out` for the check). */
  async 'whole-roundtrip'(file, out) {
    const f = parse(readAll(file), { fileName: basename(file) });
    const b = writeLines(f.table);
    const seconds = (performance.now() - T0) / 1000;
    if (out !== '-') writeFileSync(out, b);
    return { written: b.length, seconds };
  },

  /** File to file: stream-parse and write a copy to disk (what `convert`-like tools do), disk included. */
  async 'stream-copy'(file, out) {
    const n = await writeEventsAtomic(out === '-' ? file + '.copy.tmp' : out, parseFileStream(file));
    return { written: n };
  },

  ...MEASURES_EXTRA,
};

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

let T0 = 0;

async function main(): Promise<void> {
  const [what, file, out, sizeArg, seedArg] = process.argv.slice(2);
  if (what === 'generate-kind') {
    // A 歯科 / 調剤 claim file from receden/testing's generator, grown to the size asked for.
    const kind = file as GeneratedKind;
    const target = Number(sizeArg) * 1_000_000;
    const per = generateClaimFile({ claimKind: kind, receipts: 200, seed: Number(seedArg ?? 1) }).length / 200;
    const bytes = generateClaimFile({ claimKind: kind, receipts: Math.max(1, Math.round(target / per)), seed: Number(seedArg ?? 1) });
    writeFileSync(out!, bytes);
    process.stdout.write(JSON.stringify({ bytes: bytes.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
    return;
  }
  if (what === 'generate') {
    const kind = file as 'UKE' | 'HEN';
    const bytes = await generate({ kind, bytes: Number(sizeArg) * 1_000_000, seed: Number(seedArg ?? 1), out: out! });
    process.stdout.write(JSON.stringify({ bytes, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
    return;
  }
  const m = MEASURES[what!];
  if (!m || !file) throw new Error(`usage: child.mjs <${Object.keys(MEASURES).join('|')}> <file> [out]`);
  const bytes = statSync(file).size;
  T0 = performance.now();
  const r = await m(file, out ?? join(file + '.out.tmp'));
  const seconds = typeof r.seconds === 'number' ? r.seconds : (performance.now() - T0) / 1000;
  process.stdout.write(JSON.stringify({ ...r, seconds, bytes, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
