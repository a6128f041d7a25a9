/**
 * 訪問看護 end to end: fixtures/houkan/RECEIPTH.HEN + fixtures/expected/houkan/corrections.json → the
 * 再請求 files (RECEIPTH.UKE per 審査支払機関), compared byte for byte with the hand-checked files in
 * fixtures/expected/houkan/resubmit/ (fixtures/expected/README.md says what was checked). The rules are the
 * 支払基金 手引き（訪問看護）R06.6 別紙1: HH → HM, HG → GO, the unprefixed HR deleted, the 履歴管理ブロック and
 * RE 検索番号 untouched, レセプト番号 in recording order; a receipt sent to another 審査支払機関, or the split-off
 * part of a receipt, is a first claim (no 検索番号, no history); returns from an insurer's 再審査 (SAH) are
 * re-claimed on paper — reported, never written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/diagnostics/index.js';
import { parse } from '../../src/model/parse.js';
import { readCorrectionsJson } from '../../src/resubmit/corrections-file.js';
import type { Correction } from '../../src/resubmit/corrections.js';
import { resubmit } from '../../src/resubmit/resubmit.js';
import { validate } from '../../src/validate/index.js';
import { bytesEqual, readBytes, ROOT } from '../helpers/files.js';
import { expectedBytes } from './helpers.js';

const HEN_PATH = 'fixtures/houkan/RECEIPTH.HEN';
const henBytes = readBytes(join(ROOT, HEN_PATH));
const hen = parse(henBytes, { fileName: HEN_PATH });
const read = readCorrectionsJson(readFileSync(join(ROOT, 'fixtures/expected/houkan/corrections.json'), 'utf8'));
if (!read.ok) throw new Error(JSON.stringify(read));
const corrections = read.corrections;
const facility = { name: 'あおば訪問看護ステーション', phone: '03-5555-0123' };
const SN = (n: number): string => `202507136091501230000010${n}`;

describe('resubmit 訪問看護: RECEIPTH.HEN with the example corrections', () => {
  const result = resubmit({ returns: [hen], corrections, billingMonth: '202508', facility });

  it('reads the return as 訪問看護 HEN from its content', () => {
    expect([hen.claimKind, hen.kind, hen.header?.id, hen.trailer?.id]).toEqual(['houkan', 'HEN', 'HH', 'HG']);
  });

  it('writes RECEIPTH.UKE for 社保 (re-claims) and 国保 (the receipt sent to the 国保連: a first claim)', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${messageOf(d)}`)).toEqual([]);
    expect(result.written).toBe(true);
    expect(result.outputs.map((o) => [o.name, o.payer, o.claimKind, o.fileName])).toEqual([
      ['shaho', '1', 'houkan', 'RECEIPTH.UKE'],
      ['kokuho', '2', 'houkan', 'RECEIPTH.UKE'],
    ]);
    expect(result.receipts.map((r) => [r.searchNumber, r.status, r.payer, r.receiptNumber])).toEqual([
      [SN(1), 'resubmitted', '1', 1],
      [SN(2), 'first-claim', '2', 1],
      [SN(3), 'resubmitted', '1', 2],
    ]);
  });

  it('writes exactly the hand-checked expected files', () => {
    for (const o of result.outputs) {
      const path = join(ROOT, 'fixtures/expected/houkan/resubmit', o.name, o.fileName);
      expect(bytesEqual(o.bytes!, expectedBytes(path, o.bytes!)), path).toBe(true);
    }
  });

  it('frames each output with HM (from HH and the options) and the one-field GO; no HH, HG or unprefixed HR', () => {
    for (const o of result.outputs) {
      const f = parse(o.bytes!);
      expect([f.claimKind, f.kind]).toEqual(['houkan', 'UKE']);
      const hm = f.header!;
      expect(hm.id).toBe('HM');
      expect([hm.get('payer'), hm.get('prefecture'), hm.get('scoreTable'), hm.get('facilityCode'), hm.get('facilityName'), hm.get('billingMonth'), hm.get('phone')]).toEqual([o.payer, '13', '6', '9150123', facility.name, '202508', facility.phone]);
      expect(hm.values().length).toBe(8);
      expect(f.trailer?.id).toBe('GO');
      expect(f.trailer!.values()).toEqual(['GO']);
      const ids = f.receipts.flatMap((r) => [...r.claim, ...r.reasons].map((x) => x.id));
      for (const id of ['HH', 'HG', 'HR']) expect(ids).not.toContain(id);
    }
  });

  it('renumbers レセプト番号 and keeps 検索番号 and the history block only for re-claims', () => {
    const [shaho, kokuho] = result.outputs.map((o) => parse(o.bytes!));
    expect(shaho!.receipts.map((r) => [r.re.get('receiptNumber'), r.re.get('searchNumber'), r.history.length > 0])).toEqual([
      ['1', SN(1), true],
      ['2', SN(3), true],
    ]);
    expect(kokuho!.receipts.map((r) => [r.re.get('receiptNumber'), r.re.get('searchNumber') ?? '', r.history.length])).toEqual([['1', '', 0]]);
  });

  it('keeps every history line of a re-claimed receipt byte for byte', () => {
    const out = parse(result.outputs[0]!.bytes!);
    const bySn = new Map(out.receipts.map((r) => [r.searchNumber, r]));
    let compared = 0;
    for (const r of hen.receipts) {
      const o = bySn.get(r.searchNumber);
      if (!o) continue;
      expect(r.history.length).toBeGreaterThan(0);
      expect(bytesEqual(o.historyBytes(), r.historyBytes()), r.searchNumber).toBe(true);
      compared++;
    }
    expect(compared).toBe(2);
  });

  it('the outputs validate with the 訪問看護 rules: no error, no warning but the first-claim-only file’s', () => {
    for (const o of result.outputs) {
      const ds = validate(parse(o.bytes!), { preset: 'resubmission' });
      const allowed = o.name === 'kokuho' ? ['resubmit/no-reclaims'] : [];
      expect(ds.filter((d) => d.severity !== 'info' && !allowed.includes(d.code)).map((d) => `${d.code} L${d.line} ${messageOf(d, 'en')}`)).toEqual([]);
    }
  });
});

describe('resubmit 訪問看護: the other official cases', () => {
  it('a 国保 保険者番号 alone moves the receipt to the 国保連 as a first claim (別紙1 4(1))', () => {
    const ops: Correction[] = [{ op: 'set', receipt: { searchNumber: SN(2) }, record: 'HO', field: 'insurerNumber', value: '  138073' }];
    const r = resubmit({ returns: [hen], corrections: ops, billingMonth: '202508', facility });
    expect(r.receipts.find((x) => x.searchNumber === SN(2))).toMatchObject({ status: 'first-claim', payer: '2' });
    const kokuho = parse(r.outputs.find((o) => o.name === 'kokuho')!.bytes!);
    expect(kokuho.header!.get('payer')).toBe('2');
    expect(kokuho.receipts.map((x) => [x.re.get('searchNumber') ?? '', x.history.length])).toEqual([['', 0]]);
  });

  it('a split receipt: the returned part is re-claimed with its history, the split-off part is a first claim (別紙1 4(2))', () => {
    const ops: Correction[] = [
      { op: 'split', receipt: { searchNumber: SN(3) } },
      { op: 'set', receipt: { searchNumber: SN(3), part: 2 }, record: 'HO', field: 'insurerNumber', value: '06138127' },
    ];
    const r = resubmit({ returns: [hen], corrections: ops, billingMonth: '202508', facility });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([]);
    const out = parse(r.outputs[0]!.bytes!);
    expect(out.receipts.map((x) => [x.re.get('receiptNumber'), x.re.get('searchNumber') ?? '', x.history.length > 0])).toEqual([
      ['1', SN(1), true],
      ['2', SN(2), true],
      ['3', SN(3), true],
      ['4', '', false],
    ]);
    expect(out.receipts[3]!.claim.find((x) => x.id === 'HO')!.get('insurerNumber')).toBe('06138127');
  });

  it('with this month’s first claims (RECEIPTH.UKE): they come first, and every receipt is renumbered 1…n (別紙1 3(1)イ)', () => {
    const uke = parse(readBytes(join(ROOT, 'fixtures/houkan/RECEIPTH.UKE')));
    const r = resubmit({ returns: [hen], newClaims: [uke], corrections, billingMonth: '202507', facility });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${messageOf(d)}`)).toEqual([]);
    const out = parse(r.outputs.find((o) => o.name === 'shaho')!.bytes!);
    expect(out.receipts.map((x) => x.re.get('receiptNumber'))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(out.receipts.map((x) => x.re.get('searchNumber') ?? '')).toEqual(['', '', '', '', '', SN(1), SN(3)]);
    expect(out.header!.get('billingMonth')).toBe('202507');
    expect(out.trailer!.values()).toEqual(['GO']);
  });

  it('a return from an insurer’s 再審査 (SAH) is re-claimed on paper: reported, nothing written', () => {
    const sah = parse(henBytes, { fileName: 'RECEIPTH.SAH', kind: 'SAH' });
    expect([sah.claimKind, sah.kind]).toEqual(['houkan', 'SAH']);
    const r = resubmit({ returns: [sah], billingMonth: '202508', facility });
    expect(r.diagnostics.filter((d) => d.code === 'resubmit/on-paper').map((d) => [d.severity, d.params?.kind])).toEqual([['error', 'SAH']]);
    expect(messageOf(r.diagnostics.find((d) => d.code === 'resubmit/on-paper')!, 'ja')).toContain('紙で再請求');
    expect(r.written).toBe(false);
    expect(r.outputs.every((o) => o.bytes === undefined)).toBe(true);
    // With a HEN alongside, the HEN is still refused as a whole run: the paper return is not dropped silently.
    const both = resubmit({ returns: [hen, sah], billingMonth: '202508', facility });
    expect(both.diagnostics.some((d) => d.code === 'resubmit/on-paper' && d.params?.input === 2)).toBe(true);
    expect(both.written).toBe(false);
  });
});
