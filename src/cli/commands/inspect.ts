import { KINDS } from '../../spec/kinds.js';
import { editionIn } from '../../spec/editions.js';
import type { Locale } from '../../diagnostics/index.js';
import { summarize, summarizeReceipt, type FileSummary, type ReceiptSummary } from '../../model/inspect.js';
import type { ReceFile } from '../../model/file.js';
import { editionMismatch, editionOption, parseCommand } from '../args.js';
import type { Input } from '../input.js';
import { EXIT, usageError, type CliIo } from '../io.js';
import { expandInputs, jobsOption, runBatch, withInput, type FileTask, type TaskContext } from '../batch.js';
import type { ClaimKind } from '../../spec/types.js';
import { streamPass } from '../stream.js';

export const HELP_INSPECT = `receden inspect <files…|-> [--json] [--show-names] [--edition ID] [--jobs N] [--lang ja|en] [--quiet]

  Kind (UKE / HEN / SAH), claim kind, edition, payer, facility code, 請求年月, receipt count, totals;
  for returns each receipt's 検索番号, 診療年月 and reasons.
  --json         machine-readable output
  --show-names   include patient names (off by default)
  --edition ID   read the file as that edition (医科 R04 | H30 | H28 …) instead of telling it from
                 the header's 請求年月 (GYYMM: an edition before R02)
  --quiet        no progress line (shown on a terminal for inputs over 4 MB)
  --jobs N       inspect N files at a time, on worker threads (default: the number of cores)

  The file is streamed: memory stays flat whatever its size. - reads standard input.
  Several files (or a directory: its regular files, sorted by name, not recursive, hidden ones skipped):
  each summary headed by its path; --json gives {"files":[…]}.`;

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_INSPECT_JA = `receden inspect <files…|-> [--json] [--show-names] [--edition ID] [--jobs N] [--lang ja|en] [--quiet]

  種別（UKE / HEN / SAH）、種類（医科・歯科 …）、版、審査支払機関、医療機関コード、請求年月、
  レセプト件数、合計を示します。返戻ファイルでは、レセプトごとの検索番号、診療年月、返戻理由も示します。
  --json         機械可読な出力（JSON）
  --show-names   患者氏名を含める（既定では含めない）
  --edition ID   ヘッダーの請求年月から版を判定せず、指定した版（医科 R04 | H30 | H28 …）として読む
                 （請求年月が GYYMM なら R02 より前の版）
  --quiet        進捗行を出さない（進捗行は 4 MB を超える入力のとき端末に表示）
  --jobs N       N 個のファイルをワーカースレッドで同時に調べる（既定: CPU のコア数）

  ファイルはストリームで読むため、大きさにかかわらずメモリー使用量は一定です。- は標準入力を読みます。
  複数のファイル（又はディレクトリ: その中の通常ファイルを名前順に。再帰せず、隠しファイルは除く）では、
  要約ごとに先頭にそのパスを示します。--json では {"files":[…]} を出力します。`;

export async function inspectCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals, locale, claimKind } = parseCommand(io, 'inspect', args, { 'show-names': { type: 'boolean' }, edition: { type: 'string' }, jobs: { type: 'string' } });
  const edition = editionOption(values.edition);
  const jobs = jobsOption(values.jobs);
  if (positionals.length === 0) throw usageError('needs-inputs', { command: 'inspect' });
  const { items, many } = await expandInputs(io, positionals);
  const options: InspectTaskOptions = { showNames: values['show-names'] ?? false, claimKind, edition, locale, json: values.json ?? false, many };
  const files: (FileSummary & { file: string })[] = [];
  const exit = await runBatch(io, {
    command: 'inspect',
    task: inspectTask,
    options,
    items,
    jobs,
    quiet: values.quiet,
    onValue: (v) => files.push(v.summary),
  });
  if (many && values.json) io.stdout.write(JSON.stringify({ files }, null, 2) + '\n');
  return exit;
}

interface InspectTaskOptions {
  readonly showNames: boolean;
  readonly claimKind: ClaimKind | undefined;
  readonly edition: string | undefined;
  readonly locale: Locale;
  readonly json: boolean;
  /** Several files asked for (more than one argument, or a directory): each summary is headed by its path; --json gathers them. */
  readonly many: boolean;
}

/** A summary for the --json of several files. */
type InspectValue = { readonly summary: FileSummary & { file: string } };

/** `receden inspect` of one file (on a worker thread in a batch). */
export const inspectTask: FileTask<InspectTaskOptions, InspectValue> = (ctx, o) =>
  withInput(ctx, 'inspect', o.locale, async (input) => {
    const s = await inspectOne(ctx, input, o);
    if (o.many && o.json) ctx.emit({ summary: { file: input.label, ...s } });
    else if (o.json) ctx.io.stdout.write(JSON.stringify(s, null, 2) + '\n');
    else ctx.io.stdout.write(o.many ? `${input.label}\n${renderSummary(s, o.locale)}\n` : renderSummary(s, o.locale));
  });

