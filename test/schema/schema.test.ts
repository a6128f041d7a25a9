/**
 * The JSON Schemas (schema/*.json, `receden schema <name>`): the committed files are what the
 * generator writes, and a standard validator (ajv, draft 2020-12) accepts what receden itself writes
 * — every fixture's JSON form and JSON Lines, the corrections files, diagnostics and reason rows —
 * and rejects documents receden would refuse.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, readBytes } from '../helpers/files.js';
import { runCli } from '../helpers/cli.js';
import { schemaFiles } from '../scripts/schema-files.js';
import { JSON_SCHEMA_NAMES, fromJson, jsonSchema, localize, parse, reasons, toJson, validate, jsonLinesStream, JsonFileSchema, CorrectionsFileSchema } from '../../src/index.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map<string, ValidateFunction>();
function validatorOf(name: string): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', `${name}.schema.json`), 'utf8')) as object);
    validators.set(name, v);
  }
  return v;
}
function check(name: string, data: unknown): string[] {
  const v = validatorOf(name);
  return v(data) ? [] : (v.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Every claim and return file among the fixtures (ours, the expected outputs and the third-party sample). */
function claimFiles(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'src' || n === 'fuzz' ? [] : claimFiles(p);
    return /\.(UKE|HEN|SAH|CYO|UKS)$/.test(n) ? [p] : [];
  });
}

const FILES = claimFiles();

describe('schema/', () => {
  it('holds exactly what `npm run schema` writes (run it after changing a table or a zod schema)', () => {
    const want = schemaFiles();
    const have = readdirSync(join(ROOT, 'schema')).sort();
    expect(have).toEqual([...want.keys()].sort());
    for (const [name, text] of want) expect(readFileSync(join(ROOT, 'schema', name), 'utf8'), name).toBe(text);
  });

  it('every schema is a valid draft 2020-12 schema with its $id and a title', () => {
    for (const name of JSON_SCHEMA_NAMES) {
      const s = jsonSchema(name)!;
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toBe(`https://github.com/receden/receden/blob/main/schema/${name}.schema.json`);
      expect(typeof s.title).toBe('string');
      expect(() => validatorOf(name), name).not.toThrow();
    }
    expect(jsonSchema('nope')).toBeUndefined();
  });
});

describe('the fixtures’ JSON validates against the schemas', () => {
  it(`the JSON form of every fixture (${FILES.length} files): json-form and its kind's json-form-<kind>`, () => {
    expect(FILES.length).toBeGreaterThan(20);
    const kinds = new Set<string>();
    for (const p of FILES) {
      const file = parse(readBytes(p), { fileName: p });
      const doc = JSON.parse(JSON.stringify(toJson(file)));
      expect(check('json-form', doc), relative(ROOT, p)).toEqual([]);
      expect(file.claimKind).not.toBe('unknown');
      kinds.add(file.claimKind);
      expect(check(`json-form-${file.claimKind}`, doc), relative(ROOT, p)).toEqual([]);
      // …and without line numbers and the dictionary, as a vendor may write it.
      expect(check(`json-form-${file.claimKind}`, JSON.parse(JSON.stringify(toJson(file, { lineNumbers: false, fieldNames: false })))), relative(ROOT, p)).toEqual([]);
    }
    expect([...kinds].sort()).toEqual(['chozai', 'dpc', 'houkan', 'ika', 'rosai', 'shika']);
  });

  it('the JSON Lines of every fixture: json-lines, line by line', async () => {
    for (const p of FILES) {
      const bytes = readBytes(p);
      async function* src() {
        yield bytes;
      }
      let n = 0;
      for await (const line of jsonLinesStream(src())) {
        expect(check('json-lines', JSON.parse(line)), `${relative(ROOT, p)} line ${n}`).toEqual([]);
        n++;
      }
      expect(n).toBeGreaterThan(2);
    }
  });

  it('the CLI’s convert output validates too', async () => {
    const r = await runCli(['convert', join(FIXTURES, 'RECEIPTC.HEN'), '-o', '-', '--jsonl'], ROOT);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    for (const l of lines) expect(check('json-lines', JSON.parse(l))).toEqual([]);
  });

  it('the corrections files (fixtures/corrections.example.json and the expected runs’ corrections)', () => {
    const files = [join(FIXTURES, 'corrections.example.json'), ...readdirSync(join(FIXTURES, 'expected')).map((k) => join(FIXTURES, 'expected', k, 'corrections.json')).filter((p) => { try { return statSync(p).isFile(); } catch { return false; } })];
    expect(files.length).toBeGreaterThan(1);
    for (const p of files) {
      const doc = JSON.parse(readFileSync(p, 'utf8'));
      expect(CorrectionsFileSchema.safeParse(doc).success, p).toBe(true);
      expect(check('corrections', doc), relative(ROOT, p)).toEqual([]);
    }
  });

  it('diagnostics (localized, as --json writes them) and reason rows', async () => {
    let diagnostics = 0;
    for (const p of FILES) {
      const file = parse(readBytes(p), { fileName: p });
      for (const d of validate(file).slice(0, 50)) {
        expect(check('diagnostic', JSON.parse(JSON.stringify(localize(d, 'en')))), d.code).toEqual([]);
        expect(check('diagnostic', JSON.parse(JSON.stringify(d))), d.code).toEqual([]);
        diagnostics++;
      }
    }
    // A broken file gives plenty.
    const broken = parse(new TextEncoder().encode('IR,1,13\r\nRE,x\r\n'));
    for (const d of validate(broken)) expect(check('diagnostic', JSON.parse(JSON.stringify(localize(d, 'ja')))), d.code).toEqual([]);
    // …and so do JSON problems (with a path).
    const bad = fromJson('{"format":"receden/1"}');
    expect(bad.ok).toBe(false);
    for (const d of bad.ok ? [] : bad.problems) expect(check('diagnostic', JSON.parse(JSON.stringify(d)))).toEqual([]);
    expect(diagnostics).toBeGreaterThan(0);

    const returns = FILES.filter((p) => /\.(HEN|SAH)$/.test(p)).map((p) => parse(readBytes(p), { fileName: p }));
    const rows = reasons(returns);
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(check('reason-row', JSON.parse(JSON.stringify(r)))).toEqual([]);
    for (const r of reasons(returns, { showPersonalData: true })) expect(check('reason-row', JSON.parse(JSON.stringify(r)))).toEqual([]);
    const cli = await runCli(['reasons', join(FIXTURES, 'RECEIPTC.HEN'), '--json'], ROOT);
    for (const r of (JSON.parse(cli.stdout) as { reasons: unknown[] }).reasons) expect(check('reason-row', r)).toEqual([]);
  });
});

