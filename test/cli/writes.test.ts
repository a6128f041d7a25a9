/**
 * The atomic writer (src/node/write.ts) and the CLI's use of it: all-or-nothing across payers,
 * fsync before rename, nothing left behind on failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { writeAllAtomic, writeAtomic, WriteError } from '../../src/node/write.js';
import { FIXTURES } from '../helpers/files.js';
import { BILLING_MONTH, CLAIMS_KOKUHO, CLAIMS_SHAHO, CORRECTIONS_JSON, FACILITY } from '../resubmit/helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'receden-writes-'));
});
afterEach(() => vi.restoreAllMocks());

const ls = (d: string) => readdirSync(d).sort();

describe('writeAllAtomic: several files, all or nothing', () => {
  it('writes every file', async () => {
    await writeAllAtomic(
      [
        { path: join(dir, 'a', 'x'), data: 'A' },
        { path: join(dir, 'b', 'x'), data: 'B' },
      ],
      { createDirs: true },
    );
    expect(readFileSync(join(dir, 'a', 'x'), 'utf8')).toBe('A');
    expect(readFileSync(join(dir, 'b', 'x'), 'utf8')).toBe('B');
  });

  it('a failure while writing the second file leaves the first target as it was, and no temp file', async () => {
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'x'), 'old A');
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([1, 2, 3]);
      throw Object.assign(new Error('no inodes left'), { code: 'ENOSPC' });
    }
    await expect(writeAllAtomic([{ path: join(dir, 'a', 'x'), data: 'new A' }, { path: join(dir, 'b', 'x'), data: failing() }], { createDirs: true })).rejects.toMatchObject({ code: 'ENOSPC', op: 'write' });
    expect(readFileSync(join(dir, 'a', 'x'), 'utf8')).toBe('old A');
    expect(ls(join(dir, 'a'))).toEqual(['x']);
    expect(existsSync(join(dir, 'b'))).toBe(false); // the directory this call made is gone too
  });

  it('a failure at the second rename puts the first file back', async () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'x'), 'old A');
    const second = join(dir, 'b', 'x');
    // Once its temporary file is written, the second target becomes a non-empty directory: the rename fails.
    async function* thenBlock(): AsyncGenerator<Uint8Array> {
      try {
        yield new TextEncoder().encode('new B');
      } finally {
        mkdirSync(second);
        writeFileSync(join(second, 'keep'), '');
      }
    }
    await expect(writeAllAtomic([{ path: join(dir, 'a', 'x'), data: 'new A' }, { path: second, data: thenBlock() }])).rejects.toBeInstanceOf(WriteError);
    expect(readFileSync(join(dir, 'a', 'x'), 'utf8')).toBe('old A');
    expect(ls(join(dir, 'a'))).toEqual(['x']);
    expect(ls(join(dir, 'b'))).toEqual(['x']);
  });

  it('flushes the file (fsync) before renaming it into place', async () => {
    const probe = await open(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    const order: string[] = [];
    const sync = proto.sync;
    vi.spyOn(proto, 'sync').mockImplementation(function (this: unknown) {
      order.push('sync');
      return sync.call(this);
    });
    await writeAtomic(join(dir, 'f'), 'data');
    // The temporary file, then the directory after the rename.
    expect(order).toEqual(['sync', 'sync']);
    expect(readFileSync(join(dir, 'f'), 'utf8')).toBe('data');
  });
});

describe('receden resubmit writes both payers or neither', () => {
  it('when the second payer cannot be written, the first payer’s old file stays and the exit code is 3', async () => {
    for (const f of ['RECEIPTC.HEN', 'RECEIPTC.SAH']) copyFileSync(join(FIXTURES, f), join(dir, f));
    copyFileSync(CORRECTIONS_JSON, join(dir, 'c.json'));
    copyFileSync(CLAIMS_SHAHO, join(dir, 'shaho.UKE'));
    copyFileSync(CLAIMS_KOKUHO, join(dir, 'kokuho.UKE'));
    const out = join(dir, 'out');
    mkdirSync(join(out, 'shaho'), { recursive: true });
    writeFileSync(join(out, 'shaho', 'RECEIPTC.UKE'), 'last month');
    writeFileSync(join(out, 'kokuho'), 'a file where the kokuho directory should be');
    let err = '';
    const code = await run({
      argv: ['resubmit', 'RECEIPTC.HEN', 'RECEIPTC.SAH', '--corrections', 'c.json', '--claims', 'shaho.UKE', '--claims', 'kokuho.UKE', '--billing-month', BILLING_MONTH, '--facility-name', FACILITY.name, '--phone', FACILITY.phone, '-o', 'out', '--lang', 'en'],
      cwd: dir,
      stdout: { write: () => true },
      stderr: { write: (s: string) => ((err += s), true) },
    });
    expect(code).toBe(3);
    expect(err).toMatch(/cannot create directory .*kokuho: ENOTDIR/);
    expect(readFileSync(join(out, 'shaho', 'RECEIPTC.UKE'), 'utf8')).toBe('last month');
    expect(ls(join(out, 'shaho'))).toEqual(['RECEIPTC.UKE']);
  });
});

describe('strict library writers', () => {
  it('writeReceFile writes a valid model and refuses an invalid one (nothing on disk)', async () => {
    const { writeReceFile } = await import('../../src/node/index.js');
    const { parse } = await import('../../src/model/parse.js');
    const { readBytes, SAMPLE_UKE } = await import('../helpers/files.js');
    const hen = parse(readBytes(join(FIXTURES, 'RECEIPTC.HEN')), { fileName: 'RECEIPTC.HEN' });
    const ok = await writeReceFile(join(dir, 'h.HEN'), hen);
    expect(ok.written).toBe(true);
    const sample = parse(readBytes(SAMPLE_UKE));
    const bad = await writeReceFile(join(dir, 's.UKE'), sample);
    expect(bad.written).toBe(false);
    expect(bad.diagnostics.filter((d) => d.severity === 'error').length).toBe(102);
    expect(existsSync(join(dir, 's.UKE'))).toBe(false);
    expect((await writeReceFile(join(dir, 's.UKE'), sample, { force: true })).written).toBe(true);
    await expect(writeReceFile(join(dir, 'h.HEN'), hen, { inputs: [join(dir, 'h.HEN')] })).rejects.toBeInstanceOf(WriteError);
  });

  it('writeEventsChecked streams, checks the bytes as a reader would, and commits only a clean file', async () => {
    const { writeEventsChecked, parseFileStream } = await import('../../src/node/stream.js');
    const { checkOutput } = await import('../../src/write/check.js');
    const { readBytes, SAMPLE_UKE } = await import('../helpers/files.js');
    const r = await writeEventsChecked(join(dir, 'copy.UKE'), parseFileStream(SAMPLE_UKE));
    expect(r.written).toBe(false);
    expect(existsSync(join(dir, 'copy.UKE'))).toBe(false);
    expect(ls(dir)).toEqual([]);
    // The streamed check gives what the whole-file check gives.
    const whole = checkOutput(readBytes(SAMPLE_UKE));
    expect(r.diagnostics.map((d) => `${d.code}@${d.line}:${d.receipt ?? ''}`)).toEqual(whole.diagnostics.map((d) => `${d.code}@${d.line}:${d.receipt ?? ''}`));
    const forced = await writeEventsChecked(join(dir, 'copy.UKE'), parseFileStream(SAMPLE_UKE), { force: true });
    expect(forced.written).toBe(true);
    expect(readFileSync(join(dir, 'copy.UKE')).equals(readFileSync(SAMPLE_UKE))).toBe(true);
    const hen = await writeEventsChecked(join(dir, 'h.HEN'), parseFileStream(join(FIXTURES, 'RECEIPTC.HEN')));
    expect(hen.written).toBe(true);
  });
});
