/**
 * The runtime tables (src/spec/tables.generated.ts, read by the parser, serializer and validator) are the full
 * descriptors (src/spec/docs.ts) without their documentation: the generated file is what `npm run tables`
 * writes today, it builds exactly the stripped descriptors, and nothing else differs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rows } from '../../src/spec/compact.js';
import { KINDS as FULL } from '../../src/spec/docs.js';
import { ALL_CODE_TABLES, CLAIM_KINDS, KINDS, kindDefOf } from '../../src/spec/kinds.js';
import { ALL_CODE_TABLES as FULL_CODE_TABLES } from '../../src/spec/docs.js';
import { DOC_KEYS, runtimeOf, runtimeTablesSource, TABLES_FILE, tablesWithMeanings } from '../scripts/runtime-tables.js';
import { ROOT } from '../helpers/files.js';

const KEEP = tablesWithMeanings(Object.values(FULL));

/** Every property path holding one of the documentation keys, in a value. */
function docPaths(v: unknown, path = '', seen = new Set<object>()): string[] {
  if (v === null || typeof v !== 'object' || seen.has(v)) return [];
  seen.add(v);
  return Object.entries(v).flatMap(([k, x]) => [...(DOC_KEYS.has(k) ? [`${path}.${k}`] : []), ...docPaths(x, `${path}.${k}`, seen)]);
}

describe('runtime tables', () => {
  it('the generated file is up to date (after an edit of a table, run `npm run tables`)', () => {
    expect(readFileSync(join(ROOT, TABLES_FILE), 'utf8') === runtimeTablesSource(), `${TABLES_FILE} is out of date: run npm run tables`).toBe(true);
  });

  it.each(CLAIM_KINDS)('%s: the runtime descriptor is the full one without notes, sources and code meanings', (k) => {
    const { inpatientOf, ...data } = KINDS[k];
    expect(data).toEqual(runtimeOf(FULL[k], KEEP));
    // The functions are the full descriptor's own.
    expect(inpatientOf).toBe(FULL[k].inpatientOf);
    expect(docPaths(KINDS[k])).toEqual([]);
    // The full descriptors do have them (the check above can fail).
    expect(docPaths(FULL[k]).length).toBeGreaterThan(0);
  });

  it('objects the full descriptors share stay shared (one return record table for every kind that has it)', () => {
    let shared = 0;
    for (const a of CLAIM_KINDS)
      for (const b of CLAIM_KINDS)
        for (const id of Object.keys(FULL[a].returnRecords)) {
          const same = FULL[a].returnRecords[id] === FULL[b].returnRecords[id];
          expect(KINDS[a].returnRecords[id] === KINDS[b].returnRecords[id], `${a}/${b} ${id}`).toBe(same);
          if (same && a !== b) shared++;
        }
    expect(shared).toBeGreaterThan(0);
    expect(KINDS.ika.returnRecords.RC).toBe(KINDS.shika.returnRecords.RC);
    expect(kindDefOf('rosai', 'aftercare').records).toBe(KINDS.rosai.records);
  });

  it('code tables keep every code; meanings only where the model reads them (repeat-unit parts)', () => {
    expect([...ALL_CODE_TABLES.keys()]).toEqual([...FULL_CODE_TABLES.keys()]);
    for (const [id, t] of ALL_CODE_TABLES) {
      const full = FULL_CODE_TABLES.get(id)!;
      expect(Object.keys(t.codes)).toEqual(Object.keys(full.codes));
      expect(Object.values(t.codes).every((m) => m === '')).toBe(!KEEP.has(id) || Object.keys(full.codes).length === 0);
    }
    expect(KEEP.size).toBeGreaterThan(0);
    for (const id of KEEP) expect(ALL_CODE_TABLES.get(id)!.codes).toEqual(FULL_CODE_TABLES.get(id)!.codes);
  });

  it('rows(): holes are absent properties, every other cell a property', () => {
    expect(rows(['a', 'b', 'c'], [[1, , 3], ['x'], [], [undefined, null, 0]])).toEqual([{ a: 1, c: 3 }, { a: 'x' }, {}, { b: null, c: 0 }]);
    expect(Object.keys(rows(['a', 'b'], [[, 2]])[0]!)).toEqual(['b']);
  });
});
