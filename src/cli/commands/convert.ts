import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fromJson } from '../../json.js';
import { serialize } from '../../serialize.js';
import { writeFileAtomic } from '../../node/index.js';
import { fileChunks, writeChunksAtomic } from '../../node/stream.js';
import { jsonLinesStream, jsonTextStream } from '../../stream/json.js';
import { CliExit, EXIT, usageError, type CliIo } from '../io.js';
import { sameFile } from '../paths.js';
import { progressFor } from '../progress.js';

export const HELP_CONVERT = `receden convert <in> -o <out> [--jsonl] [--quiet]

  UKE/HEN/SAH → JSON when <out> ends in .json; JSON → UKE/HEN/SAH when <in> ends in .json.
  Converting to JSON and back yields the original bytes.
  --jsonl   JSON Lines (also chosen by an <out> ending in .jsonl): one object per line group —
            {"type":"lead","lines":[…]}, {"type":"receipt","index":0,"claim":[…],"reasons":[…],
            "history":[…]}, …, {"type":"tail","lines":[…]}, {"type":"end","kind":…,"eof":…}.
            A .jsonl input converts back to UKE/HEN/SAH.
  --quiet   no progress line (shown on a terminal for inputs over 4 MB)

  Claim files are streamed to JSON: memory stays flat whatever their size.`;

export async function convertCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, jsonl: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } },
  });
  if (positionals.length !== 1 || !values.output) throw usageError('convert takes one input and -o <output>');
  const input = positionals[0]!;
  const output = values.output;
  if (sameFile(io.cwd, input, output)) throw usageError('the output must not be the input file');
  const isJson = (p: string) => ['.json', '.jsonl'].includes(extname(p).toLowerCase());
  const inJson = isJson(input);
  const outJson = isJson(output) || (values.jsonl ?? false);
  if (inJson === outJson) throw usageError('one side of convert must be .json (or .jsonl)');
  if (!inJson) {
    const lines = values.jsonl || extname(output).toLowerCase() === '.jsonl';
    const path = resolve(io.cwd, input);
    const fileName = basename(input);
    const progress = await progressFor(io, input, values.quiet);
    let read = 0;
    let total = 0;
    if (progress.update) total = (await stat(path)).size;
    const t0 = performance.now();
    const chunks = async function* () {
      for await (const c of fileChunks(path)) {
        read += c.length;
        yield c;
        progress.update?.({ bytes: read, total, receipts: 0, seconds: (performance.now() - t0) / 1000 });
      }
    };
    const text = lines ? jsonLinesStream(chunks(), { fileName }) : jsonTextStream(chunks, { fileName });
    const enc = new TextEncoder();
    const bytes = async function* () {
      for await (const t of text) yield enc.encode(t);
      if (!lines) yield enc.encode('\n');
    };
    try {
      await writeChunksAtomic(resolve(io.cwd, output), bytes());
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (typeof code !== 'string') throw e;
      throw new CliExit(EXIT.IO, read === 0 && code === 'ENOENT' ? `cannot read ${input}: ${code}` : `cannot write ${output}: ${code}`);
    } finally {
      progress.done();
    }
    return EXIT.OK;
  }
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, input), 'utf8');
  } catch (e) {
    throw new CliExit(EXIT.IO, `cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const r = fromJson(extname(input).toLowerCase() === '.jsonl' ? jsonLinesToFile(text) : text);
  if (!r.ok) {
    for (const p of r.problems.slice(0, 50)) io.stderr.write(`${input}: ${p.path || '(root)'}: ${p.message}\n`);
    return EXIT.DATA;
  }
  await writeOutput(resolve(io.cwd, output), serialize(r.file));
  return EXIT.OK;
}

/** Write a command's output atomically; failures become exit code IO. */
export async function writeOutput(path: string, data: Uint8Array | string): Promise<void> {
  try {
    await writeFileAtomic(path, data);
  } catch (e) {
    throw new CliExit(EXIT.IO, `cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** The JSON form from JSON Lines (as `convert --jsonl` writes them); bad lines are left to the schema check. */
function jsonLinesToFile(text: string): unknown {
  const out: { format: string; kind: string; eof: boolean; lead: unknown[]; receipts: unknown[]; tail: unknown[] } = { format: 'receden/1', kind: 'unknown', eof: false, lead: [], receipts: [], tail: [] };
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return `not JSON Lines: ${line.slice(0, 40)}`;
    }
    if (o.type === 'lead') out.lead.push(...((o.lines as unknown[]) ?? []));
    else if (o.type === 'tail') out.tail.push(...((o.lines as unknown[]) ?? []));
    else if (o.type === 'receipt') {
      const { type: _t, index: _i, ...r } = o;
      out.receipts.push(r);
    } else if (o.type === 'end') {
      out.kind = String(o.kind);
      out.eof = o.eof === true;
    }
  }
  return out;
}
