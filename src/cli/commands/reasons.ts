import type { Locale } from '../../diagnostics/index.js';
import { reasonGrouper, groupsToCsv, reasonsCsvWriter, REASON_GROUP_KEYS, type ReasonGroup, type ReasonGroupKey, type ReasonRow } from '../../resubmit/reasons.js';
import { reasonsEach } from '../../resubmit/reasons-stream.js';
import { scanStream } from '../../stream/scan.js';
import type { WriteData } from '../../node/write.js';
import { choice, parseCommand } from '../args.js';
import { openInput, type Input } from '../input.js';
import { CliExit, EXIT, usageError, type CliIo } from '../io.js';
import { writeOutput } from '../output.js';
import { cliMessage } from '../messages.js';
import { sameFile } from '../paths.js';
import type { Progress } from '../progress.js';
import { expandInputs, jobsOption, runBatch, type BatchItem, type FileTask } from '../batch.js';
import type { ClaimKind } from '../../spec/types.js';

export const HELP_REASONS = `receden reasons <files…|-> [--format table|csv|json] [--json] [--by 返戻区分|事由|診療識別|月|診療年月]
                [--excel bom|sjis] [--show-names] [-o <out|->] [--jobs N] [--lang ja|en] [--quiet]

  Return reasons (HR) of RECEIPTC.HEN / RECEIPTC.SAH files: one row per reason (検索番号, 診療年月,
  レセプト種別, 返戻区分, 診療識別, 返戻事由コード, 返戻理由, 補足事項, 補正情報), across all files.
  Rows are written as they are read: any number of reasons, with flat memory.
  --by           count reasons by 返戻区分, 事由 (返戻事由コード), 診療識別, 月 (処理年月) or 診療年月
  --format       table (default), csv or json (--json is --format json)
  --excel        CSV for Excel: bom = UTF-8 with BOM, sjis = Shift_JIS (implies --format csv)
  --show-names   include patient names (off by default)
  -o <out>       write to a file (atomically) instead of stdout
  --jobs N       read N files at a time, on worker threads (default: the number of cores); rows in input order
  A directory stands for its regular files, sorted by name (not recursive; hidden files skipped).
  --quiet        no progress line (shown on a terminal for inputs over 4 MB)`;

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_REASONS_JA = `receden reasons <files…|-> [--format table|csv|json] [--json] [--by 返戻区分|事由|診療識別|月|診療年月]
                [--excel bom|sjis] [--show-names] [-o <out|->] [--jobs N] [--lang ja|en] [--quiet]

  RECEIPTC.HEN / RECEIPTC.SAH の返戻理由（HR）を、すべてのファイルを通して返戻理由1件につき1行で
  出力します（検索番号、診療年月、レセプト種別、返戻区分、診療識別、返戻事由コード、返戻理由、補足事項、
  補正情報）。行は読んだそばから書き出すため、返戻理由がいくつあってもメモリー使用量は一定です。
  --by           返戻理由を返戻区分、事由（返戻事由コード）、診療識別、月（処理年月）又は診療年月ごとに数える
  --format       table（既定）、csv 又は json（--json は --format json と同じ）
  --excel        Excel 向けの CSV: bom = BOM 付き UTF-8、sjis = Shift_JIS（--format csv を兼ねる）
  --show-names   患者氏名を含める（既定では含めない）
  -o <out>       標準出力ではなくファイルに（アトミックに）書き出す
  --jobs N       N 個のファイルをワーカースレッドで同時に読む（既定: CPU のコア数）。行は入力順
  ディレクトリはその中の通常ファイルを名前順に指定したものとみなします（再帰せず、隠しファイルは除く）。
  --quiet        進捗行を出さない（進捗行は 4 MB を超える入力のとき端末に表示）`;

const FORMATS = ['table', 'csv', 'json'] as const;

