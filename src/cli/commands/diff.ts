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

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_DIFF_JA = `receden diff <before> <after> [--json] [--show-personal-data] [--lang ja|en]

  二つのファイル（例: 返戻とその再請求ファイル）の項目ごとの差分を、レセプトごとに（検索番号で
  対応付けて）示し、履歴管理ブロックがバイト単位で同一であることも確かめます。
  患者を特定できる値は、--show-personal-data を指定しない限り「(個人情報)」と表示します。
  壊れたレコード（項目数がそのレコードの定義と合わない）の項目は形だけを示します（[漢字4]）。
  どちらのファイルも -（標準入力）にできます。`;

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
