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
