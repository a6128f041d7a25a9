import { parse } from '../../model/parse.js';
import { renderFile } from '../../render/index.js';
import { parseCommand } from '../args.js';
import { openInput } from '../input.js';
import { EXIT, usageError, type CliIo } from '../io.js';
import { writeOutput } from '../output.js';
import { sameFile } from '../paths.js';

export const HELP_PRINT = `receden print <RECEIPTC.HEN|SAH|UKE|-> [-o out.html] [--show-names] [--show-personal-data] [--lang ja|en]

  A printable document (紙で確認): one receipt per A4 page, headed by the file's header, with the return
  reasons (返戻区分, 返戻事由, 返戻理由, 補足事項, 補正情報) first and the 摘要 part of the 診療識別 a reason
  names highlighted, then the patient, insurer and 公費 blocks, 傷病名, 摘要 by 診療識別, totals and a
  summary of the history block. Self-contained HTML (inline CSS, nothing loaded); the same input gives
  the same bytes. Print it from a browser, or save it as PDF.
  -o <out.html>          write to a file (atomically) instead of stdout
  --show-names           show patient names (masked as 「(個人情報)」 by default)
  --show-personal-data   show every patient-identifying value (氏名, 生年月日, 記号・番号 …)`;

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_PRINT_JA = `receden print <RECEIPTC.HEN|SAH|UKE|-> [-o out.html] [--show-names] [--show-personal-data] [--lang ja|en]

  印刷用の文書（紙で確認）: A4 1ページに1レセプト。各ページの冒頭にファイルのヘッダー、まず返戻理由
  （返戻区分、返戻事由、返戻理由、補足事項、補正情報）を示し、返戻理由が指す診療識別の摘要部分を強調します。
  続いて患者・保険者・公費の各ブロック、傷病名、診療識別ごとの摘要、合計、履歴管理ブロックの概要。
  自己完結した HTML（CSS はインライン、何も読み込まない）で、同じ入力からは同じバイト列になります。
  ブラウザーから印刷するか、PDF として保存してください。
  -o <out.html>          標準出力ではなくファイルに（アトミックに）書き出す
  --show-names           患者氏名を表示する（既定では「(個人情報)」と伏せる）
  --show-personal-data   患者を特定できる値（氏名、生年月日、記号・番号 …）をすべて表示する`;

export async function printCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals, locale, claimKind } = parseCommand(io, 'print', args, {
    output: { type: 'string', short: 'o' },
    'show-names': { type: 'boolean' },
    'show-personal-data': { type: 'boolean' },
  });
  if (positionals.length !== 1) throw usageError('needs-one-input', { command: 'print' });
  const output = values.output ?? '-';
  if (output !== '-' && positionals[0] !== '-' && sameFile(io.cwd, positionals[0]!, output)) throw usageError('output-is-input', { path: positionals[0]! });
  const input = await openInput(io, positionals[0]!);
  try {
    const file = parse(await input.bytes(), { fileName: input.fileName, claimKind });
    const html = renderFile(file, {
      locale,
      showNames: values['show-names'] ?? false,
      showPersonalData: values['show-personal-data'] ?? false,
      ...(input.fileName ? { fileName: input.fileName } : {}),
    });
    await writeOutput(io, output, new TextEncoder().encode(html));
    return EXIT.OK;
  } finally {
    await input.close();
  }
}