export async function reasonsCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals, locale, claimKind } = parseCommand(io, 'reasons', args, {
    format: { type: 'string' },
    by: { type: 'string' },
    excel: { type: 'string' },
    'show-names': { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    jobs: { type: 'string' },
  });
  if (positionals.length === 0) throw usageError('needs-inputs', { command: 'reasons' });
  const jobs = jobsOption(values.jobs);
  const excel = choice('--excel', values.excel, ['bom', 'sjis'] as const);
  const format = choice('--format', values.format, FORMATS) ?? (values.json ? 'json' : excel ? 'csv' : 'table');
  if (excel && format !== 'csv') throw usageError('excel-needs-csv');
  const by = choice('--by', values.by, REASON_GROUP_KEYS);
  const output = values.output ?? '-';
  const expanded = (await expandInputs(io, positionals)).items;
  if (output !== '-') for (const { path } of expanded) if (path !== '-' && sameFile(io.cwd, path, output)) throw usageError('output-is-input', { path });
  // Every input is opened before anything is written (an unreadable one fails the command first);
  // those read once (standard input, pipes) are read here, the files are read by their tasks.
  const items: BatchItem[] = [];
  const inputs: Input[] = [];
  try {
    for (const item of expanded) {
      const input = await openInput(io, item.path);
      inputs.push(input);
      items.push(item.local ? { ...item, input } : item);
    }
  } catch (e) {
    for (const i of inputs) await i.close();
    throw e;
  }
  const showNames = values['show-names'] ?? false;
  try {
    const options: ReasonsTaskOptions = { fileNames: inputs.map((i) => i.fileName ?? i.label), showNames, claimKind };
    const notReturns: [string, string][] = [];
    const run = async (write: (s: string | Uint8Array) => void) => {
      const sink = rowSink(format, by, excel, showNames, locale, write);
      await runBatch(io, {
        command: 'reasons',
        task: reasonsTask,
        options,
        items,
        jobs,
        quiet: values.quiet,
        onValue(v) {
          if ('rows' in v) for (const r of v.rows) sink.row(r);
          else notReturns.push(v.notReturn);
        },
      });
      sink.end();
    };
    // Text goes to standard output as text; a file gets the bytes (atomically).
    if (output === '-') await run((s) => io.stdout.write(s));
    else {
      const enc = new TextEncoder();
      const data: WriteData = { produce: (write) => run((s) => write(typeof s === 'string' ? enc.encode(s) : s)) };
      await writeOutput(io, output, data);
    }
    for (const [path, kind] of notReturns) io.stderr.write(`receden reasons: ${cliMessage('not-a-return', { path, kind }, locale)}\n`);
    return EXIT.OK;
  } finally {
    for (const i of inputs) await i.close();
  }
}

interface ReasonsTaskOptions {
  /** The file names of all the inputs (each row names its file). */
  readonly fileNames: readonly string[];
  readonly showNames: boolean;
  readonly claimKind: ClaimKind | undefined;
}

/** Rows of a file (in batches), or a file that is not a return: [path, kind]. */
type ReasonsValue = { readonly rows: ReasonRow[] } | { readonly notReturn: [string, string] };

/** Rows are emitted in batches of this many. */
const ROW_BATCH = 1000;

/** The return reasons of one file (on a worker thread in a batch), emitted as rows. */
export const reasonsTask: FileTask<ReasonsTaskOptions, ReasonsValue> = async (ctx, o) => {
  const input = await ctx.open();
  try {
    const progress = ctx.progress(input.label, input.size);
    // Two passes: the kind first (each row says it), then the rows as they are read.
    progress.pass(1, 2);
    const first = await scanStream(counted(input, progress), { fileName: input.fileName, claimKind: o.claimKind, diagnostics: false });
    if (first.kind !== 'HEN' && first.kind !== 'SAH') ctx.emit({ notReturn: [input.label, first.kind] });
    progress.pass(2, 2);
    let rows: ReasonRow[] = [];
    await reasonsEach(counted(input, progress), { file: ctx.index, fileNames: o.fileNames, showPersonalData: o.showNames, kind: first.kind, claimKind: o.claimKind, fileName: input.fileName }, (row) => {
      rows.push(row);
      if (rows.length >= ROW_BATCH) {
        ctx.emit({ rows });
        rows = [];
      }
    });
    if (rows.length > 0) ctx.emit({ rows });
    progress.done();
  } finally {
    await input.close();
  }
};

async function* counted(input: Input, progress: Progress): AsyncGenerator<Uint8Array> {
  let n = 0;
  for await (const c of input.chunks()) {
    n += c.length;
    yield c;
    progress.update(n);
  }
}