describe('the schemas reject what receden refuses', () => {
  const doc = () => JSON.parse(JSON.stringify(toJson(parse(readBytes(join(FIXTURES, 'RECEIPTC.HEN'))))));

  it('a field key the record’s table lacks (the per-kind schema and zod agree), a bad prefix, a wrong format', () => {
    const d = doc();
    d.receipts[0].claim[0].fields.notAField = 'x';
    expect(check('json-form-ika', d)).not.toEqual([]);
    expect(JsonFileSchema.safeParse(d).success).toBe(false);
    // The generic schema types `fields` as any string map only (zod checks them against the tables).
    expect(check('json-form', d)).toEqual([]);

    const p = doc();
    p.receipts[0].history[0].prefix.dataKind = 'x';
    expect(check('json-form', p)).not.toEqual([]);
    expect(JsonFileSchema.safeParse(p).success).toBe(false);

    expect(check('json-form', { ...doc(), format: 'receden/2' })).not.toEqual([]);
    expect(check('json-form-shika', doc())).not.toEqual([]);
  });

  it('an unknown record with fields, a corrections file with a numeric 検索番号, an unknown JSON Lines type', () => {
    const d = doc();
    d.receipts[0].claim.push({ record: 'ZZ', fields: { a: '1' } });
    expect(check('json-form-ika', d)).not.toEqual([]);
    expect(JsonFileSchema.safeParse(d).success).toBe(false);
    d.receipts[0].claim[d.receipts[0].claim.length - 1] = { record: 'ZZ', values: ['ZZ', '1'] };
    expect(check('json-form-ika', d)).toEqual([]);

    const c = JSON.parse(readFileSync(join(FIXTURES, 'corrections.example.json'), 'utf8'));
    c.receipts[0].searchNumber = 12345;
    expect(check('corrections', c)).not.toEqual([]);
    expect(CorrectionsFileSchema.safeParse(c).success).toBe(false);
    expect(check('json-lines', { type: 'middle' })).not.toEqual([]);
  });

  it('`receden schema` lists the names and prints one; an unknown name is a usage error', async () => {
    const list = await runCli(['schema'], ROOT);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n')).toEqual([...JSON_SCHEMA_NAMES]);
    const one = await runCli(['schema', 'corrections'], ROOT);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(readFileSync(join(ROOT, 'schema', 'corrections.schema.json'), 'utf8'));
    const bad = await runCli(['schema', 'nope', '--lang', 'en'], ROOT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('must be one of');
  });
});
