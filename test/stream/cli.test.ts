/**
 * The CLI on the streaming path: `inspect` and `convert` print and write exactly what the
 * whole-file code did, and show progress only on a terminal, for inputs over 4 MB, without --quiet.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/cli/commands/inspect.js';
import { run } from '../../src/cli/run.js';
import { summarize } from '../../src/model/inspect.js';
import { toJson } from '../../src/json/form.js';
import { parse } from '../../src/model/parse.js';
import { FIXTURES, readBytes, SAMPLE_UKE } from '../helpers/files.js';

const FILES = [join(FIXTURES, 'RECEIPTC.HEN'), join(FIXTURES, 'RECEIPTC.SAH'), SAMPLE_UKE];
const tmp = mkdtempSync(join(tmpdir(), 'receden-cli-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(argv: string[], tty = false) {
  let out = '';
  let err = '';
  const code = await run({
    argv,
    cwd: tmp,
    stdout: { write: (s: string | Uint8Array) => (out += typeof s === 'string' ? s : new TextDecoder().decode(s)) },
    stderr: { write: (s: string) => (err += s), isTTY: tty },
  });
  return { code, out, err };
}

describe('inspect (streamed)', () => {
  it('prints what the whole-file summary prints, text and --json', async () => {
    for (const p of FILES) {
      const f = parse(readBytes(p), { fileName: p.split('/').pop() });
      for (const names of [false, true]) {
        const s = summarize(f, { showNames: names });
        const extra = names ? ['--show-names'] : [];
        expect((await cli(['inspect', p, ...extra])).out).toBe(renderSummary(s));
        expect((await cli(['inspect', p, '--json', ...extra])).out).toBe(JSON.stringify(s, null, 2) + '\n');
      }
    }
  });

  it('a missing file is an I/O error', async () => {
    const r = await cli(['inspect', join(tmp, 'nope.UKE')]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/nope\.UKE を読めません: ENOENT/);
  });
});

describe('convert (streamed)', () => {
  it('writes the same JSON as the whole-file conversion, and JSON Lines that convert back', async () => {
    for (const p of FILES) {
      const b = readBytes(p);
      expect((await cli(['convert', p, '-o', join(tmp, 'x.json')])).code).toBe(0);
      expect(readFileSync(join(tmp, 'x.json'), 'utf8')).toBe(JSON.stringify(toJson(parse(b)), null, 1) + '\n');
      expect((await cli(['convert', p, '-o', join(tmp, 'x.txt'), '--jsonl'])).code).toBe(0);
      expect((await cli(['convert', p, '-o', join(tmp, 'x.jsonl')])).code).toBe(0);
      expect(readFileSync(join(tmp, 'x.txt'), 'utf8')).toBe(readFileSync(join(tmp, 'x.jsonl'), 'utf8'));
      // Strict writes: the bytes are checked first; --force writes a file with findings anyway.
      expect((await cli(['convert', join(tmp, 'x.jsonl'), '-o', join(tmp, 'back.UKE'), '--force'])).code).toBeLessThan(2);
      expect(readBytes(join(tmp, 'back.UKE'))).toEqual(b);
    }
  });
});

describe('progress', () => {
  const big = join(tmp, 'big.HEN');
  const hen = readBytes(join(FIXTURES, 'RECEIPTC.HEN'));
  // HI, then the three receipts repeated past 4 MB, then HG.
  const lines = new TextDecoder('latin1').decode(hen).split('\r\n');
  const body = lines.slice(1, -2).join('\r\n') + '\r\n';
  writeFileSync(big, Buffer.from(lines[0] + '\r\n' + body.repeat(Math.ceil((4.2 * 2 ** 20) / body.length)) + lines.at(-2) + '\r\n\x1a', 'latin1'));

  it('is shown on a terminal for a large input, and not with --quiet or off a terminal', async () => {
    const shown = await cli(['inspect', big], true);
    expect(shown.code).toBe(0);
    expect(shown.err).toMatch(/\r.*MB \(\d+%\).*receipts.*MB\/s/);
    expect((await cli(['inspect', big, '--quiet'], true)).err).toBe('');
    expect((await cli(['inspect', big], false)).err).toBe('');
    expect((await cli(['inspect', join(FIXTURES, 'RECEIPTC.HEN')], true)).err).toBe('');
    expect(shown.out).toBe((await cli(['inspect', big, '--quiet'], true)).out);
  });

  it('validate and reasons show it too (validate over its two passes), and honour --quiet', async () => {
    const v = await cli(['validate', big], true);
    expect(v.err).toMatch(/\r.*MB \(\d+%\).*MB\/s/);
    expect((await cli(['validate', big, '--quiet'], true)).err).toBe('');
    expect(v.out).toBe((await cli(['validate', big, '--quiet'], true)).out);
    const r = await cli(['reasons', big], true);
    expect(r.err).toMatch(/\r.*MB \(\d+%\).*MB\/s/);
    expect((await cli(['reasons', big, '--quiet'], true)).err).toBe('');
    expect((await cli(['reasons', big], false)).err).toBe('');
  });
});

describe('streaming helpers for the validate command', () => {
  it('validateInput = validate() on the parsed file; missing files are I/O errors', async () => {
    const { validateInput } = await import('../../src/cli/stream.js');
    const { openInput } = await import('../../src/cli/input.js');
    const { validate, effectiveKind, resolvePreset } = await import('../../src/validate/index.js');
    const io = { argv: [], cwd: tmp, stdout: { write: () => true }, stderr: { write: () => true } };
    for (const p of FILES) {
      const f = parse(readBytes(p), { fileName: p.split('/').pop() });
      const v = await validateInput(await openInput(io, p), {});
      expect(v.diagnostics).toEqual(validate(f));
      expect([v.kind, v.preset]).toEqual([effectiveKind(f), resolvePreset(f)]);
    }
    await expect(openInput(io, 'nope.UKE')).rejects.toMatchObject({ code: 3, message: 'cannot read nope.UKE: ENOENT' });
  });
});

describe('progress counts the real total, shows the pass, and redraws at most ten times a second', () => {
  const big = join(tmp, 'big2.HEN');
  const hen = readBytes(join(FIXTURES, 'RECEIPTC.HEN'));
  const lines = new TextDecoder('latin1').decode(hen).split('\r\n');
  const body = lines.slice(1, -2).join('\r\n') + '\r\n';
  writeFileSync(big, Buffer.from(lines[0] + '\r\n' + body.repeat(Math.ceil((4.2 * 2 ** 20) / body.length)) + lines.at(-2) + '\r\n\x1a', 'latin1'));
  const size = (Number(readFileSync(big).length) / 1e6).toFixed(1);
  const draws = (err: string) => err.split('\r').filter((l) => l.includes('MB (')).map((l) => l.replace(/\x1b\[K/g, ''));

  it('validate shows 1/2 then 2/2, never past 100 % of the file, and counts receipts', async () => {
    const v = draws((await cli(['validate', big], true)).err);
    expect(v.some((l) => l.includes('[1/2]'))).toBe(true);
    expect(v.some((l) => l.includes('[2/2]'))).toBe(true);
    for (const l of v) {
      const m = /([\d.]+) \/ ([\d.]+) MB \((\d+)%\)/.exec(l)!;
      expect(m[2]).toBe(size);
      expect(Number(m[1])).toBeLessThanOrEqual(Number(m[2]));
      expect(Number(m[3])).toBeLessThanOrEqual(100);
    }
    expect(v.at(-1)).toMatch(/\[2\/2\] .*\(100%\)\s+\d+ receipts/);
    expect(Number(/(\d+) receipts/.exec(v.at(-1)!)![1])).toBeGreaterThan(0);
  });

  it('convert to JSON (two passes) never shows more than the file', async () => {
    const c = draws((await cli(['convert', big, '-o', join(tmp, 'big.json')], true)).err);
    expect(c.length).toBeGreaterThan(0);
    for (const l of c) expect(Number(/\((\d+)%\)/.exec(l)![1])).toBeLessThanOrEqual(100);
    expect(c.some((l) => l.includes('[2/2]'))).toBe(true);
  });

  it('redraws at most once per 100 ms (a fake clock: 10,000 updates in one second → at most 11 draws)', async () => {
    const { createProgress } = await import('../../src/cli/progress.js');
    let now = 0;
    let written = 0;
    const io = { argv: [], cwd: tmp, stdout: { write: () => true }, stderr: { write: () => ((written++), true), isTTY: true } };
    const p = createProgress(io, 'x', 100e6, false, () => now);
    for (let i = 0; i < 10_000; i++) {
      now = i / 10; // 10,000 updates over 1,000 ms
      p.update(i * 1000);
    }
    p.update(100e6); // the end is always drawn
    expect(p.draws).toBeLessThanOrEqual(12);
    expect(p.draws).toBeGreaterThanOrEqual(10);
    expect(written).toBe(p.draws);
  });
});