/** Where rows go, in the chosen format; writes in batches so output is streamed. */
function rowSink(
  format: (typeof FORMATS)[number],
  by: ReasonGroupKey | undefined,
  excel: 'bom' | 'sjis' | undefined,
  showNames: boolean,
  locale: Locale,
  out: (s: string | Uint8Array) => void,
): { row(r: ReasonRow): void; end(): void } {
  if (by) {
    const g = reasonGrouper(by);
    return {
      row: (r) => g.add(r),
      end() {
        const groups = g.groups();
        if (format === 'json') out(JSON.stringify({ by, groups }, null, 2) + '\n');
        else if (format === 'csv') {
          const r = groupsToCsv(groups, by, excel ? { excel } : {});
          if (!r.ok) throw new CliExit(EXIT.DATA, 'json-problem', { path: '', message: r.error });
          out(r.bytes);
        } else out(groupTable(groups, by, locale));
      },
    };
  }
  const batch: ReasonRow[] = [];
  let count = 0;
  const csv = format === 'csv' ? reasonsCsvWriter(showNames, excel ? { excel } : {}) : undefined;
  const flush = () => {
    if (batch.length === 0) return;
    if (csv) {
      const r = csv.rows(batch);
      if (!r.ok) throw new CliExit(EXIT.DATA, 'json-problem', { path: '', message: r.error });
      out(r.bytes);
    } else if (format === 'json') out(batch.map((r, i) => `${count - batch.length + i === 0 ? '' : ',\n'}    ${JSON.stringify(r)}`).join(''));
    else out(batch.map((r) => reasonLines(r, locale)).join(''));
    batch.length = 0;
  };
  if (csv) {
    const h = csv.header();
    if (!h.ok) throw new CliExit(EXIT.DATA, 'json-problem', { path: '', message: h.error });
    out(h.bytes);
  } else if (format === 'json') out('{\n  "reasons": [\n');
  return {
    row(r) {
      batch.push(r);
      count++;
      if (batch.length >= 1000) flush();
    },
    end() {
      flush();
      if (format === 'json') out(count ? '\n  ]\n}\n' : '  ]\n}\n');
      else if (format === 'table' && count === 0) out(locale === 'en' ? 'No return reasons\n' : '返戻理由はありません\n');
    },
  };
}

function reasonLines(r: ReasonRow, locale: Locale): string {
  const en = locale === 'en';
  const lines = [
    en
      ? `${r.fileName ? `${r.fileName} ` : ''}#${r.position} search number ${r.searchNumber || '-'} service month ${r.serviceMonth} type ${r.receiptType}${r.patientName !== undefined ? ` name ${r.patientName}` : ''}`
      : `${r.fileName ? `${r.fileName} ` : ''}#${r.position} 検索番号 ${r.searchNumber || '-'} 診療年月 ${r.serviceMonth} 種別 ${r.receiptType}${r.patientName !== undefined ? ` 氏名 ${r.patientName}` : ''}`,
    en
      ? `  category ${r.category} ${r.categoryMeaning} / practice ${r.practice || '-'}${r.practiceMeaning ? ` ${r.practiceMeaning}` : ''} / reason ${r.code || '-'}${r.codeMeaning ? ` ${r.codeMeaning}` : ''}${r.correction ? ` / correction ${r.correction} ${r.correctionMeaning}` : ''}`
      : `  返戻区分 ${r.category} ${r.categoryMeaning} / 診療識別 ${r.practice || '-'}${r.practiceMeaning ? ` ${r.practiceMeaning}` : ''} / 事由 ${r.code || '-'}${r.codeMeaning ? ` ${r.codeMeaning}` : ''}${r.correction ? ` / 補正情報 ${r.correction} ${r.correctionMeaning}` : ''}`,
    `  ${r.text}`,
  ];
  if (r.supplement) lines.push(en ? `  supplement: ${r.supplement}` : `  補足: ${r.supplement}`);
  return lines.join('\n') + '\n';
}

function groupTable(groups: readonly ReasonGroup[], by: ReasonGroupKey, locale: Locale): string {
  const en = locale === 'en';
  const lines = [en ? `${by}\treasons\treceipts\tmeaning` : `${by}\t件数(返戻理由)\t件数(レセプト)\t名称`];
  for (const g of groups) lines.push(`${g.key || (en ? '(not recorded)' : '(記録なし)')}\t${g.reasons}\t${g.receipts}\t${g.meaning}`);
  return lines.join('\n') + '\n';
}
