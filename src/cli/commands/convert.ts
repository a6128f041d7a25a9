import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fromJson, toJson } from '../../json.js';
import { serialize } from '../../serialize.js';
import { writeFileAtomic } from '../../node/index.js';
import { readModel } from '../files.js';
import { CliExit, EXIT, usageError, type CliIo } from '../io.js';
import { sameFile } from '../paths.js';

export const HELP_CONVERT = `receden convert <in> -o <out>

  UKE/HEN/SAH → JSON when <out> ends in .json; JSON → UKE/HEN/SAH when <in> ends in .json.
  Converting to JSON and back yields the original bytes.`;

export async function convertCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
  if (positionals.length !== 1 || !values.output) throw usageError('convert takes one input and -o <output>');
  const input = positionals[0]!;
  const output = values.output;
  if (sameFile(io.cwd, input, output)) throw usageError('the output must not be the input file');
  const inJson = extname(input).toLowerCase() === '.json';
  const outJson = extname(output).toLowerCase() === '.json';
  if (inJson === outJson) throw usageError('one side of convert must be .json');
  if (!inJson) {
    const file = await readModel(io.cwd, input);
    await writeOutput(resolve(io.cwd, output), JSON.stringify(toJson(file), null, 1) + '\n');
    return EXIT.OK;
  }
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, input), 'utf8');
  } catch (e) {
    throw new CliExit(EXIT.IO, `cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const r = fromJson(text);
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
