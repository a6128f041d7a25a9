/**
 * The conformance corpus: exactly what its generator writes, in sync with the rule table (every rule has an
 * invalid/ file that shows it), and true: receden itself reports every sidecar's diagnostics and writes every
 * return's resubmission byte for byte.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import { resubmit } from '../../src/resubmit/index.js';
import { RULES, validate } from '../../src/validate/index.js';
import { KINDS, recordIn } from '../../src/spec/kinds.js';
import { GENERATED_KINDS } from '../../src/testing/files.js';
import { searchNumberMax } from '../../src/testing/returns.js';
import { conformanceDiagnostics, type CorpusIndex, type Sidecar } from '../../src/testing/conformance.js';
import { buildCorpus } from '../scripts/conformance-corpus.js';
import { bytesEqual, readBytes, ROOT } from '../helpers/files.js';

const DIR = join(ROOT, 'conformance');
const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as CorpusIndex;
const sidecar = (p: string) => JSON.parse(readFileSync(join(DIR, p), 'utf8')) as Sidecar;

function walk(d: string): string[] {
  return readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [relative(DIR, join(d, n))]));
}

describe('conformance corpus', () => {
  it('is exactly what `npm run conformance` writes (run it after changing a generator or a rule)', () => {
    const built = buildCorpus();
    const onDisk = walk(DIR).sort();
    expect(onDisk).toEqual(built.map((f) => f.path).sort());
    for (const f of built) expect(bytesEqual(readBytes(join(DIR, f.path)), f.bytes), f.path).toBe(true);
  });

  it('has an invalid/ file for every rule of the rule table, under the kind it applies to, that shows the rule', () => {
    const ids = RULES.map((r) => r.id);
    expect([...index.rules].sort()).toEqual([...ids].sort());
    for (const r of RULES) {
      const files = index.files.filter((f) => f.category === 'invalid' && f.rule === r.id);
      expect(files.length, `${r.id}: no conformance/<kind>/invalid/ file — add a corruption in src/testing/corrupt.ts and run npm run conformance`).toBeGreaterThan(0);
      for (const f of files) {
        if (r.kinds) expect(r.kinds, r.id).toContain(f.claimKind);
        const s = sidecar(f.sidecar);
        expect(s.diagnostics.some((d) => d.code === r.id), `${f.path} does not show ${r.id}`).toBe(true);
        // Exactly that rule broken: no other error.
        expect(s.diagnostics.filter((d) => d.severity === 'error' && d.code !== r.id), f.path).toEqual([]);
      }
    }
  });

  it('covers the boundary cases in edge/ and keeps valid/ and edge/ free of errors', () => {
    const edge = index.files.filter((f) => f.category === 'edge').map((f) => f.path.split('/').pop());
    for (const name of ['search-number-30.HEN', 'kokuho-6-digit.UKE', 'max-bytes.UKE', 'run-98.UKE', 'multi-volume-1.UKE', 'multi-volume-2.UKE', 'eof-present.UKE', 'eof-absent.UKE', 'lf-only.UKE']) expect(edge).toContain(name);
    for (const f of index.files.filter((x) => x.category !== 'invalid')) expect(sidecar(f.sidecar).diagnostics.filter((d) => d.severity === 'error'), f.path).toEqual([]);
    const sn = parse(readBytes(join(DIR, 'ika/edge/search-number-30.HEN'))).receipts.map((r) => r.searchNumber);
    expect(sn.every((s) => s.length === 30)).toBe(true);
    expect(readBytes(join(DIR, 'ika/edge/eof-absent.UKE')).at(-1)).not.toBe(0x1a);
    expect(readBytes(join(DIR, 'ika/edge/eof-present.UKE')).at(-1)).toBe(0x1a);
  });

  it('has edge/ for every kind, with the boundary cases that apply to it (from its descriptor)', () => {
    for (const kind of GENERATED_KINDS) {
      const k = KINDS[kind];
      const names = index.files.filter((f) => f.category === 'edge' && f.claimKind === kind).map((f) => f.path.split('/').pop()!);
      const want = ['max-bytes.UKE', 'eof-present.UKE', 'eof-absent.UKE', 'lf-only.UKE'];
      if (k.returns) want.push(`search-number-${searchNumberMax(kind)}.HEN`, 'search-number-17.HEN');
      if (recordIn(k, 'HO')) want.push('kokuho-6-digit.UKE');
      if (k.structure.practiceRun) want.push(`run-${k.structure.practiceRun.limit}.UKE`);
      if (k.totals === 'payers') want.push('multi-volume-1.UKE', 'multi-volume-2.UKE');
      expect([...names].sort(), kind).toEqual([...want].sort());
      for (const digits of k.returns ? [searchNumberMax(kind), 17] : []) {
        const f = parse(readBytes(join(DIR, `${kind}/edge/search-number-${digits}.HEN`)));
        expect(f.receipts.length, kind).toBeGreaterThan(0);
        expect(f.receipts.every((r) => r.searchNumber.length === digits), `${kind} ${digits}`).toBe(true);
      }
      if (recordIn(k, 'HO')) {
        const ho = parse(readBytes(join(DIR, `${kind}/edge/kokuho-6-digit.UKE`))).receipts.flatMap((r) => r.claim.filter((x) => x.id === 'HO'));
        expect(ho.length > 0 && ho.every((x) => /^ {2}[0-9]{6}$/.test(x.get('insurerNumber') ?? '')), kind).toBe(true);
      }
      expect(readBytes(join(DIR, `${kind}/edge/eof-absent.UKE`)).at(-1), kind).not.toBe(0x1a);
      expect(readBytes(join(DIR, `${kind}/edge/eof-present.UKE`)).at(-1), kind).toBe(0x1a);
    }
  });

  it('every sidecar is what receden reports, and every return resubmits to the bytes beside it', () => {
    for (const f of index.files) {
      const s = sidecar(f.sidecar);
      const file = parse(readBytes(join(DIR, f.path)), { fileName: s.file });
      expect([file.claimKind, file.kind], f.path).toEqual([s.claimKind, s.fileKind]);
      expect(conformanceDiagnostics(validate(file, { preset: s.preset })), f.path).toEqual(s.diagnostics);
      if (s.resubmission) {
        const beside = (name: string) => parse(readBytes(join(DIR, dirname(f.path), name)), { fileName: name });
        const byNumber = s.resubmission.claimed ? { claimed: [beside(s.resubmission.claimed)], submissionDate: s.resubmission.submissionDate } : {};
        const r = resubmit({ returns: [file], billingMonth: s.resubmission.billingMonth, facility: { name: 'テスト医院', phone: '03-0000-0000' }, ...byNumber });
        expect(r.ok, f.path).toBe(true);
        expect(bytesEqual(r.outputs[0]!.bytes!, readBytes(join(DIR, f.resubmission!))), f.path).toBe(true);
      }
    }
  });

  it('every valid/ and edge/ return of a kind resubmitted online has its resubmission (労災: with the claim file it was sent in)', () => {
    const returns = index.files.filter((f) => f.category !== 'invalid' && (f.fileKind === 'HEN' || f.fileKind === 'SAH'));
    for (const k of ['houkan', 'rosai'] as const) expect(returns.some((f) => f.claimKind === k), k).toBe(true);
    for (const f of returns) {
      const kind = KINDS[f.claimKind];
      if (!kind.resubmission || kind.resubmission.onPaper?.includes(f.fileKind as 'HEN' | 'SAH')) continue;
      expect(f.resubmission, f.path).toBeDefined();
      expect(sidecar(f.sidecar).resubmission?.claimed !== undefined, f.path).toBe(kind.resubmission.mode === 'reception-number');
    }
  });

  it('stays small (a few hundred KiB)', () => {
    const size = walk(DIR).reduce((n, p) => n + statSync(join(DIR, p)).size, 0);
    expect(size).toBeLessThan(2 * 1024 * 1024);
  });
});
