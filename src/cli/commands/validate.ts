import { parseArgs } from 'node:util';
import { countBySeverity, formatDiagnostic, type Diagnostic, type Locale, type Severity } from '../../diagnostics.js';
import type { FileKind } from '../../model/file.js';
import { PRESET_IDS, type PresetId } from '../../validate/types.js';
import { validateInput } from '../stream.js';
import { CliExit, EXIT, usageError, type CliIo } from '../io.js';

export const HELP_VALIDATE = `receden validate <files…> [--json] [--preset claim|return|resubmission] [--lang en] [--show-personal-data] [--quiet]

  Checks each file against the 記録条件仕様: field modes and widths, code tables, record order and
  multiplicity, GO/HG totals, レセプト番号, 検索番号, history blocks (rule reference: README, Validation).
  --json                 machine-readable output
  --preset P             claim | return | resubmission (default: UKE → claim, HEN/SAH → return)
  --lang en              English messages (default: Japanese)
  --show-personal-data   let patient-identifying values (氏名, 生年月日, 記号・番号 …) appear in messages
  --quiet                no progress line (shown on a terminal for inputs over 4 MB)
  Exit code 1 when any file has an error, 3 when a file cannot be read.`;

interface FileReport {
  readonly file: string;
  readonly kind: FileKind;
  readonly preset: PresetId;
  readonly counts: Record<Severity, number>;
  readonly diagnostics: readonly Diagnostic[];
}

const KIND_NAME: Record<Locale, Record<FileKind, string>> = {
  ja: { UKE: '請求 (UKE)', HEN: '一次請求返戻 (HEN)', SAH: '再審査等返戻 (SAH)', unknown: '不明' },
  en: { UKE: 'claim (UKE)', HEN: 'first-claim return (HEN)', SAH: 're-examination return (SAH)', unknown: 'unknown' },
};

export async function validateCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      preset: { type: 'string' },
      lang: { type: 'string' },
      'show-personal-data': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (positionals.length === 0) throw usageError('validate takes one or more files');
  const preset = values.preset;
  if (preset !== undefined && !(PRESET_IDS as readonly string[]).includes(preset)) {
    throw usageError(`unknown preset "${preset}" (expected ${PRESET_IDS.join(', ')})`);
  }
  const lang = values.lang ?? 'ja';
  if (lang !== 'ja' && lang !== 'en') throw usageError(`unknown language "${lang}" (expected ja or en)`);
  const locale: Locale = lang;
  const options = { preset: preset as PresetId | undefined, locale, showPersonalData: values['show-personal-data'] ?? false };

  const reports: FileReport[] = [];
  let ioFailed = false;
  for (const path of positionals) {
    // The streaming path: memory stays flat whatever the file size.
    let r;
    try {
      r = await validateInput(io, path, { ...options, quiet: values.quiet ?? false });
    } catch (e) {
      if (e instanceof CliExit && e.code === EXIT.IO) {
        io.stderr.write(`receden validate: ${e.message}\n`);
        ioFailed = true;
        continue;
      }
      throw e;
    }
    const report: FileReport = { file: path, kind: r.kind, preset: r.preset, counts: countBySeverity(r.diagnostics), diagnostics: r.diagnostics };
    reports.push(report);
    if (!values.json) io.stdout.write(renderReport(report, locale));
  }
  const total = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const k of ['error', 'warning', 'info'] as const) total[k] += r.counts[k];
  if (values.json) io.stdout.write(JSON.stringify({ files: reports, counts: total }, null, 2) + '\n');
  else if (reports.length > 1) io.stdout.write(summaryLine(total, locale, `${reports.length} files`) + '\n');
  if (ioFailed) return EXIT.IO;
  return total.error > 0 ? EXIT.DATA : EXIT.OK;
}

function summaryLine(c: Record<Severity, number>, locale: Locale, label: string): string {
  return locale === 'ja'
    ? `${label === '' ? '' : label.replace(' files', ' ファイル') + ': '}エラー ${c.error} / 警告 ${c.warning} / 情報 ${c.info}`
    : `${label === '' ? '' : label + ': '}${c.error} errors, ${c.warning} warnings, ${c.info} info`;
}

export function renderReport(r: FileReport, locale: Locale): string {
  const head =
    locale === 'ja'
      ? `${r.file} — ${KIND_NAME.ja[r.kind]}、プリセット ${r.preset}`
      : `${r.file} — ${KIND_NAME.en[r.kind]}, preset ${r.preset}`;
  const lines = [head];
  for (const d of r.diagnostics) lines.push('  ' + formatDiagnostic(d, locale));
  lines.push('  ' + summaryLine(r.counts, locale, ''));
  return lines.join('\n') + '\n\n';
}
