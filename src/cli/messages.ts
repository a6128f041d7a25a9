/**
 * The CLI's own messages (usage errors, I/O errors, notes), in Japanese and English. Rendered at the
 * edge, in the command's locale (`--lang`, else LC_ALL / LC_MESSAGES / LANG; Japanese by default).
 */
import type { Locale } from '../diagnostics/index.js';

type P = Readonly<Record<string, string | number>>;
type T = (p: P) => string;

/** errno codes people meet, explained. */
const ERRNO: Readonly<Record<string, { ja: string; en: string }>> = {
  ENOENT: { ja: 'ファイル又はディレクトリがありません', en: 'no such file or directory' },
  EISDIR: { ja: 'ディレクトリです', en: 'is a directory' },
  ENOTDIR: { ja: 'ディレクトリではありません', en: 'not a directory' },
  EACCES: { ja: '権限がありません', en: 'permission denied' },
  EPERM: { ja: '操作が許可されていません', en: 'operation not permitted' },
  EROFS: { ja: '読み取り専用のファイルシステムです', en: 'read-only file system' },
  ENOSPC: { ja: 'ディスクに空きがありません', en: 'no space left on device' },
  EDQUOT: { ja: 'ディスク使用量の上限を超えました', en: 'disk quota exceeded' },
  EEXIST: { ja: '既にあります', en: 'already exists' },
  ELOOP: { ja: 'シンボリックリンクが循環しています', en: 'too many levels of symbolic links' },
  EMFILE: { ja: '開いているファイルが多すぎます', en: 'too many open files' },
  EIO: { ja: '入出力エラー', en: 'input/output error' },
  EXDEV: { ja: '別のファイルシステムです', en: 'cross-device link' },
};

export function errnoText(code: string, locale: Locale): string {
  const e = ERRNO[code];
  return e ? `${code} (${e[locale]})` : code;
}

const JA: Readonly<Record<string, T>> = {
  'unknown-command': (p) => `コマンド「${p.name}」はありません`,
  'unknown-option': (p) => `オプション「${p.option}」はありません — receden ${p.command} --help で使い方を確認してください`,
  'option-needs-value': (p) => `オプション「${p.option}」には値が必要です`,
  'option-no-value': (p) => `オプション「${p.option}」は値をとりません`,
  'bad-args': (p) => `引数が正しくありません（${p.detail}）`,
  'bad-lang': (p) => `言語「${p.value}」は使えません（ja 又は en）`,
  'bad-preset': (p) => `プリセット「${p.value}」はありません（${p.expected}）`,
  'bad-choice': (p) => `${p.option} は ${p.expected} のいずれかです（指定 ${p.value}）`,
  'excel-needs-csv': () => '--excel は --format csv と一緒に使います',
  'needs-inputs': (p) => `${p.command} には入力ファイルを一つ以上指定してください`,
  'needs-one-input': (p) => `${p.command} には入力ファイルを一つだけ指定してください`,
  'needs-two-inputs': () => 'diff には比較する二つのファイル（前・後）を指定してください',
  'conformance-needs-command': () => 'conformance には -- の後に試すコマンドを指定してください（例: receden conformance -- mytool check）',
  'conformance-no-corpus': (p) => `適合性コーパス（conformance/index.json）が見つかりません（${p.path}）`,
  'needs-output': () => '-o で出力先を指定してください',
  'needs-billing-month': () => '--billing-month YYYYMM を指定してください',
  'bad-billing-month': (p) => `--billing-month は西暦6桁の年月です（例 202501、指定 ${p.value}）`,
  'output-is-input': (p) => `出力先が入力ファイル（${p.path}）と同じです — 入力は上書きしません`,
  'mask-key': (p) => `マスクの鍵（一度だけ表示します。同じ置換で他のファイルをマスクするときは --key ${p.key} を指定してください）`,
  'mask-many-to-file': () => '入力が複数のときは -o にディレクトリを指定してください',
  'mask-refused': (p) => `${p.path}: マスクしたファイルの構成が元と一致しません（${p.detail}）— 書き込みません（--force で書き込み）`,
  'stdin-twice': () => '標準入力（-）は一度しか指定できません',
  'bad-jobs': (p) => `--jobs は 1 以上の整数です（指定 ${p.value}）`,
  'no-files': (p) => `${p.paths} にファイルがありません`,
  'output-not-dir': () => '入力が複数のときは -o に出力先のディレクトリを指定してください',
  'stdin-many': () => '入力が複数のときは標準入力（-）を使えません — 出力ファイルの名前が決まりません',
  'output-twice': (p) => `二つの入力が同じ出力 ${p.path} になります — 入力ファイルの名前が重なっています`,
  'many-payers-one-file': (p) => `レセプトの提出先が${p.count}つ（${p.names}）に分かれます — -o にはファイルではなくディレクトリを指定してください`,
  'convert-sides': () => 'convert の入力か出力のどちらかは JSON（.json / .jsonl）です',
  'convert-stdout-format': () => '-o - で JSON を出すか UKE を出すかは入力で決まります。JSON から JSON への変換はできません',
  'json-too-large': (p) => `JSON 文書が大きすぎます（${p.size} MB、上限 ${p.max} MB） — 大きなファイルは --jsonl（JSON Lines）で変換してください`,
  'json-problem': (p) => `${p.path || '(全体)'}: ${p.message}`,
  'cannot-read': (p) => `${p.path} を読めません: ${p.why}`,
  'cannot-write': (p) => `${p.path} に書き込めません: ${p.why}`,
  'cannot-create': (p) => `ディレクトリ ${p.path} を作れません: ${p.why}`,
  'cannot-rename': (p) => `${p.path} を置き換えられません: ${p.why}`,
  'cannot-open': (p) => `${p.path} を開けません: ${p.why}`,
  'not-written': () => '書き出していません — 上のエラーを直してください（それでも書き出すには --force）',
  'not-a-return': (p) => `${p.path}: 返戻ファイルではありません（${p.kind}） — 返戻理由はありません`,
  'check-only': () => '確認のみ（--check）: 何も書き出していません',
  internal: (p) => `内部エラー（不具合として報告してください）: ${p.detail}`,
};

