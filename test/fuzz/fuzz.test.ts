/**
 * The fuzzer in the test suite: a fixed-seed run of 10,000 cases over every property (the same run
 * as `npm run fuzz -- --runs 10000 --seed 20261201`). A failure names the property and prints the
 * minimal reproducer; run the command above to save it under fixtures/fuzz/.
 */
import { describe, expect, it } from 'vitest';
import { preview, runFuzz } from './run.js';

describe('fuzzer (fixed seed, 10,000 cases)', () => {
  it('every property holds', { timeout: 15 * 60_000 }, async () => {
    const failures = await runFuzz({ runs: 10_000, seed: 20261201 });
    expect(failures.map((f) => `${f.property}: ${f.message}\n  seed ${f.seed} path ${f.path}\n  ${preview(f.bytes)}`)).toEqual([]);
  });
});
