/**
 * Every code in every one of our fixtures is in its table: a walk over each field that references a 別表, on
 * every line (header, claim data, HR, history lines of every record, trailer), independent of the rules and of
 * their severities. A code of an open family (国保 200番台 …) counts as in the table; HR 返戻事由コード is looked up
 * only where its table applies (返戻区分 4–9), as the rules do.
 *
 * Walked: fixtures/RECEIPTC.HEN|SAH, fixtures/<kind>/*, and the hand-checked outputs under fixtures/expected/.
 * Not walked: fixtures/fuzz (random bytes by design) and fixtures/third-party (not ours).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import type { Rec } from '../../src/model/record.js';
import { codeTable } from '../../src/spec/registry.js';
import { FIELD_OVERRIDES } from '../../src/validate/engine/special.js';
import { FIXTURES, readBytes, sjisFile } from '../helpers/files.js';
import { historyLines, rec, reclaimFile } from './build.js';

const KIND_DIRS = ['shika', 'chozai', 'houkan', 'dpc', 'rosai'];

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(UKE|UKS|HEN|SAH|CYO)$/.test(name)) out.push(p);
  }
  return out;
}

const FILES = [join(FIXTURES, 'RECEIPTC.HEN'), join(FIXTURES, 'RECEIPTC.SAH'), ...KIND_DIRS.flatMap((k) => filesUnder(join(FIXTURES, k))), ...filesUnder(join(FIXTURES, 'expected'))];

interface Walk {
  /** `<line> <record>.<key> <table> "<code>"` for every code in no table. */
  readonly unknown: string[];
  /** Codes looked up. */
  checked: number;
  /** Record ids whose codes were looked up, prefixed lines marked with "8,". */
  readonly seen: Set<string>;
}

function codesOf(r: Rec, key: string, value: string): string[] {
  const o = FIELD_OVERRIDES[`${r.id}.${key}`];
  if (o?.separator) return value.split(o.separator).filter((c) => c !== '');
  const f = r.def!.fields.find((x) => x.key === key)!;
  if (f.repeat) {
    const out: string[] = [];
    for (let i = 0; i + f.repeat.unit <= value.length; i += f.repeat.unit) out.push(value.slice(i, i + f.repeat.unit));
    return out;
  }
  return [value];
}

function inTable(id: string, code: string): boolean {
  const t = codeTable(id)!;
  return Object.prototype.hasOwnProperty.call(t.codes, code) || (t.open ?? []).some((o) => new RegExp(o.pattern).test(code));
}

function walk(bytes: Uint8Array, fileName: string): Walk {
  const file = parse(bytes, { fileName });
  const w: Walk = { unknown: [], checked: 0, seen: new Set() };
  const lines = [...file.lead, ...file.receipts.flatMap((r) => r.records), ...file.tail];
  for (const r of lines) {
    const def = r.def;
    if (!def) continue;
    def.fields.forEach((f, i) => {
      if (i === 0 || !f.table) return;
      const value = r.at(i + 1) ?? '';
      if (value === '') return;
      const when = FIELD_OVERRIDES[`${r.id}.${f.key}`]?.tableWhen;
      if (when && !when.pattern.test(r.get(when.key) ?? '')) return;
      for (const c of codesOf(r, f.key, value)) {
        w.checked++;
        w.seen.add((r.prefixed ? '8,' : '') + r.id);
        if (!inTable(f.table, c)) w.unknown.push(`${r.line} ${r.id}.${f.key} ${f.table} "${c}"`);
      }
    });
  }
  return w;
}

describe('every code in our fixtures is in a table', () => {
  it('walks the fixtures', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(15);
  });

  for (const path of FILES) {
    it(relative(FIXTURES, path), () => {
      const w = walk(readBytes(path), path.split('/').pop()!);
      expect(w.checked).toBeGreaterThan(0);
      expect(w.unknown).toEqual([]);
    });
  }

  it('reaches the history-only records of the SAH fixture (MD, RT, JR, MK, JY)', () => {
    const w = walk(readBytes(join(FIXTURES, 'RECEIPTC.SAH')), 'RECEIPTC.SAH');
    for (const id of ['MD', 'RT', 'JR', 'MK', 'JY']) expect(w.seen, id).toContain('8,' + id);
  });

  it('would see a code in no table (the walk is not vacuous)', () => {
    const lines = reclaimFile({ history: [...historyLines().slice(0, -1), rec('JR', { reviewType: '9', referenceNumber: '1' }, '3,7,0'), historyLines().at(-1)!] });
    expect(walk(sjisFile(lines), 'RECEIPTC.UKE').unknown).toEqual(['11 JR.reviewType ret:jurann "9"']);
    const sex = reclaimFile({ re: { sex: '3' } });
    expect(walk(sjisFile(sex), 'RECEIPTC.UKE').unknown).toEqual(['2 RE.sex ika:6 "3"']);
  });
});
