import { basename, join } from 'node:path';
import { createMasker, randomMaskKey } from '../../mask/index.js';
import { parse } from '../../model/parse.js';
import { parseCommand } from '../args.js';
import { openInputs } from '../input.js';
import { CliExit, EXIT, usageError, type CliIo } from '../io.js';
import { cliMessage } from '../messages.js';
import { isStdout, writeOutput, writeOutputs } from '../output.js';
import { sameFile } from '../paths.js';

export const HELP_MASK = `receden mask <files…|-> -o <out|dir|-> [--key KEY] [--remap-search-numbers] [--force] [--json] [--lang ja|en]

  A copy to share (a bug report, test data) without the patient in it: every personal field (氏名,
  カタカナ, 生年月日, 記号・番号, 受給者番号, カルテ番号, 症状詳記, comment text …) gets a synthetic value of the
  same モード and Shift_JIS length — birth dates keep year and month, 保険者番号 and 公費負担者番号 keep
  法別・都道府県 and a check digit as valid as the original's — and every other byte stays, history
  blocks included (masked too: the copy is for sharing, never for submission).
  --key KEY               the secret the substitutes derive from: the same key gives the same substitutes
                          in every file. Without it a random key is made and printed once (on stderr).
  --remap-search-numbers  remap 検索番号 too (the same way in a HEN and the UKE that resubmits it)
  --force                 write even when the masked file does not re-read with the original's structure
  -o                      the output file (one input), a directory (several), or - (standard output)
  Inputs are never overwritten; outputs are written atomically.`;

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_MASK_JA = `receden mask <files…|-> -o <out|dir|-> [--key KEY] [--remap-search-numbers] [--force] [--json] [--lang ja|en]

  患者の情報を含まない共有用のコピー（不具合報告、テストデータ）: 個人に関わる項目（氏名、カタカナ、生年月日、
  記号・番号、受給者番号、カルテ番号、症状詳記、コメント文 …）はすべて、同じモードで Shift_JIS のバイト長も
  同じ合成値に置き換えます — 生年月日は年と月を保ち、保険者番号と公費負担者番号は法別・都道府県を保ち、
  検証番号の正誤も元と同じにします — そのほかのバイトはすべてそのまま残ります。履歴管理ブロックも対象です
  （そこもマスクします: コピーは共有用で、提出用ではありません）。
  --key KEY               置換値を導く秘密の鍵: 同じ鍵なら、どのファイルでも同じ置換値になる。
                          省くとランダムな鍵を作り、一度だけ（標準エラー出力に）表示する。
  --remap-search-numbers  検索番号も置き換える（HEN とそれを再請求する UKE とで同じように）
  --force                 マスクしたファイルを読み直して元と同じ構成にならなくても書き出す
  -o                      出力ファイル（入力が一つのとき）、ディレクトリ（複数のとき）、又は -（標準出力）
  入力は上書きせず、出力はアトミックに書き出します。`;

export async function maskCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals, claimKind, locale } = parseCommand(io, 'mask', args, {
    output: { type: 'string', short: 'o' },
    key: { type: 'string' },
    'remap-search-numbers': { type: 'boolean' },
    force: { type: 'boolean' },
  });
  if (positionals.length === 0) throw usageError('needs-inputs', { command: 'mask' });
  if (!values.output) throw usageError('needs-output');
  const output = values.output;
  const many = positionals.length > 1;
  if (many && isStdout(io, output)) throw usageError('mask-many-to-file');
  const target = (p: string) => (many ? join(output, basename(p === '-' ? 'stdin' : p)) : output);
  for (const p of positionals) if (p !== '-' && !isStdout(io, target(p)) && sameFile(io.cwd, p, target(p))) throw usageError('output-is-input', { path: p });
  let key = values.key;
  if (key === undefined || key === '') {
    key = randomMaskKey();
    io.stderr.write(`receden mask: ${cliMessage('mask-key', { key }, locale)}\n${key}\n`);
  }
  const masker = createMasker({ key, remapSearchNumbers: values['remap-search-numbers'] ?? false });
  const inputs = await openInputs(io, positionals);
  const items: { path: string; data: Uint8Array }[] = [];
  const report: { input: string; output: string; claimKind: string; kind: string; fields: number; wholeLines: number }[] = [];
  try {
    for (const [i, input] of inputs.entries()) {
      const bytes = await input.bytes();
      const r = masker.mask(bytes, { fileName: input.fileName, claimKind });
      // The strict check: the masked bytes read back as the same file — same length, kinds, lines and
      // byte-level findings (a masked field never changes a line's shape).
      const back = parse(r.bytes, { fileName: input.fileName, claimKind });
      const shape = (f: typeof back) => [f.kind, f.claimKind, f.table.start.length, f.receipts.length, f.diagnostics.map((d) => `${d.code}@${d.line}`).join()].join('|');
      const detail = r.bytes.length !== bytes.length ? 'length' : shape(back) !== shape(r.file) ? 'structure' : '';
      if (detail && !values.force) throw new CliExit(EXIT.DATA, 'mask-refused', { path: positionals[i]!, detail });
      items.push({ path: target(positionals[i]!), data: r.bytes });
      report.push({ input: positionals[i]!, output: target(positionals[i]!), claimKind: r.file.claimKind, kind: r.file.kind, fields: r.fields, wholeLines: r.wholeLines });
    }
  } finally {
    for (const i of inputs) await i.close();
  }
  if (many) await writeOutputs(io, items);
  else await writeOutput(io, items[0]!.path, items[0]!.data);
  if (values.json) (isStdout(io, output) ? io.stderr : io.stdout).write(JSON.stringify({ files: report, remapSearchNumbers: values['remap-search-numbers'] ?? false }, null, 2) + '\n');
  return EXIT.OK;
}
