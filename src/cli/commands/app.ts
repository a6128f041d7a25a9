import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseCommand } from '../args.js';
import { IoExit, EXIT, usageError, type CliIo } from '../io.js';
import { writeOutput } from '../output.js';

export const HELP_APP = `receden app [-o receden-app.html]

  Writes the offline correction app: one self-contained HTML file (inline script and styles; its
  Content-Security-Policy forbids every connection) that runs from file:// in a browser. Open returns
  (HEN / SAH) and this month's claims (UKE), see each receipt with its reasons (as receden print shows it),
  correct fields with the verdict shown as you type, add or delete records, drop receipts, see the audit
  diff, and download the resubmission (one RECEIPTC.UKE per payer, refused on errors as receden resubmit
  refuses) and the corrections file (replayable with receden resubmit --corrections). Japanese, or English.
  -o <file>        where to write it (default receden-app.html; - is stdout)`;

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_APP_JA = `receden app [-o receden-app.html]

  オフラインの修正アプリを書き出します: ブラウザーで file:// から動く自己完結した HTML ファイル1つ
  （スクリプトとスタイルはインライン。Content-Security-Policy で通信はすべて禁止）。返戻（HEN / SAH）と
  当月の請求（UKE）を開き、各レセプトを返戻理由とともに（receden print と同じ形で）表示し、入力する
  そばから判定を見ながら項目を修正し、レコードを追加・削除し、レセプトを取り下げ、監査（変更前後の差分）
  を確かめて、再請求ファイル（審査支払機関ごとに RECEIPTC.UKE 1つ。receden resubmit と同じく、エラーが
  あれば作らない）と修正指示ファイル（receden resubmit --corrections で再適用できる）をダウンロード
  できます。表示は日本語又は英語。
  -o <file>        書き出し先（既定 receden-app.html。- は標準出力）`;

/** The built app: dist/app.html beside the bundled CLI, or (running from the sources) in dist/. */
const CANDIDATES = ['./app.html', '../../../dist/app.html'];

export async function appCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(io, 'app', args, { output: { type: 'string', short: 'o' } });
  if (positionals.length > 0) throw usageError('bad-args', { detail: positionals.join(' ') });
  let html: Uint8Array | undefined;
  for (const c of CANDIDATES) {
    try {
      html = new Uint8Array(await readFile(fileURLToPath(new URL(c, import.meta.url))));
      break;
    } catch {
      // try the next place
    }
  }
  if (!html) throw new IoExit('read', 'dist/app.html', 'ENOENT');
  await writeOutput(io, values.output ?? 'receden-app.html', html);
  return EXIT.OK;
}
