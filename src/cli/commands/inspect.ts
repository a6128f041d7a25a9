import { parseArgs } from 'node:util';
import { summarize, summarizeReceipt, type FileSummary, type ReceiptSummary } from '../../inspect.js';
import type { ReceFile } from '../../model/file.js';
import { EXIT, usageError, type CliIo } from '../io.js';
import { streamInput } from '../stream.js';

export const HELP_INSPECT = `receden inspect <file> [--json] [--show-names]

  Kind (UKE / HEN / SAH), payer, facility code, 請求年月, receipt count, totals;
  for returns each receipt's 検索番号, 診療年月 and reasons.
  --json         machine-readable output
  --show-names   include patient names (off by default)
  --quiet        no progress line (shown on a terminal for inputs over 4 MB)

  The file is streamed: memory stays flat whatever its size.`;

export async function inspectCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'show-names': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } },
  });
  if (positionals.length !== 1) throw usageError('inspect takes exactly one file');
  const opts = { showNames: values['show-names'] ?? false };
  // Streamed: keep only the receipt summaries the output shows (all of them for --json).
  const kept: ReceiptSummary[] = [];
  let count = 0;
  const end = await streamInput(
    io,
    positionals[0]!,
    {
      receipt(r) {
        count++;
        const rs = summarizeReceipt(r, opts);
        if (values.json || rs.reasons.length > 0 || rs.searchNumber) kept.push(rs);
      },
    },
    { quiet: values.quiet },
  );
  // summarize() reads kind, header, trailer and diagnostics; the receipts were summarized above.
  const base = summarize({ kind: end.kind, header: end.header, trailer: end.trailer, diagnostics: end.diagnostics, receipts: [] } as unknown as ReceFile, opts);
  const s: FileSummary = { ...base, receiptCount: count, receipts: kept };
  io.stdout.write(values.json ? JSON.stringify(s, null, 2) + '\n' : renderSummary(s));
  return EXIT.OK;
}

export function renderSummary(s: FileSummary): string {
  const kindName = { UKE: '請求 (UKE)', HEN: '一次請求返戻 (HEN)', SAH: '再審査等返戻 (SAH)', unknown: '不明' }[s.kind];
  const lines = [
    `種別              ${kindName}`,
    `審査支払機関      ${s.payer} ${s.payerShort ? `${s.payerShort}（${s.payerName}）` : (s.payerName ?? '')}`.trimEnd(),
    `都道府県          ${s.prefecture}`,
    `医療機関コード    ${s.facilityCode}`,
    `請求年月          ${s.billingMonth}`,
    `レセプト件数      ${s.receiptCount}`,
    `総件数/総合計点数 ${s.totalCount ?? '-'} / ${s.totalPoints ?? '-'}`,
    `診断              エラー ${s.errors} / 警告 ${s.warnings}`,
  ];
  for (const r of s.receipts.filter((x) => x.reasons.length > 0 || x.searchNumber)) {
    lines.push('');
    lines.push(
      `#${r.position} 検索番号 ${r.searchNumber || '-'} 診療年月 ${r.serviceMonth} 種別 ${r.receiptType}` +
        `${r.patientName !== undefined ? ` 氏名 ${r.patientName}` : ''} 履歴 ${r.historyLines}行`,
    );
    for (const h of r.reasons) lines.push(`  返戻区分 ${h.category} ${h.categoryMeaning ?? ''} / 事由 ${h.code || '-'} / ${h.text}`);
  }
  return lines.join('\n') + '\n';
}