const EN: Readonly<Record<string, T>> = {
  'unknown-command': (p) => `unknown command "${p.name}"`,
  'unknown-option': (p) => `unknown option "${p.option}" — see receden ${p.command} --help`,
  'option-needs-value': (p) => `option "${p.option}" needs a value`,
  'option-no-value': (p) => `option "${p.option}" takes no value`,
  'bad-args': (p) => `bad arguments (${p.detail})`,
  'bad-lang': (p) => `unknown language "${p.value}" (expected ja or en)`,
  'bad-preset': (p) => `unknown preset "${p.value}" (expected ${p.expected})`,
  'bad-choice': (p) => `${p.option} must be one of ${p.expected} (got "${p.value}")`,
  'excel-needs-csv': () => '--excel applies to --format csv',
  'needs-inputs': (p) => `${p.command} takes one or more input files`,
  'needs-one-input': (p) => `${p.command} takes exactly one input file`,
  'needs-two-inputs': () => 'diff takes exactly two files: <before> <after>',
  'conformance-needs-command': () => 'conformance needs the command to test after -- (e.g. receden conformance -- mytool check)',
  'conformance-no-corpus': (p) => `no conformance corpus (conformance/index.json) found (${p.path})`,
  'needs-output': () => '-o <output> is required',
  'needs-billing-month': () => '--billing-month YYYYMM is required',
  'bad-billing-month': (p) => `--billing-month must be YYYYMM (got "${p.value}")`,
  'output-is-input': (p) => `the output is an input file (${p.path}): inputs are never overwritten`,
  'mask-key': (p) => `masking key (shown once; give --key ${p.key} to mask other files with the same substitutes)`,
  'mask-many-to-file': () => 'with several inputs, -o names a directory',
  'mask-refused': (p) => `${p.path}: the masked file's structure differs from the original (${p.detail}) — not written (--force writes it)`,
  'stdin-twice': () => 'standard input (-) can be given only once',
  'bad-jobs': (p) => `--jobs must be a whole number, 1 or more (got "${p.value}")`,
  'no-files': (p) => `no files in ${p.paths}`,
  'output-not-dir': () => 'with several inputs, -o names the output directory',
  'stdin-many': () => 'standard input (-) cannot be one of several inputs: its output would have no name',
  'output-twice': (p) => `two inputs would write the same output ${p.path}: their file names clash`,
  'many-payers-one-file': (p) => `the receipts go to ${p.count} payers (${p.names}): give a directory with -o, not a file`,
  'convert-sides': () => 'one side of convert must be JSON (.json or .jsonl)',
  'convert-stdout-format': () => 'with -o -, the input decides what is written (JSON for a claim file, the file for JSON); JSON to JSON is not a conversion',
  'json-too-large': (p) => `the JSON document is too large (${p.size} MB, at most ${p.max} MB) — convert large files with --jsonl (JSON Lines)`,
  'json-problem': (p) => `${p.path || '(root)'}: ${p.message}`,
  'cannot-read': (p) => `cannot read ${p.path}: ${p.why}`,
  'cannot-write': (p) => `cannot write ${p.path}: ${p.why}`,
  'cannot-create': (p) => `cannot create directory ${p.path}: ${p.why}`,
  'cannot-rename': (p) => `cannot replace ${p.path}: ${p.why}`,
  'cannot-open': (p) => `cannot open ${p.path}: ${p.why}`,
  'not-written': () => 'nothing written — fix the errors above (or use --force to write anyway)',
  'not-a-return': (p) => `${p.path}: not a return file (${p.kind}); it has no return reasons`,
  'check-only': () => 'check only (--check): nothing written',
  internal: (p) => `internal error (please report): ${p.detail}`,
};

/** Render a CLI message. */
export function cliMessage(key: string, params: P, locale: Locale): string {
  const t = (locale === 'en' ? EN : JA)[key];
  return t ? t(params) : `${key} ${JSON.stringify(params)}`;
}

/** Every message key (the catalogues are kept in sync by a test). */
export function cliMessageKeys(locale: Locale): string[] {
  return Object.keys(locale === 'en' ? EN : JA).sort();
}
