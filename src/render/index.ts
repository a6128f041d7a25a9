/**
 * Printing (紙で確認): receipts as self-contained HTML for people — a printed return with every reason next
 * to the part of the 摘要 it concerns. Browser-safe: a string out, nothing else.
 */
import type { ReceFile } from '../model/file.js';
import { esc } from './html.js';
import { label } from './labels.js';
import { renderReceipt, type PrintOptions } from './receipt.js';
import { PRINT_CSS } from './style.js';

export { renderReceipt, type PrintOptions } from './receipt.js';
export { PRINT_CSS } from './style.js';

/**
 * The Content-Security-Policy of a printed document: nothing may be loaded or sent, only the inline
 * stylesheet applies.
 */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

/**
 * A whole file as one HTML document: inline CSS, no external resource, A4 pages, one receipt per page
 * (a page break between receipts), each page headed by the file's header and numbered. Deterministic:
 * the same file and options give the same string.
 */
export function renderFile(file: ReceFile, options: Omit<PrintOptions, 'file' | 'page'> = {}): string {
  const lang = options.locale === 'en' ? 'en' : 'ja';
  const pages = file.receipts.length;
  const body = file.receipts.map((r, i) => renderReceipt(r, { ...options, file, page: { page: i + 1, pages } })).join('\n');
  const title = `${options.fileName ?? ''}${options.fileName ? ' — ' : ''}${label(file.kind, options.locale)} (${pages} ${label('receipt', options.locale)})`;
  const empty = pages === 0 ? `<section class="receipt"><p class="note">0 ${esc(label('receipt', options.locale))}</p></section>` : '';
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${esc(PRINT_CSP)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="receden">\n` +
    `<title>${esc(title)}</title>\n<style>\n${PRINT_CSS}\n</style>\n</head>\n<body>\n<main class="receden-print">\n${body}${empty}\n</main>\n</body>\n</html>\n`
  );
}
export { fieldInfo, fieldVerdict, type FieldInfo, type FieldVerdict, type FieldVerdictOptions } from './edit.js';
export { correctionsToFile, correctionsJson, resubmissionFiles, type ResubmissionFile } from './export.js';
