import type { ClaimKind } from '../../spec/types.js';
import { KINDS } from '../../spec/kinds.js';
import { editionIn } from '../../spec/editions.js';
import { countBySeverity, formatDiagnostic, type Diagnostic, type Locale, type Severity } from '../../diagnostics/index.js';
import type { FileKind } from '../../model/file.js';
import { parse } from '../../model/parse.js';
import { checkResubmission } from '../../resubmit/check.js';
import { PRESET_IDS, type PresetId } from '../../validate/types.js';
import { choice, editionMismatch, editionOption, parseCommand } from '../args.js';
import type { Input } from '../input.js';
import { EXIT, usageError, type CliIo } from '../io.js';
import { expandInputs, jobsOption, runBatch, withInput, type FileTask, type TaskContext } from '../batch.js';
import { validateInput } from '../stream.js';

export const HELP_VALIDATE = `receden validate <files…|-> [--jobs N] [--json] [--preset claim|return|resubmission] [--edition ID] [--lang ja|en] [--show-personal-data] [--quiet]

  Checks each file against the 記録条件仕様: field modes and widths, code tables, record order and
  multiplicity, GO/HG totals, レセプト番号, 検索番号, history blocks (rule reference: README, Validation).
  --json                 machine-readable output
  --preset P             claim | return | resubmission (default: UKE → claim, HEN/SAH → return).
                         On a HEN/SAH, resubmission judges the resubmission that would be made from
                         it (as resubmit --check does), with findings on the return's own lines.
  --edition ID           validate as that edition (医科 R04 | H30 | H28 …) instead of the one the header's
                         請求年月 tells (GYYMM: an edition before R02, validated by its own rules)
  --show-personal-data   let patient-identifying values (氏名, 生年月日, 記号・番号 …) appear in messages
  --quiet                no progress line (shown on a terminal for inputs over 4 MB)
  --jobs N               validate N files at a time, on worker threads (default: the number of cores);
                         output, summary and exit code are those of --jobs 1, in input order
  A directory stands for its regular files, sorted by name (not recursive; hidden files skipped).
  Exit code 1 when any file has an error, 3 when a file cannot be read.`;

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_VALIDATE_JA = `receden validate <files…|-> [--jobs N] [--json] [--preset claim|return|resubmission] [--edition ID] [--lang ja|en] [--show-personal-data] [--quiet]

  各ファイルを記録条件仕様に照らして検査します: 項目のモードとバイト数、コード表、レコードの順序と
  出現回数、GO/HG の合計、レセプト番号、検索番号、履歴管理ブロック（規則の一覧: README の Validation）。
  --json                 機械可読な出力（JSON）
  --preset P             claim | return | resubmission（既定: UKE → claim、HEN/SAH → return）。
                         HEN/SAH に resubmission を指定すると、そこから作られる再請求ファイルを
                         （resubmit --check と同じく）判定し、指摘は返戻ファイル自身の行に付けます。
  --edition ID           ヘッダーの請求年月が示す版ではなく、指定した版（医科 R04 | H30 | H28 …）として
                         検査する（請求年月が GYYMM なら R02 より前の版で、その版の規則で検査）
  --show-personal-data   患者を特定できる値（氏名、生年月日、記号・番号 …）をメッセージに表示する
  --quiet                進捗行を出さない（進捗行は 4 MB を超える入力のとき端末に表示）
  --jobs N               N 個のファイルをワーカースレッドで同時に検査する（既定: CPU のコア数）。
                         出力・集計・終了コードは --jobs 1 のときと同じで、入力順
  ディレクトリはその中の通常ファイルを名前順に指定したものとみなします（再帰せず、隠しファイルは除く）。
  終了コード: いずれかのファイルにエラーがあれば 1、読めないファイルがあれば 3。`;

interface FileReport {
  readonly file: string;
  readonly kind: FileKind;
  /** The claim kind the file was read as (医科 ika, 歯科 shika …). */
  readonly claimKind: ClaimKind | 'unknown';
  /** The edition it was validated as (医科 R04, H30 …). */
  readonly edition: string | undefined;
  readonly preset: PresetId;
  readonly counts: Record<Severity, number>;
  readonly diagnostics: readonly Diagnostic[];
}

const KIND_NAME: Record<Locale, Record<FileKind, string>> = {
  ja: { UKE: '請求 (UKE)', HEN: '一次請求返戻 (HEN)', SAH: '再審査等返戻 (SAH)', unknown: '不明' },
  en: { UKE: 'claim (UKE)', HEN: 'first-claim return (HEN)', SAH: 're-examination return (SAH)', unknown: 'unknown' },
};

