/**
 * The tables are the single source of truth, so they must be internally consistent, and every
 * list derived from them (README reference, zod schemas, arbitraries, message catalogues) in sync.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownCodes } from '../../src/diagnostics/index.js';
import { recordSchema } from '../../src/json/schema.js';
import { CODE_TABLES, RECORDS } from '../../src/spec/docs.js';
import { HISTORY_PREFIX, type RecordId } from '../../src/spec/registry.js';
import { coverageTable, fieldReference } from '../../src/spec/reference.js';
import type { RecordDef } from '../../src/spec/types.js';
import { ROOT } from '../helpers/files.js';
import { READMES, readmeGenerated } from '../scripts/readme-parts.js';

const defs = Object.entries(RECORDS) as [RecordId, RecordDef][];

describe('record tables', () => {
  it.each(defs)('%s is well formed', (id, def) => {
    expect(def.id).toBe(id);
    expect(def.fields[0]).toMatchObject({ key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定' });
    const keys = def.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of def.fields) {
      expect(f.key).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(f.maxBytes).toBeGreaterThan(0);
      if (f.table) expect(CODE_TABLES.has(f.table), `${id}.${f.key} → ${f.table}`).toBe(true);
      if (f.repeat) expect(f.repeat.unit * f.repeat.max).toBeLessThanOrEqual(f.maxBytes);
      if (f.kind === 'ym') expect([5, 6]).toContain(f.maxBytes);
      if (f.kind === 'ymd') expect([7, 8]).toContain(f.maxBytes);
      if (f.mode === '漢字') expect(f.maxBytes % 2).toBe(0);
    }
  });

  it('has the field counts real files show', () => {
    const counts = Object.fromEntries(defs.map(([id, d]) => [id, d.fields.length]));
    expect(counts).toMatchObject({ IR: 10, RE: 38, HO: 15, KO: 12, SN: 9, SY: 8, SI: 44, IY: 44, TO: 48, CO: 5, SJ: 3, GO: 4, HI: 8, HR: 14, HG: 4, RC: 2 });
  });

  it('marks patient-identifying fields as personal', () => {
    const personal = (id: RecordId) => (RECORDS[id] as RecordDef).fields.filter((f) => f.personal).map((f) => f.name);
    expect(personal('RE')).toEqual(expect.arrayContaining(['氏名', '生年月日', 'カルテ番号等', 'カタカナ（氏名）']));
    expect(personal('HO').length).toBeGreaterThanOrEqual(2);
    expect(personal('KO').some((n) => n.includes('受給者番号'))).toBe(true);
  });

  it('return-file dates: HI/HR/MK widths known ([M]); MD, EX 特別審査委員会処理年月 and HR 増減点連絡書年月 still inferred', () => {
    const field = (id: RecordId, key: string) => (RECORDS[id] as RecordDef).fields.find((f) => f.key === key)!;
    for (const [id, key, bytes] of [['HI', 'billingMonth', 6], ['HR', 'processingMonth', 6], ['MK', 'receivedDate', 8], ['MK', 'processingMonth', 6]] as const) {
      expect([field(id, key).confidence, field(id, key).maxBytes], `${id}.${key}`).toEqual(['M', bytes]);
      expect(field(id, key).note, `${id}.${key}`).toMatch(/HenParser/);
    }
    for (const [id, key] of [['MD', 'receivedDate'], ['MD', 'reasonDate1'], ['MD', 'reasonDate2'], ['EX', 'specialReviewMonth'], ['HR', 'noticeMonth']] as const) expect(field(id, key).confidence, `${id}.${key}`).toBe('INF');
    expect([field('MK', 'changeReasonNumber').table, field('MK', 'changeReasonNumber').confidence]).toEqual(['ret:riyu-bango', 'M']);
    expect([field('MN', 'searchNumber').name, field('MN', 'searchNumber').confidence]).toEqual(['検索番号', 'M']);
  });

  it('has the history prefix with データ識別, 行番号, 枝番号', () => {
    expect(HISTORY_PREFIX.fields.map((f) => f.name)).toEqual(['データ識別', '行番号', '枝番号']);
  });

  it('derives a zod schema per record that accepts its keys and rejects others', () => {
    for (const [id, def] of defs) {
      const s = recordSchema(id);
      expect(s.safeParse(Object.fromEntries(def.fields.map((f) => [f.key, '']))).success).toBe(true);
      expect(s.safeParse({ notAField: '1' }).success).toBe(false);
    }
  });
});

describe('code tables', () => {
  it('hold string codes with meanings', () => {
    for (const t of CODE_TABLES.values()) {
      for (const [c, m] of Object.entries(t.codes)) {
        expect(c).toMatch(/^[0-9A-Za-z]+$/);
        expect(m.length).toBeGreaterThan(0);
      }
      for (const o of t.open ?? []) expect(() => new RegExp(o.pattern)).not.toThrow();
    }
  });
  it('has every 医科 別表 1–31 and the return tables', () => {
    for (let n = 1; n <= 31; n++) expect(CODE_TABLES.has(`ika:${n}`)).toBe(true);
    expect(Object.keys(CODE_TABLES.get('ret:data-kind')!.codes)).toEqual(expect.arrayContaining(['1', '2', '3', '4', '8', '11', '12', '13', '14']));
    expect(Object.keys(CODE_TABLES.get('ret:henrei-kubun')!.codes)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
  it('marks as disputed only codes the table lists, each with the competing wordings', () => {
    for (const t of CODE_TABLES.values()) {
      for (const [c, why] of Object.entries(t.disputed ?? {})) {
        expect(Object.prototype.hasOwnProperty.call(t.codes, c), `${t.id} ${c}`).toBe(true);
        expect(why, `${t.id} ${c}`).toContain(t.codes[c]!.slice(0, 8));
      }
    }
    expect(Object.keys(CODE_TABLES.get('ret:henrei-kubun')!.disputed!)).toEqual(['4', '7']);
  });
  it('lists the 原審どおり理由 codes HenParser (R6.8.23) and meddatum name, and admits any 1000xx', () => {
    const t = CODE_TABLES.get('ret:gensin-riyu')!;
    for (const c of ['100001', '100002', '100003', '100010', '100056', '100061', '100094', '100098', '100099']) expect(t.codes[c], c).toBeDefined();
    expect(Object.keys(t.codes).length).toBe(50); // 3 (HenParser only) + 46 (both sources) + 100099 (meddatum note)
    const open = (t.open ?? []).map((o) => new RegExp(o.pattern));
    for (const c of ['100000', '100016', '100091']) expect(open.some((r) => r.test(c)), c).toBe(true);
    for (const c of ['100100', '10001', '300001']) expect(open.some((r) => r.test(c)) || c in t.codes, c).toBe(false);
  });
  it('uses the R6.8.23 wording for データ識別 1 and 11–14 (no inferred prefix)', () => {
    const t = CODE_TABLES.get('ret:data-kind')!.codes;
    expect(t['1']).toBe('保険医療機関からの請求又は審査支払機関での資格確認による請求');
    for (const c of ['12', '13', '14']) expect(t[c]!.startsWith('再請求前の'), c).toBe(true);
  });
});

describe('derived lists stay in sync', () => {
  it('both READMEs\' generated parts (field, rule, edition, coverage and CLI reference) are up to date, each in its language (run `npm run docs`)', () => {
    for (const { file, locale } of READMES) {
      const readme = readFileSync(join(ROOT, file), 'utf8');
      for (const part of readmeGenerated(locale)) expect(readme, `${file} ${part.start}`).toContain(part.text);
    }
    expect(fieldReference()).toContain('| 19 | `searchNumber` | 検索番号 |');
    expect(fieldReference('ja')).toContain('| # | キー | 項目名 | モード | 最大バイト | 形式 | 種類 | 別表 | 属性 |');
    expect(fieldReference('ja')).toContain('| 19 | `searchNumber` | 検索番号 | 数字 | 30 | 可変 | digits |  | 条件付き |');
    expect(coverageTable('ja')).not.toBe(coverageTable('en'));
  });
  it('every message code exists in Japanese and English', () => {
    expect(knownCodes('en')).toEqual(knownCodes('ja'));
  });
});
