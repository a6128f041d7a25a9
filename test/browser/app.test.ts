/**
 * The offline app in a real headless Chromium, from file://: open the fixture HEN, correct receipt 1's
 * 保険者番号, add an SJ to receipt 2, drop receipt 3, download — the downloaded RECEIPTC.UKE is byte for byte what
 * `receden resubmit` makes from the downloaded corrections file. No request leaves the page; the CSP refuses one.
 * Screenshots of the list and of a receipt with a highlighted reason (checked for layout) are the README's.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, ROOT } from '../helpers/files.js';
import { launch, OVERFLOW_PROBE, screenshotPath, SKIP_BROWSER, type Browser } from './chromium.js';

const HEN = join(FIXTURES, 'RECEIPTC.HEN');
const FACILITY = 'さくら台内科クリニック';
const PHONE = '03-5555-0123';

describe.skipIf(SKIP_BROWSER)('the offline app (headless Chromium, file://)', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'receden-app-e2e-'));

  beforeAll(async () => {
    browser = await launch();
    page = await browser.context.newPage();
    page.on('request', (r) => {
      if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(ROOT, 'dist', 'app.html')).href);
    await page.waitForSelector('body[data-ready="true"]');
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function download(button: string): Promise<Uint8Array> {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const path = join(dir, d.suggestedFilename());
    await d.saveAs(path);
    return new Uint8Array(readFileSync(path));
  }

  async function openReceipt(n: number): Promise<void> {
    await page.click(`#list-body button[data-position="${n}"]`);
    await page.waitForSelector(`#receipt section.receipt[data-position="${n}"]`);
  }

  it('refuses any connection (CSP), in Japanese by default', async () => {
    expect(await page.evaluate(() => fetch('http://127.0.0.1:9/x').then(() => 'loaded', () => 'refused'))).toBe('refused');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.textContent('h1')).toBe('返戻の確認・修正・再請求');
  });

  it('opens a return and lists its receipts with their reasons; the list fits the page', async () => {
    await page.fill('#billing-month', '202501');
    await page.fill('#facility-name', FACILITY);
    await page.fill('#phone', PHONE);
    await page.setInputFiles('#files', HEN);
    await page.waitForSelector('#list-body tr:nth-child(3)');
    const rows = await page.locator('#list-body tr').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('2024121300512347000000102');
    expect(rows[1]).toContain('検査の算定根拠が不明のため返戻します。');
    expect(await page.evaluate(OVERFLOW_PROBE)).toEqual([]);
    const path = screenshotPath(ROOT, 'app-list.png');
    await page.screenshot({ path });
    expect(statSync(path).size).toBeGreaterThan(20_000);
  });

  it('shows a receipt as print does, its reasons highlighted; the view fits the page', async () => {
    await openReceipt(2);
    expect(await page.locator('#receipt tbody.practice.hl').count()).toBe(2);
    expect(await page.textContent('#receipt tbody.practice.hl[data-practice="60"]')).toContain('検査の算定根拠が不明のため返戻します。');
    expect(await page.evaluate(OVERFLOW_PROBE)).toEqual([]);
    const path = screenshotPath(ROOT, 'app-receipt.png');
    await page.locator('#receipt').screenshot({ path });
    expect(statSync(path).size).toBeGreaterThan(20_000);
  });

  it('corrects receipt 1’s 保険者番号, with the verdict shown as the clerk types', async () => {
    await openReceipt(1);
    await page.selectOption('#record', { label: 'HO[1] 保険者レコード' });
    const input = page.getByLabel('保険者番号 (2)');
    await input.fill('0613987X');
    await expect.poll(() => page.textContent('#f2-2-verdict')).toMatch(/^✗ 8\/8 バイト\nエラー: /);
    await input.fill('06139877');
    await expect.poll(() => page.textContent('#f2-2-verdict')).toBe('✓ 8/8 バイト');
    await page.click('#apply');
    await page.waitForSelector('#corrections li');
    await expect.poll(() => page.textContent('#receipt')).toContain('06139877');
  });

  it('adds an SJ to receipt 2, offering its code table', async () => {
    await openReceipt(2);
    await page.selectOption('#new-record', 'SJ');
    await page.waitForSelector('#new-SJ-2');
    expect(await page.locator('#new-SJ-2-codes option[value="01"]').count()).toBe(1);
    await page.fill('#new-SJ-2', '01');
    await page.fill('#new-SJ-3', '腹痛と下痢が続き、潰瘍性大腸炎の再燃を疑って血液検査を実施した。');
    await expect.poll(() => page.textContent('#new-SJ-3-verdict')).toMatch(/^✓/);
    await page.click('#add-record');
    await expect.poll(() => page.locator('#corrections li').count()).toBe(2);
    // The receipt is rendered again by the worker after the edit: wait for it (read at once, it raced).
    await expect.poll(() => page.textContent('#receipt')).toContain('症状詳記レコード');
  });

  it('drops receipt 3, and shows the audit diff', async () => {
    await openReceipt(3);
    await page.fill('#drop-reason', '医療券を確認中');
    await page.check('#drop');
    await expect.poll(() => page.locator('#corrections li').count()).toBe(3);
    await expect.poll(() => page.textContent('#list-body tr:nth-child(3) .state')).toBe('取下げ');
    await page.click('#show-audit');
    await expect.poll(() => page.textContent('#audit')).toContain('06139876 → 06139877');
  });

  it('downloads the resubmission: byte for byte what receden resubmit makes from the downloaded corrections', async () => {
    const uke = await download('#download-resubmission');
    const json = await download('#download-corrections');
    expect(errors).toEqual([]);
    const file = JSON.parse(new TextDecoder().decode(json));
    expect(file.format).toBe('receden-corrections/1');
    expect(file.receipts.map((r: { searchNumber: string }) => r.searchNumber)).toEqual(['2024121300512347000000101', '2024121300512347000000102', '2024121300512347000000103']);
    const corrections = join(dir, 'corrections-from-app.json');
    writeFileSync(corrections, json);
    const out = join(dir, 'cli');
    const r = await runCli(['resubmit', HEN, '--corrections', corrections, '--billing-month', '202501', '--facility-name', FACILITY, '--phone', PHONE, '-o', out], ROOT);
    expect(r.code, r.stderr).toBe(0);
    const cli = new Uint8Array(readFileSync(join(out, 'shaho', 'RECEIPTC.UKE')));
    expect(uke.length).toBeGreaterThan(1000);
    // What was asked: 2 receipts (3 dropped), 1 with the new 保険者番号, 2 with an SJ.
    const resubmitted = parse(uke);
    expect(resubmitted.receipts.map((x) => x.searchNumber)).toEqual(['2024121300512347000000101', '2024121300512347000000102']);
    expect(resubmitted.receipts[0]!.claim.find((x) => x.id === 'HO')!.get('insurerNumber')).toBe('06139877');
    expect(resubmitted.receipts[1]!.claim.some((x) => x.id === 'SJ')).toBe(true);
    expect(Buffer.from(uke).equals(Buffer.from(cli))).toBe(true);
    expect(await page.textContent('#resubmit-result')).toContain('shaho/RECEIPTC.UKE');
  });

  it('refuses to write a resubmission with errors, and says where to fix them', async () => {
    await page.fill('#billing-month', '');
    await page.click('#download-resubmission');
    await page.waitForSelector('#resubmit-result [role="alert"]');
    expect(await page.textContent('#resubmit-result')).toContain('書き出していません');
    expect(await page.locator('#resubmit-result .problems li.bad').count()).toBeGreaterThan(0);
    await page.fill('#billing-month', '202501');
  });

  it('switches to English, and has made no request outside the page', async () => {
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('h1')).toBe('Check, correct and resubmit returns');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