export async function validateCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals, locale, claimKind } = parseCommand(io, 'validate', args, {
    preset: { type: 'string' },
    'show-personal-data': { type: 'boolean' },
    edition: { type: 'string' },
    jobs: { type: 'string' },
  });
  const edition = editionOption(values.edition);
  const jobs = jobsOption(values.jobs);
  if (positionals.length === 0) throw usageError('needs-inputs', { command: 'validate' });
  const preset = choice('--preset', values.preset, PRESET_IDS);
  const options: ValidateTaskOptions = { preset, locale, showPersonalData: values['show-personal-data'] ?? false, claimKind, edition, json: values.json ?? false };
  const { items } = await expandInputs(io, positionals);
  const reports: FileReport[] = [];
  const total = { error: 0, warning: 0, info: 0 };
  let files = 0;
  const exit = await runBatch(io, {
    command: 'validate',
    task: validateTask,
    options,
    items,
    jobs,
    quiet: values.quiet,
    onValue(v) {
      files++;
      for (const k of ['error', 'warning', 'info'] as const) total[k] += v.counts[k];
      if (v.report) reports.push(v.report);
    },
  });
  if (values.json) io.stdout.write(JSON.stringify({ files: reports, counts: total }, null, 2) + '\n');
  else if (files > 1) io.stdout.write(summaryLine(total, locale, files) + '\n');
  if (exit === EXIT.IO) return EXIT.IO;
  return total.error > 0 ? EXIT.DATA : exit;
}

interface ValidateTaskOptions {
  readonly preset: PresetId | undefined;
  readonly locale: Locale;
  readonly showPersonalData: boolean;
  readonly claimKind: ClaimKind | undefined;
  readonly edition: string | undefined;
  readonly json: boolean;
}

/** A file's counts (and, for --json, its report). */
type ValidateValue = { readonly counts: Record<Severity, number>; readonly report?: FileReport };

/** `receden validate` of one file (on a worker thread in a batch): its report printed, its counts emitted. */
export const validateTask: FileTask<ValidateTaskOptions, ValidateValue> = (ctx, o) =>
  withInput(ctx, 'validate', o.locale, async (input) => {
    const report = await validateOne(ctx, input, o);
    ctx.emit(o.json ? { counts: report.counts, report } : { counts: report.counts });
    if (!o.json) ctx.io.stdout.write(renderReport(report, o.locale));
  });

async function validateOne(ctx: TaskContext<unknown>, input: Input, options: ValidateTaskOptions): Promise<FileReport> {
  const progress = ctx.progress(input.label, input.size);
  try {
    // The streaming path: memory stays flat whatever the file size.
    const { preset, showPersonalData, claimKind, edition: forced } = options;
    const r = await validateInput(input, { preset, showPersonalData, claimKind, edition: forced, fileName: input.fileName }, progress).catch(editionMismatch);
    const edition = r.end.edition;
    if (options.preset === 'resubmission' && (r.kind === 'HEN' || r.kind === 'SAH')) {
      // A return judged as the resubmission made from it (returns are small: parsed whole).
      const file = parse(await input.bytes(), { fileName: input.fileName, claimKind: options.claimKind, edition: options.edition });
      const c = checkResubmission(file, { showPersonalData: options.showPersonalData });
      return { file: input.label, kind: r.kind, claimKind: r.end.claimKind, edition, preset: 'resubmission', counts: countBySeverity(c.diagnostics), diagnostics: c.diagnostics };
    }
    return { file: input.label, kind: r.kind, claimKind: r.end.claimKind, edition, preset: r.preset, counts: countBySeverity(r.diagnostics), diagnostics: r.diagnostics };
  } finally {
    progress.done();
  }
}

function summaryLine(c: Record<Severity, number>, locale: Locale, files?: number): string {
  return locale === 'ja'
    ? `${files !== undefined ? `${files} ファイル: ` : ''}エラー ${c.error} / 警告 ${c.warning} / 情報 ${c.info}`
    : `${files !== undefined ? `${files} files: ` : ''}${c.error} errors, ${c.warning} warnings, ${c.info} info`;
}

export function renderReport(r: FileReport, locale: Locale): string {
  // The edition is named when it is not the one the kind's tables transcribe (a 和暦 file, or forced).
  const def = r.claimKind === 'unknown' ? undefined : KINDS[r.claimKind];
  const ed = def && r.edition !== undefined && r.edition !== def.editions[0]!.id ? editionIn(def, r.edition) : undefined;
  const head =
    locale === 'ja'
      ? `${r.file} — ${def ? def.name : '種類不明'}・${KIND_NAME.ja[r.kind]}${ed ? `・${ed.name}（${ed.id}）` : ''}、プリセット ${r.preset}`
      : `${r.file} — ${def ? def.nameEn : 'unknown kind'} ${KIND_NAME.en[r.kind]}${ed ? `, ${ed.nameEn}` : ''}, preset ${r.preset}`;
  const lines = [head];
  for (const d of r.diagnostics) lines.push('  ' + formatDiagnostic(d, locale));
  lines.push('  ' + summaryLine(r.counts, locale));
  return lines.join('\n') + '\n\n';
}
