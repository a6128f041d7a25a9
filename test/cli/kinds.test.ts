/** The CLI on every claim kind: kinds told from content, --kind to force one, and the kind's own output files. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { bytesEqual, readBytes, ROOT, sjisFile } from '../helpers/files.js';

const tmp = mkdtempSync(join(tmpdir(), 'receden-kinds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('receden on 歯科 and 調剤 files', () => {
  it('inspect tells the claim kind from the content', async () => {
    for (const [file, kind] of [
      ['fixtures/shika/RECEIPTC.UKE', 'shika'],
      ['fixtures/chozai/RECEIPTY.HEN', 'chozai'],
      ['fixtures/RECEIPTC.HEN', 'ika'],
    ] as const) {
      const r = await runCli(['inspect', file, '--json'], ROOT);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).claimKind).toBe(kind);
    }
    const text = await runCli(['inspect', 'fixtures/shika/RECEIPTC.UKE'], ROOT);
    expect(text.stdout).toContain('種類');
    expect(text.stdout).toContain('歯科（shika）');
  });

  it('validate: a 歯科 file is clean by its own rules; forced to 医科 it is not', async () => {
    const ok = await runCli(['validate', 'fixtures/shika/RECEIPTC.UKE', '--json'], ROOT);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).files[0]).toMatchObject({ claimKind: 'shika', kind: 'UKE', counts: { error: 0, warning: 0 } });
    const forced = await runCli(['validate', 'fixtures/shika/RECEIPTC.UKE', '--kind', '医科', '--json'], ROOT);
    expect(forced.code).toBe(1);
    const report = JSON.parse(forced.stdout).files[0];
    expect(report.claimKind).toBe('ika');
    expect(report.diagnostics.some((d: { code: string }) => d.code === 'field/count')).toBe(true);
    const head = await runCli(['validate', 'fixtures/chozai/RECEIPTY.CYO'], ROOT);
    expect(head.stdout.split('\n')[0]).toContain('調剤・請求 (UKE)');
  });

  it('--kind takes the kind ids and their names; anything else is a usage error', async () => {
    for (const k of ['shika', '歯科']) expect((await runCli(['inspect', 'fixtures/shika/RECEIPTC.UKE', '--kind', k, '--json'], ROOT)).code).toBe(0);
    const bad = await runCli(['inspect', 'fixtures/shika/RECEIPTC.UKE', '--kind', 'dental'], ROOT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--kind');
  });

  it('resubmit writes the kind’s claim file per payer, identical to the hand-checked one', async () => {
    const out = join(tmp, 'shika');
    const r = await runCli(
      ['resubmit', 'fixtures/shika/RECEIPTC.HEN', 'fixtures/shika/RECEIPTC.SAH', '--corrections', 'fixtures/expected/shika/corrections.json', '--billing-month', '202508', '--facility-name', 'さくら通り歯科クリニック', '--phone', '03-3981-2045', '-o', out],
      ROOT,
    );
    expect(r.code, r.stderr).toBe(0);
    for (const payer of ['shaho', 'kokuho']) {
      const got = new Uint8Array(readFileSync(join(out, payer, 'RECEIPTS.UKE')));
      expect(bytesEqual(got, readBytes(join(ROOT, 'fixtures/expected/shika/resubmit', payer, 'RECEIPTS.UKE'))), payer).toBe(true);
    }
    const cyo = join(tmp, 'one.CYO');
    const one = await runCli(['resubmit', 'fixtures/chozai/RECEIPTY.HEN', '--billing-month', '202501', '--facility-name', 'みなと中央薬局', '-o', cyo], ROOT);
    expect(one.code, one.stderr).toBe(0);
    expect(new TextDecoder('shift_jis').decode(readFileSync(cyo)).startsWith('YK,1,27,4,4123451,みなと中央薬局,202501,00,')).toBe(true);
  });

  it('convert: 調剤 to JSON Lines and back is byte-identical, and the JSON says the kind', async () => {
    const jsonl = join(tmp, 'c.jsonl');
    const back = join(tmp, 'back.CYO');
    expect((await runCli(['convert', 'fixtures/chozai/RECEIPTY.SAH', '-o', jsonl], ROOT)).code).toBe(0);
    const first = JSON.parse(readFileSync(jsonl, 'utf8').split('\n')[0]!);
    expect(first).toEqual({ type: 'begin', format: 'receden/1', claimKind: 'chozai' });
    const r = await runCli(['convert', jsonl, '-o', back], ROOT);
    expect(r.code, r.stderr).toBe(0);
    expect(bytesEqual(new Uint8Array(readFileSync(back)), readBytes(join(ROOT, 'fixtures/chozai/RECEIPTY.SAH')))).toBe(true);
  });
});

describe('receden on 訪問看護 files', () => {
  it('inspect and validate: RECEIPTH.UKE is 訪問看護 and clean by its own rules', async () => {
    const i = await runCli(['inspect', 'fixtures/houkan/RECEIPTH.UKE', '--json'], ROOT);
    expect(i.code).toBe(0);
    expect(JSON.parse(i.stdout).claimKind).toBe('houkan');
    const v = await runCli(['validate', 'fixtures/houkan/RECEIPTH.UKE', '--json'], ROOT);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).files[0]).toMatchObject({ claimKind: 'houkan', kind: 'UKE', counts: { error: 0, warning: 0 } });
  });

  it('resubmit writes RECEIPTH.UKE per payer, identical to the hand-checked files', async () => {
    const out = join(tmp, 'houkan');
    const r = await runCli(
      ['resubmit', 'fixtures/houkan/RECEIPTH.HEN', '--corrections', 'fixtures/expected/houkan/corrections.json', '--billing-month', '202508', '--facility-name', 'あおば訪問看護ステーション', '--phone', '03-5555-0123', '-o', out],
      ROOT,
    );
    expect(r.code, r.stderr).toBe(0);
    for (const payer of ['shaho', 'kokuho']) {
      const got = new Uint8Array(readFileSync(join(out, payer, 'RECEIPTH.UKE')));
      expect(bytesEqual(got, readBytes(join(ROOT, 'fixtures/expected/houkan/resubmit', payer, 'RECEIPTH.UKE'))), payer).toBe(true);
    }
  });

  it('resubmit refuses a 訪問看護 SAH (re-claimed on paper) and writes nothing', async () => {
    // The fixture HEN with 返戻区分 5 (再審査等): read as SAH from its content.
    const text = new TextDecoder('shift_jis').decode(readBytes(join(ROOT, 'fixtures/houkan/RECEIPTH.HEN')));
    const lines = text.replace(/\r\n\x1a$/, '').split('\r\n').map((l) => l.replace(/HR,202507,1,/, 'HR,202507,5,'));
    const sah = join(tmp, 'RECEIPTH.SAH');
    writeFileSync(sah, sjisFile(lines));
    const out = join(tmp, 'houkan-sah');
    const r = await runCli(['resubmit', sah, '--billing-month', '202508', '--facility-name', 'あおば訪問看護ステーション', '-o', out], ROOT);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('resubmit/on-paper');
    expect(() => readFileSync(join(out, 'shaho', 'RECEIPTH.UKE'))).toThrow();
  });
});

describe('receden on DPC files', () => {
  it('inspect and validate: DPC from the content, clean by its own rules (総括 set included); forced to 医科 it is not', async () => {
    for (const file of ['fixtures/dpc/RECEIPTC.UKE', 'fixtures/dpc/RECEIPTC.HEN', 'fixtures/dpc/KOKUHO.HEN']) {
      const r = await runCli(['validate', file, '--json'], ROOT);
      expect(r.code, file).toBe(0);
      expect(JSON.parse(r.stdout).files[0], file).toMatchObject({ claimKind: 'dpc', counts: { error: 0, warning: 0 } });
    }
    const forced = await runCli(['validate', 'fixtures/dpc/RECEIPTC.UKE', '--kind', '医科', '--json'], ROOT);
    expect(forced.code).toBe(1);
    expect(JSON.parse(forced.stdout).files[0].diagnostics.some((d: { code: string }) => d.code === 'structure/foreign-record')).toBe(true);
  });

  it('resubmit: the 支払基金 and 国保連 DPC returns give the hand-checked RECEIPTC.UKE per payer', async () => {
    const out = join(tmp, 'dpc');
    const r = await runCli(
      ['resubmit', 'fixtures/dpc/RECEIPTC.HEN', 'fixtures/dpc/KOKUHO.HEN', '--corrections', 'fixtures/expected/dpc/corrections.json', '--billing-month', '202501', '--facility-name', '社会医療法人　青葉会　青葉台中央病院', '--phone', '03-5555-0142', '-o', out],
      ROOT,
    );
    expect(r.code, r.stderr).toBe(0);
    for (const payer of ['shaho', 'kokuho']) {
      const got = new Uint8Array(readFileSync(join(out, payer, 'RECEIPTC.UKE')));
      expect(bytesEqual(got, readBytes(join(ROOT, 'fixtures/expected/dpc/resubmit', payer, 'RECEIPTC.UKE'))), payer).toBe(true);
    }
  });
});

describe('receden on 労災 files', () => {
  it('inspect and validate tell 労災 from the content; the fixtures are clean by its rules', async () => {
    const r = await runCli(['inspect', 'fixtures/rosai/RREC0100.UKE', '--json'], ROOT);
    expect(JSON.parse(r.stdout).claimKind).toBe('rosai');
    const v = await runCli(['validate', 'fixtures/rosai/RREC0100.UKE', 'fixtures/rosai/RRECEC.HEN', '--json'], ROOT);
    expect(v.code, v.stdout).toBe(0);
    for (const f of JSON.parse(v.stdout).files) expect(f).toMatchObject({ claimKind: 'rosai', counts: { error: 0, warning: 0 } });
  });

  it('resubmit RRECEC.HEN writes <dir>/RRECnn00.UKS by reception number, identical to the hand-checked one', async () => {
    const out = join(tmp, 'rosai');
    const args = ['resubmit', 'fixtures/rosai/RRECEC.HEN', '--claimed', 'fixtures/rosai/RREC0100.UKE', '--claimed', 'fixtures/rosai/RREC0200.UKE', '--corrections', 'fixtures/expected/rosai/corrections.json', '--billing-month', '202506'];
    const r = await runCli([...args, '--submission-date', '20250610', '-o', out, '--lang', 'en'], ROOT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('RREC0100.UKS: 2 receipts, 請求金額 28465 yen');
    expect(r.stdout).toContain('→ RREC0100.UKS #2');
    expect(bytesEqual(new Uint8Array(readFileSync(join(out, 'RREC0100.UKS'))), readBytes(join(ROOT, 'fixtures/expected/rosai/resubmit/RREC0100.UKS')))).toBe(true);
    const check = await runCli([...args, '--submission-date', '20250610', '--check', '--lang', 'en'], ROOT);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toContain('resubmitted 20250516110400010002 → RREC0100.UKS #2 — ok');
    // Without the sending date nothing is written.
    const none = await runCli([...args, '-o', join(tmp, 'rosai-none')], ROOT);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('resubmit/submission-date-invalid');
  });
});
