/**
 * The printed receipt (renderReceipt / renderFile): committed expected HTML for the 医科 returns, and for every
 * kind's fixtures the structure — one page per receipt, each with its 検索番号 and reasons, the 摘要 part a reason
 * names highlighted, labels from the tables, personal values masked unless asked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeMeaning, parse, reasons, renderFile, renderReceipt, type ReceFile } from '../../src/index.js';
import { claimFileArbitrary, GENERATED_KINDS } from '../../src/testing.js';
import { FIXTURES, readBytes } from '../helpers/files.js';

const open = (rel: string): ReceFile => parse(readBytes(join(FIXTURES, rel)), { fileName: rel.split('/').pop() });

/** The HTML of each receipt's page, in order. */
function pages(html: string): string[] {
  return html.split('<section class="receipt"').slice(1);
}

/** Markup removed: what is left must hold no raw angle bracket (every value was escaped). */
function textOnly(html: string): string {
  return html.replace(/<!DOCTYPE html>/, '').replace(/<style>[^]*?<\/style>/, '').replace(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?>/g, '');
}

describe('renderFile on the 医科 returns: committed expected HTML', () => {
  for (const name of ['RECEIPTC.HEN', 'RECEIPTC.SAH']) {
    it(`${name} renders byte for byte as fixtures/expected/print/${name}.html`, () => {
      const html = renderFile(open(name), { fileName: name });
      const path = join(FIXTURES, 'expected', 'print', `${name}.html`);
      if (process.env.UPDATE_EXPECTED === '1') writeFileSync(path, html);
      expect(html).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('is deterministic: the same input and options give the same string', () => {
    const a = renderFile(open('RECEIPTC.HEN'), { fileName: 'x' });
    const b = renderFile(open('RECEIPTC.HEN'), { fileName: 'x' });
    expect(a).toBe(b);
  });
});

describe('the printed page', () => {
  const hen = open('RECEIPTC.HEN');
  const html = renderFile(hen);

  it('is self-contained: inline CSS, a CSP that loads nothing, A4 pages, a page break between receipts', () => {
    expect(html).toMatch(/<style>[\s\S]*@page\{size:A4/);
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;`);
    expect(html).toMatch(/\.receipt\+\.receipt\{break-before:page/);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
    expect(html).not.toMatch(/(src|href)="(?!#)/);
    expect(textOnly(html)).not.toMatch(/[<>]/);
  });

  it('has one page per receipt, each with its 検索番号 and every reason text, numbered', () => {
    const ps = pages(html);
    expect(ps).toHaveLength(hen.receipts.length);
    const rows = reasons(hen);
    hen.receipts.forEach((r, i) => {
      expect(ps[i]).toContain(`data-search-number="${r.searchNumber}"`);
      expect(ps[i]).toContain(`ページ ${i + 1} / ${hen.receipts.length}`);
      for (const row of rows.filter((x) => x.position === i + 1)) expect(ps[i]).toContain(row.text);
      for (const row of rows.filter((x) => x.position !== i + 1)) expect(ps[i]).not.toContain(row.text);
    });
  });

  it('highlights the 摘要 part of the 診療識別 a reason names, with the reason beside it', () => {
    const p2 = pages(html)[1]!;
    // Receipt 2: HR 診療識別 60 (検査) and 21 (内服).
    const hl = [...p2.matchAll(/<tbody class="practice hl" data-practice="(\d+)"[^>]*>([\s\S]*?)<\/tbody>/g)];
    expect(hl.map((m) => m[1])).toEqual(['60', '21']);
    expect(hl.find((m) => m[1] === '60')![2]).toContain('検査の算定根拠が不明のため返戻します。');
    expect(hl.find((m) => m[1] === '60')![2]).toContain('160081130');
    // The continuation line (empty 診療識別) stays in the group of 60.
    expect(hl.find((m) => m[1] === '60')![2]).toContain('160084650');
    // Not highlighted: 12 (再診) and 80.
    expect(p2).toMatch(/<tbody class="practice" data-practice="12"/);
    // The reason in the return block links to its part.
    expect(p2).toContain('href="#r2-p60"');
    expect(p2).toContain('id="r2-p60"');
    // Receipt 1's reason names no 診療識別: nothing is highlighted.
    expect(pages(html)[0]).not.toContain('practice hl');
  });

  it('labels values with the tables’ 項目名 and code meanings', () => {
    const p1 = pages(html)[0]!;
    for (const rec of hen.receipts[0]!.claim.filter((r) => r.id !== 'SI')) {
      rec.def!.fields.forEach((f, i) => {
        if (i > 0 && f.required !== 'omit' && (rec.at(i + 1) ?? '') !== '') expect(p1, `${rec.id} ${f.name}`).toContain(`<dt>${f.name}</dt>`);
      });
    }
    expect(p1).toContain(codeMeaning('ika:1', '1')!); // 審査支払機関
    expect(p1).toContain(codeMeaning('ret:henrei-kubun', '1')!); // 返戻区分
    expect(p1).toContain(codeMeaning('ret:data-kind', '8')!); // history: データ識別 8
    expect(p1).toContain(codeMeaning('ika:18', '1')!); // 転帰区分
  });

  it('masks every personal value unless asked; --show-names shows names only', () => {
    const personal = (file: ReceFile, keep: (key: string) => boolean) =>
      file.receipts.flatMap((r) => r.claim.flatMap((rec) => rec.def!.fields.flatMap((f, i) => (f.personal && keep(f.key) && (rec.at(i + 1) ?? '').length >= 3 ? [rec.at(i + 1)!] : []))));
    for (const name of ['RECEIPTC.HEN', 'RECEIPTC.SAH']) {
      const f = open(name);
      const plain = renderFile(f);
      const values = personal(f, () => true);
      expect(values.length).toBeGreaterThan(5);
      for (const v of values) expect(plain, v).not.toContain(v);
      const named = renderFile(f, { showNames: true });
      for (const v of personal(f, (k) => /Name/.test(k))) expect(named).toContain(v);
      for (const v of personal(f, (k) => !/Name/.test(k))) expect(named, v).not.toContain(v);
      const all = renderFile(f, { showPersonalData: true });
      for (const v of values) expect(all).toContain(v);
    }
  });

  it('shows the code and room for a name, or the vendor’s name from `names`', () => {
    const p1 = pages(html)[0]!;
    expect(p1).toContain('<span class="room">（名称）</span>');
    const named = renderFile(hen, { names: (code, record) => (record === 'SI' && code === '112007410' ? '再診料' : undefined) });
    expect(pages(named)[0]).toContain('<td>112007410</td><td>再診料</td>');
  });

  it('summarises the history block: the データ識別 present and the earlier returns', () => {
    const sah = open('RECEIPTC.SAH');
    const p3 = pages(renderFile(sah))[2]!;
    for (const k of ['1', '11', '12', '13', '14', '3', '4', '8']) expect(p3).toContain(`<tr><td>${k}</td><td>${codeMeaning('ret:data-kind', k)}</td>`);
    // The earlier return (データ識別 14, 処理年月 202409) is listed.
    expect(p3).toContain('区分、診療開始日の誤り');
  });

  it('renders in English on request (the spec’s names stay as written)', () => {
    const en = renderFile(hen, { locale: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Return reasons');
    expect(en).toContain('<dt>保険者番号</dt>');
  });

  it('renders one receipt as a fragment with its file’s header', () => {
    const frag = renderReceipt(hen.receipts[2]!, { file: hen });
    expect(frag.startsWith('<section class="receipt" data-position="3"')).toBe(true);
    expect(frag).toContain('医療券の受給者番号が確認できません。');
    expect(frag).toContain('<dt>医療機関コード</dt>');
    // Without its file: no header, the reasons still.
    expect(renderReceipt(hen.receipts[2]!)).toContain('医療券の受給者番号が確認できません。');
  });
});

describe('every other kind renders', () => {
  const files = [
    'shika/RECEIPTC.HEN',
    'shika/RECEIPTC.SAH',
    'shika/RECEIPTC.UKE',
    'chozai/RECEIPTY.HEN',
    'chozai/RECEIPTY.SAH',
    'chozai/RECEIPTY.CYO',
    'houkan/RECEIPTH.HEN',
    'houkan/RECEIPTH.UKE',
    'dpc/RECEIPTC.HEN',
    'dpc/KOKUHO.HEN',
    'dpc/RECEIPTC.UKE',
    'rosai/RRECEC.HEN',
    'rosai/RREC0100.UKE',
    'rosai/AREC0100.UKE',
  ];
  for (const name of files) {
    it(`${name}: a page per receipt with its 検索番号, its reasons and its records’ names`, () => {
      const f = open(name);
      expect(f.claimKind).not.toBe('unknown');
      const html = renderFile(f);
      const ps = pages(html);
      expect(ps).toHaveLength(f.receipts.length);
      expect(f.receipts.length).toBeGreaterThan(0);
      expect(textOnly(html)).not.toMatch(/[<>]/);
      const rows = reasons(f);
      f.receipts.forEach((r, i) => {
        if (r.searchNumber) expect(ps[i]).toContain(r.searchNumber);
        for (const row of rows.filter((x) => x.position === i + 1)) expect(ps[i]).toContain(row.text);
        for (const rec of r.claim) expect(ps[i], rec.id).toContain(rec.def!.name);
      });
    });
  }
});

describe('property: any generated claim file of any kind', () => {
  it('renders without throwing, deterministically, escaped, one page per receipt', () => {
    for (const kind of GENERATED_KINDS) {
      fc.assert(
        fc.property(claimFileArbitrary<fc.Arbitrary<Uint8Array>>(fc, kind), (bytes) => {
          const f = parse(bytes);
          const html = renderFile(f);
          expect(html).toBe(renderFile(parse(bytes)));
          expect(textOnly(html)).not.toMatch(/[<>]/);
          expect(pages(html)).toHaveLength(f.receipts.length || 0);
        }),
        { numRuns: 15 },
      );
    }
  });

  it('renders arbitrary bytes without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const html = renderFile(parse(bytes));
        expect(textOnly(html)).not.toMatch(/[<>]/);
      }),
      { numRuns: 200 },
    );
  });
});
