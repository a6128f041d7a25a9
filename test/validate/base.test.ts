/** The three base files every rule test mutates validate without any finding. */
import { describe, expect, it } from 'vitest';
import { claimFile, reclaimFile, returnFile, run } from './build.js';

describe('base files', () => {
  it('a first claim has no finding', () => {
    expect(run(claimFile()).diagnostics).toEqual([]);
  });
  it('a re-claim has no finding (claim and resubmission presets)', () => {
    expect(run(reclaimFile()).diagnostics).toEqual([]);
    expect(run(reclaimFile(), { preset: 'resubmission' }).diagnostics).toEqual([]);
  });
  it('a return file has no finding', () => {
    expect(run(returnFile(), {}, { fileName: 'RECEIPTC.HEN' }).diagnostics).toEqual([]);
  });
});
