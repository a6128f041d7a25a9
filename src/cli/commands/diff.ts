import { parse } from '../../model/parse.js';
import { diffFiles, maskPersonal, renderDiff } from '../../resubmit/diff.js';
import { parseCommand } from '../args.js';
import { openInputs } from '../input.js';
import { EXIT, usageError, type CliIo } from '../io.js';

export const HELP_DIFF = `receden diff <before> <after> [--json] [--show-personal-data] [--lang ja|en]

  Field-by-field differences between two files (e.g. a return and its resubmission), receipt by
  receipt (paired by 検索番号), with a check that history blocks are byte-identical.
  Patient-identifying values are shown as 「(個人情報)」 unless --show-personal-data is given; the
  fields of a damaged record (field count off its table) are shown by shape only ([漢字4]).
  Either file may be - (standard input).`;

export async function diffCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals, locale, claimKind } = parseCommand(io, 'diff', args, { 'show-personal-data': { type: 'boolean' } });
  if (positionals.length !== 2) throw usageError('needs-two-inputs');
  const [a, b] = await openInputs(io, positionals);
  try {
    const before = parse(await a!.bytes(), { fileName: a!.fileName, claimKind });
    const after = parse(await b!.bytes(), { fileName: b!.fileName, claimKind });
    const d = diffFiles(before, after);
    const show = values['show-personal-data'] ?? false;
    if (values.json) io.stdout.write(JSON.stringify(show ? d : maskPersonal(d), null, 2) + '\n');
    else io.stdout.write(renderDiff(d, { locale, showPersonalData: show }));
    return EXIT.OK;
  } finally {
    await a!.close();
    await b!.close();
  }
}
