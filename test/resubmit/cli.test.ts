/** `receden reasons | resubmit | diff`, in process through run(): exit codes, never overwriting inputs, atomic writes. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeSjis } from '../../src/codec/sjis.js';
import { run } from '../../src/cli/run.js';
import { bytesEqual, concatBytes, readBytes } from '../helpers/files.js';
import { BILLING_MONTH, CLAIMS_KOKUHO, CLAIMS_SHAHO, CORRECTIONS_CSV, CORRECTIONS_JSON, EXPECTED, FACILITY, HEN_PATH, SAH_PATH, SN } from './helpers.js';

let dir: string;

function io(argv: string[]) {
  let out = '';
  const raw: Uint8Array[] = [];
  let err = '';
  return {
    io: {
      argv,
      cwd: dir,
      stdout: {
        write: (s: string | Uint8Array) => {
          if (typeof s === 'string') out += s;
          else raw.push(s);
          return true;
        },
      },
      stderr: { write: (s: string) => ((err += s), true) },
    },
    out: () => out,
    raw: () => raw,
    err: () => err,
  };
}

async function cli(...argv: string[]) {
  const x = io(argv);
  const code = await run(x.io);
  return { code, out: x.out(), err: x.err(), raw: x.raw() };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'receden-cli-'));
  for (const [src, name] of [
    [HEN_PATH, 'RECEIPTC.HEN'],
    [SAH_PATH, 'RECEIPTC.SAH'],
    [CORRECTIONS_JSON, 'c.json'],
    [CORRECTIONS_CSV, 'c.csv'],
    [CLAIMS_SHAHO, 'shaho.UKE'],
    [CLAIMS_KOKUHO, 'kokuho.UKE'],
  ] as const) copyFileSync(src, join(dir, name));
});

const FULL = ['RECEIPTC.HEN', 'RECEIPTC.SAH', '--claims', 'shaho.UKE', '--claims', 'kokuho.UKE', '--billing-month', BILLING_MONTH, '--facility-name', FACILITY.name, '--phone', FACILITY.phone];

describe('receden resubmit', () => {
  it('writes <dir>/shaho and <dir>/kokuho, byte for byte the expected files (JSON or CSV corrections)', async () => {
    for (const c of ['c.json', 'c.csv']) {
      const r = await cli('resubmit', ...FULL, '--corrections', c, '-o', `out-${c}`);
      expect(r.err.split('\n').filter((l) => l.startsWith('[エラー]'))).toEqual([]);
      expect(r.code).toBe(0);
      for (const p of ['shaho', 'kokuho']) {
        expect(bytesEqual(readBytes(join(dir, `out-${c}`, p, 'RECEIPTC.UKE')), readBytes(join(EXPECTED, 'resubmit', p, 'RECEIPTC.UKE')))).toBe(true);
      }
      expect(r.out).toContain('一次請求');
      expect(r.out).toContain('取下げ');
      expect(r.out).not.toContain('川野');
      // No temporary files left behind.
      for (const p of ['shaho', 'kokuho']) expect(readdirSync(join(dir, `out-${c}`, p))).toEqual(['RECEIPTC.UKE']);
    }
  });

  it('--json reports outputs, dispositions and the audit (personal values masked)', async () => {
    const r = await cli('resubmit', ...FULL, '--corrections', 'c.json', '-o', 'out', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.outputs.map((o: { name: string; written: boolean }) => [o.name, o.written])).toEqual([
      ['shaho', true],
      ['kokuho', true],
    ]);
    expect(j.receipts.find((d: { searchNumber: string }) => d.searchNumber === SN.sah1).status).toBe('first-claim');
    expect(r.out).not.toContain('４５６８');
    expect(r.out).toContain('(個人情報)');
  });

  it('writes a single file when everything goes to one payer; refuses a file name for two payers', async () => {
    const one = await cli('resubmit', 'RECEIPTC.HEN', '--billing-month', BILLING_MONTH, '--facility-name', FACILITY.name, '--corrections', 'c.json', '-o', 'one.UKE');
    // c.json names SAH receipts too: those corrections cannot be applied to HEN alone.
    expect(one.code).toBe(1);
    expect(existsSync(join(dir, 'one.UKE'))).toBe(false);
    // HEN receipt 1 has the fixtures' invalid 保険者番号: without a correction the output has an error.
    const refused = await cli('resubmit', 'RECEIPTC.HEN', '--billing-month', BILLING_MONTH, '--facility-name', FACILITY.name, '-o', 'one.UKE');
    expect(refused.err).toContain('[エラー]');
    expect(refused.code).toBe(1);
    expect(existsSync(join(dir, 'one.UKE'))).toBe(false);
    const forced = await cli('resubmit', 'RECEIPTC.HEN', '--billing-month', BILLING_MONTH, '--facility-name', FACILITY.name, '-o', 'one.UKE', '--force');
    expect(forced.code).toBe(1);
    expect(existsSync(join(dir, 'one.UKE'))).toBe(true);
    writeFileSync(join(dir, 'fix.json'), JSON.stringify({ receipts: [{ searchNumber: SN.hen1, operations: [{ op: 'set', record: 'HO', field: '保険者番号', value: '06139877' }] }] }));
    const ok = await cli('resubmit', 'RECEIPTC.HEN', '--billing-month', BILLING_MONTH, '--facility-name', FACILITY.name, '--corrections', 'fix.json', '-o', 'ok.UKE');
    expect(ok.err).not.toContain('[エラー]');
    expect(ok.code).toBe(0);
    expect(readdirSync(dir).filter((n) => n.startsWith('ok') || n.includes('.tmp'))).toEqual(['ok.UKE']);
    const two = await cli('resubmit', ...FULL, '--corrections', 'c.json', '-o', 'two.UKE');
    expect(two.code).toBe(2);
    expect(two.err).toContain('レセプトの提出先が2つ（shaho, kokuho）');
    expect((await cli('resubmit', ...FULL, '--corrections', 'c.json', '-o', 'two.UKE', '--lang', 'en')).err).toContain('the receipts go to 2 payers (shaho, kokuho)');
    expect(existsSync(join(dir, 'two.UKE'))).toBe(false);
  });

  it('never overwrites an input', async () => {
    const before = readBytes(join(dir, 'RECEIPTC.HEN'));
    for (const target of ['RECEIPTC.HEN', 'shaho.UKE', './RECEIPTC.SAH']) {
      const r = await cli('resubmit', ...FULL, '--corrections', 'c.json', '-o', target);
      expect(r.code).toBe(2);
    }
    expect(bytesEqual(readBytes(join(dir, 'RECEIPTC.HEN')), before)).toBe(true);
    // An output directory whose payer file would be an input.
    mkdirSync(join(dir, 'd', 'shaho'), { recursive: true });
    copyFileSync(HEN_PATH, join(dir, 'd', 'shaho', 'RECEIPTC.UKE'));
    const r = await cli('resubmit', 'RECEIPTC.HEN', 'd/shaho/RECEIPTC.UKE', '--billing-month', BILLING_MONTH, '--facility-name', FACILITY.name, '-o', 'd', '--force');
    expect(r.code).toBe(2);
    expect(bytesEqual(readBytes(join(dir, 'd', 'shaho', 'RECEIPTC.UKE')), before)).toBe(true);
  });

  it('replaces an existing output atomically, and leaves nothing half-written when it cannot', async () => {
    mkdirSync(join(dir, 'out', 'shaho'), { recursive: true });
    writeFileSync(join(dir, 'out', 'shaho', 'RECEIPTC.UKE'), 'old');
    const r = await cli('resubmit', ...FULL, '--corrections', 'c.json', '-o', 'out');
    expect(r.code).toBe(0);
    expect(bytesEqual(readBytes(join(dir, 'out', 'shaho', 'RECEIPTC.UKE')), readBytes(join(EXPECTED, 'resubmit', 'shaho', 'RECEIPTC.UKE')))).toBe(true);
    // The target is a directory: the rename fails, the temporary file is removed.
    mkdirSync(join(dir, 'bad', 'shaho', 'RECEIPTC.UKE'), { recursive: true });
    const bad = await cli('resubmit', ...FULL, '--corrections', 'c.json', '-o', 'bad');
    expect(bad.code).toBe(3);
    expect(readdirSync(join(dir, 'bad', 'shaho'))).toEqual(['RECEIPTC.UKE']);
  });

  it('exit codes: usage 2, data 1, I/O 3', async () => {
    expect((await cli('resubmit', 'RECEIPTC.HEN', '-o', 'x')).code).toBe(2);
    expect((await cli('resubmit', 'RECEIPTC.HEN', '--billing-month', '2025-01', '-o', 'x')).code).toBe(2);
    expect((await cli('resubmit', '--billing-month', BILLING_MONTH, '-o', 'x')).code).toBe(2);
    expect((await cli('resubmit', 'RECEIPTC.HEN', '--billing-month', BILLING_MONTH)).code).toBe(2);
    expect((await cli('resubmit', 'RECEIPTC.HEN', '--bogus')).code).toBe(2);
    expect((await cli('resubmit', 'nope.HEN', '--billing-month', BILLING_MONTH, '-o', 'x')).code).toBe(3);
    writeFileSync(join(dir, 'bad.json'), '{"receipts":[{"searchNumber":1}]}');
    const bad = await cli('resubmit', ...FULL, '--corrections', 'bad.json', '-o', 'x');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('resubmit/corrections-schema');
    expect(existsSync(join(dir, 'x'))).toBe(false);
    const noName = await cli('resubmit', 'RECEIPTC.SAH', '--billing-month', BILLING_MONTH, '-o', 'y');
    expect(noName.code).toBe(1);
    expect(noName.err).toContain('resubmit/facility-name-missing');
  });
});

describe('receden reasons', () => {
  it('prints a table without names, across files', async () => {
    const r = await cli('reasons', 'RECEIPTC.HEN', 'RECEIPTC.SAH');
    expect(r.code).toBe(0);
    expect(r.out).toContain('L2301');
    expect(r.out).toContain('S1060');
    expect(r.out).not.toContain('川野');
    expect((await cli('reasons', 'RECEIPTC.HEN', '--show-names')).out).toContain('川野');
  });

  it('writes Excel CSV (Shift_JIS or BOM) that csv-parse reads back', async () => {
    const r = await cli('reasons', 'RECEIPTC.HEN', 'RECEIPTC.SAH', '--excel', 'sjis', '-o', 'r.csv');
    expect(r.code).toBe(0);
    const rows = parseCsv(decodeSjis(readBytes(join(dir, 'r.csv')))) as string[][];
    expect(rows.length).toBe(8);
    expect(rows[0]).toContain('返戻事由コード');
    const b = await cli('reasons', 'RECEIPTC.HEN', '--excel', 'bom');
    const bytes = concatBytes(...b.raw);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((parseCsv(Buffer.from(bytes), { bom: true }) as string[][])[1]).toContain('L1101');
  });

  it('aggregates with --by, as JSON', async () => {
    const r = await cli('reasons', 'RECEIPTC.HEN', 'RECEIPTC.SAH', '--by', '返戻区分', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).groups[0]).toEqual({ key: '1', meaning: '事務上の返戻', reasons: 2, receipts: 2 });
    expect((await cli('reasons', 'RECEIPTC.HEN', '--by', '性別')).code).toBe(2);
    expect((await cli('reasons', 'RECEIPTC.HEN', '-o', 'RECEIPTC.HEN')).code).toBe(2);
  });
});

describe('receden diff', () => {
  it('shows field changes with personal values masked unless asked', async () => {
    copyFileSync(join(EXPECTED, 'resubmit', 'shaho', 'RECEIPTC.UKE'), join(dir, 'out.UKE'));
    const r = await cli('diff', 'RECEIPTC.HEN', 'out.UKE');
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(join(EXPECTED, 'resubmit', 'diff-hen-shaho.txt'), 'utf8'));
    expect(r.out).not.toContain('４５６８');
    expect((await cli('diff', 'RECEIPTC.HEN', 'out.UKE', '--show-personal-data')).out).toContain('４５６７ → ４５６８');
    const j = JSON.parse((await cli('diff', 'RECEIPTC.HEN', 'out.UKE', '--json')).out);
    expect(j.changed).toBe(3);
    expect(JSON.stringify(j)).not.toContain('４５６８');
    expect((await cli('diff', 'RECEIPTC.HEN')).code).toBe(2);
  });
});
