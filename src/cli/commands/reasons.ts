import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { groupReasons, groupsToCsv, reasonsToCsv, REASON_GROUP_KEYS, type ReasonGroupKey, type ReasonRow } from '../../resubmit/reasons.js';
import { reasonsInput } from '../stream.js';
import { CliExit, EXIT, usageError, type CliIo } from '../io.js';
import { sameFile } from '../paths.js';
import { writeOutput } from './convert.js';

export const HELP_REASONS = `receden reasons <files…> [--format table|csv|json] [--by 返戻区分|事由|診療識別|月|診療年月]
                [--excel bom|sjis] [--show-names] [-o <out>] [--quiet]

  Return reasons (HR) of RECEIPTC.HEN / RECEIPTC.SAH files: one row per reason (検索番号, 診療年月,
  レセプト種別, 返戻区分, 診療識別, 返戻事由コード, 返戻理由, 補足事項, 補正情報), across all files.
  --by           count reasons by 返戻区分, 事由 (返戻事由コード), 診療識別, 月 (処理年月) or 診療年月
  --format       table (default), csv or json
  --excel        CSV for Excel: bom = UTF-8 with BOM, sjis = Shift_JIS (implies --format csv)
  --show-names   include patient names (off by default)
  -o <out>       write to a file (atomically) instead of stdout
  --quiet        no progress line (shown on a terminal for inputs over 4 MB)`;

export async function reasonsCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      by: { type: 'string' },
      excel: { type: 'string' },
      'show-names': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (positionals.length === 0) throw usageError('reasons takes one or more return files');
  const format = values.format ?? (values.excel ? 'csv' : 'table');
  if (!['table', 'csv', 'json'].includes(format)) throw usageError(`--format must be table, csv or json (got "${format}")`);
  if (values.excel !== undefined && values.excel !== 'bom' && values.excel !== 'sjis') throw usageError('--excel must be bom or sjis');
  if (values.excel && format !== 'csv') throw usageError('--excel applies to --format csv');
  const by = values.by as ReasonGroupKey | undefined;
  if (by !== undefined && !REASON_GROUP_KEYS.includes(by)) throw usageError(`--by must be one of ${REASON_GROUP_KEYS.join(', ')}`);
  if (values.output) for (const p of positionals) if (sameFile(io.cwd, p, values.output)) throw usageError('the output must not be an input file');
  // The streaming path: one pass per file, memory flat whatever the file size.
  const rows: ReasonRow[] = [];
  const fileNames = positionals.map((p) => basename(p));
  for (const [i, p] of positionals.entries()) {
    const r = await reasonsInput(io, p, { file: i, fileNames, showPersonalData: values['show-names'] ?? false, quiet: values.quiet ?? false });
    if (r.end.kind !== 'HEN' && r.end.kind !== 'SAH') io.stderr.write(`receden reasons: ${p}: not a return file (${r.end.kind}); it has no return reasons\n`);
    rows.push(...r.rows);
  }
  let out: string | Uint8Array;
  if (format === 'json') out = JSON.stringify(by ? { by, groups: groupReasons(rows, by) } : { reasons: rows }, null, 2) + '\n';
  else if (format === 'csv') {
    const opts = values.excel ? { excel: values.excel as 'bom' | 'sjis' } : {};
    const r = by ? groupsToCsv(groupReasons(rows, by), by, opts) : reasonsToCsv(rows, opts);
    if (!r.ok) throw new CliExit(EXIT.DATA, r.error);
    out = r.bytes;
  } else out = by ? groupTable(rows, by) : reasonTable(rows);
  if (values.output) await writeOutput(resolve(io.cwd, values.output), out);
  else io.stdout.write(out);
  return EXIT.OK;
}

function reasonTable(rows: readonly ReasonRow[]): string {
  if (rows.length === 0) return '返戻理由はありません\n';
  const lines: string[] = [];
  for (const r of rows) {
    lines.push(
      `${r.fileName ? `${r.fileName} ` : ''}#${r.position} 検索番号 ${r.searchNumber || '-'} 診療年月 ${r.serviceMonth} 種別 ${r.receiptType}` +
        `${r.patientName !== undefined ? ` 氏名 ${r.patientName}` : ''}`,
    );
    lines.push(
      `  返戻区分 ${r.category} ${r.categoryMeaning} / 診療識別 ${r.practice || '-'}${r.practiceMeaning ? ` ${r.practiceMeaning}` : ''} / 事由 ${r.code || '-'}` +
        `${r.codeMeaning ? ` ${r.codeMeaning}` : ''}${r.correction ? ` / 補正情報 ${r.correction} ${r.correctionMeaning}` : ''}`,
    );
    lines.push(`  ${r.text}`);
    if (r.supplement) lines.push(`  補足: ${r.supplement}`);
  }
  return lines.join('\n') + '\n';
}

function groupTable(rows: readonly ReasonRow[], by: ReasonGroupKey): string {
  const groups = groupReasons(rows, by);
  const lines = [`${by}\t件数(返戻理由)\t件数(レセプト)\t名称`];
  for (const g of groups) lines.push(`${g.key || '(記録なし)'}\t${g.reasons}\t${g.receipts}\t${g.meaning}`);
  return lines.join('\n') + '\n';
}