async function inspectOne(ctx: TaskContext<unknown>, input: Input, o: InspectTaskOptions): Promise<FileSummary> {
  const opts = { showNames: o.showNames };
  // Streamed: keep only the receipt summaries the output shows (all of them for --json).
  const kept: ReceiptSummary[] = [];
  let count = 0;
  const progress = ctx.progress(input.label, input.size);
  const end = await streamPass(
    input,
    {
      receipt(r) {
        count++;
        const rs = summarizeReceipt(r, opts);
        if (o.json || rs.reasons.length > 0 || rs.searchNumber) kept.push(rs);
      },
    },
    { claimKind: o.claimKind, edition: o.edition },
    progress,
  )
    .catch(editionMismatch)
    .finally(() => progress.done());
  // summarize() reads kind, header, trailer and diagnostics; the receipts were summarized above.
  const base = summarize({ kind: end.kind, claimKind: end.claimKind, edition: end.edition, header: end.header, trailer: end.trailer, diagnostics: end.diagnostics, receipts: [] } as unknown as ReceFile, opts);
  return { ...base, receiptCount: count, receipts: kept };
}

const KIND: Record<Locale, Record<FileSummary['kind'], string>> = {
  ja: { UKE: '請求 (UKE)', HEN: '一次請求返戻 (HEN)', SAH: '再審査等返戻 (SAH)', unknown: '不明' },
  en: { UKE: 'claim (UKE)', HEN: 'first-claim return (HEN)', SAH: 're-examination return (SAH)', unknown: 'unknown' },
};

/** The edition read, with its date layout (e.g. 平成30年4月版（H30、和暦）). */
function editionText(s: FileSummary, en: boolean): string {
  const e = s.claimKind === 'unknown' || s.edition === undefined ? undefined : editionIn(KINDS[s.claimKind], s.edition);
  if (!e) return '-';
  return en ? `${e.nameEn} (${e.id}, ${e.dates === 'wareki' ? '和暦 dates' : '西暦 dates'})` : `${e.name}（${e.id}、${e.dates === 'wareki' ? '和暦' : '西暦'}）`;
}

export function renderSummary(s: FileSummary, locale: Locale = 'ja'): string {
  const en = locale === 'en';
  const payer = `${s.payer} ${s.payerShort ? `${s.payerShort}（${s.payerName}）` : (s.payerName ?? '')}`.trimEnd();
  const rows: [string, string][] = en
    ? [
        ['kind', KIND.en[s.kind]],
        ['claim kind', s.claimKind === 'unknown' ? 'unknown' : `${KINDS[s.claimKind].nameEn} (${s.claimKind})`],
        ['edition', editionText(s, true)],
        ['payer', payer],
        ['prefecture', s.prefecture],
        ['facility code', s.facilityCode],
        ['billing month', s.billingMonth],
        ['receipts', String(s.receiptCount)],
        ['totals (count/points)', `${s.totalCount ?? '-'} / ${s.totalPoints ?? '-'}`],
        ['diagnostics', `${s.errors} errors / ${s.warnings} warnings`],
      ]
    : [
        ['種別', KIND.ja[s.kind]],
        ['種類', s.claimKind === 'unknown' ? '不明' : `${KINDS[s.claimKind].name}（${s.claimKind}）`],
        ['版', editionText(s, false)],
        ['審査支払機関', payer],
        ['都道府県', s.prefecture],
        ['医療機関コード', s.facilityCode],
        ['請求年月', s.billingMonth],
        ['レセプト件数', String(s.receiptCount)],
        ['総件数/総合計点数', `${s.totalCount ?? '-'} / ${s.totalPoints ?? '-'}`],
        ['診断', `エラー ${s.errors} / 警告 ${s.warnings}`],
      ];
  const width = (t: string) => [...t].reduce((n, c) => n + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);
  const pad = Math.max(...rows.map(([k]) => width(k))) + 1;
  const lines = rows.map(([k, v]) => `${k}${' '.repeat(pad - width(k))}${v}`);
  for (const r of s.receipts.filter((x) => x.reasons.length > 0 || x.searchNumber)) {
    lines.push('');
    lines.push(
      en
        ? `#${r.position} search number ${r.searchNumber || '-'} service month ${r.serviceMonth} type ${r.receiptType}${r.patientName !== undefined ? ` name ${r.patientName}` : ''} history ${r.historyLines} lines`
        : `#${r.position} 検索番号 ${r.searchNumber || '-'} 診療年月 ${r.serviceMonth} 種別 ${r.receiptType}${r.patientName !== undefined ? ` 氏名 ${r.patientName}` : ''} 履歴 ${r.historyLines}行`,
    );
    for (const h of r.reasons) {
      lines.push(
        en
          ? `  category ${h.category} ${h.categoryMeaning ?? ''} / reason ${h.code || '-'} / ${h.text}`
          : `  返戻区分 ${h.category} ${h.categoryMeaning ?? ''} / 事由 ${h.code || '-'} / ${h.text}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
