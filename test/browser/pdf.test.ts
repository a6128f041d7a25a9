/**
 * The printed return as PDF, in a real headless Chromium: one A4 page per receipt, and on each page (read back
 * with pdftotext) the receipt's 検索番号 and the text of every one of its return reasons.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, reasons, renderFile } from '../../src/index.js';
import { FIXTURES, ROOT, readBytes } from '../helpers/files.js';
import { launch, OVERFLOW_PROBE, requireTool, screenshotPath, SKIP_BROWSER, type Browser } from './chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'receden-pdf-'));

/** The PDF's pages as text (pdftotext), whitespace removed. */
function pdfPages(pdf: Uint8Array, name: string): string[] {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages.map((p) => p.replace(/\s+/g, ''));
}

describe.skipIf(SKIP_BROWSER)('the printed return as PDF (headless Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    requireTool('pdftotext');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The 医科 fixture returns fit one page per receipt; DPC receipts are longer and run on (each still starts a page).
  for (const [name, onePage] of [['RECEIPTC.HEN', true], ['RECEIPTC.SAH', true], ['shika/RECEIPTC.HEN', true], ['dpc/RECEIPTC.HEN', false]] as const) {
    it(`${name}: ${onePage ? 'one A4 page' : 'new pages'} per receipt, each with its 検索番号 and every reason text`, async () => {
      const file = parse(readBytes(join(FIXTURES, name)), { fileName: name.split('/').pop() });
      const page = await browser.context.newPage();
      await page.setContent(renderFile(file, { fileName: name }), { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await page.close();
      const pages = pdfPages(pdf, name.replace('/', '-'));
      const n = file.receipts.length;
      if (onePage) expect(pages).toHaveLength(n);
      // Where each receipt starts (its heading: position and 検索番号) and ends (its footer: ページ i / n).
      const starts = file.receipts.map((r, i) => pages.findIndex((p) => p.includes(`位置${i + 1}·検索番号${r.searchNumber}`)));
      const ends = file.receipts.map((_, i) => pages.findIndex((p) => p.includes(`ページ${i + 1}/${n}`)));
      expect(starts[0]).toBe(0);
      expect(ends[n - 1]).toBe(pages.length - 1);
      for (let i = 1; i < n; i++) expect(starts[i]).toBe(ends[i - 1]! + 1);
      const rows = reasons(file);
      file.receipts.forEach((_, i) => {
        const text = pages.slice(starts[i], ends[i]! + 1).join('');
        for (const row of rows.filter((x) => x.position === i + 1)) expect(text, `receipt ${i + 1}: ${row.text}`).toContain(row.text.replace(/\s+/g, ''));
      });
    });
  }

  it('a printed receipt (A4 width, print media) fits the page; its screenshot is the README’s', async () => {
    const file = parse(readBytes(join(FIXTURES, 'RECEIPTC.HEN')), { fileName: 'RECEIPTC.HEN' });
    const page = await browser.context.newPage();
    // A4 at 96 dpi less the 10 mm margins: 718 px.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(renderFile(file, { fileName: 'RECEIPTC.HEN' }), { waitUntil: 'load' });
    expect(await page.evaluate(OVERFLOW_PROBE)).toEqual([]);
    const receipt = page.locator('section.receipt').nth(1);
    const box = (await receipt.boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    expect(box.height).toBeGreaterThan(600);
    // The highlighted parts are visible.
    expect(await receipt.locator('tbody.practice.hl').count()).toBe(2);
    const path = screenshotPath(ROOT, 'print-receipt.png');
    await receipt.screenshot({ path });
    await page.close();
    expect(statSync(path).size).toBeGreaterThan(20_000);
  });
});
