import { parseArgs } from 'node:util';
import { diffFiles, maskPersonal, renderDiff } from '../../resubmit/diff.js';
import { readModel } from '../files.js';
import { EXIT, usageError, type CliIo } from '../io.js';

export const HELP_DIFF = `receden diff <before> <after> [--json] [--show-personal-data] [--lang ja|en]

  Field-by-field differences between two files (e.g. a return and its resubmission), receipt by
  receipt (paired by 検索番号), with a check that history blocks are byte-identical.
  Patient-identifying values are shown as 「(個人情報)」 unless --show-personal-data is given.`;

export async function diffCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'show-personal-data': { type: 'boolean' }, lang: { type: 'string' } },
  });
  if (positionals.length !== 2) throw usageError('diff takes exactly two files: <before> <after>');
  const locale = values.lang === 'en' ? 'en' : 'ja';
  if (values.lang !== undefined && values.lang !== 'ja' && values.lang !== 'en') throw usageError('--lang must be ja or en');
  const before = await readModel(io.cwd, positionals[0]!);
  const after = await readModel(io.cwd, positionals[1]!);
  const d = diffFiles(before, after);
  const show = values['show-personal-data'] ?? false;
  if (values.json) io.stdout.write(JSON.stringify(show ? d : maskPersonal(d), null, 2) + '\n');
  else io.stdout.write(renderDiff(d, { locale, showPersonalData: show }));
  return EXIT.OK;
}
