/** GO totals (claim-records.md §1.2) on the receiptisan sample and the fixtures. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import { computeTotals, receiptTotals } from '../../src/model/totals.js';
import { readBytes, SAMPLE_UKE } from '../helpers/files.js';
import { hen, sah } from './helpers.js';

describe('computeTotals', () => {
  it('reproduces GO of the receiptisan sample (75 receipts, GO,140,86392,99)', () => {
    const f = parse(readBytes(SAMPLE_UKE));
    expect(computeTotals(f.receipts)).toEqual({ totalCount: 140, totalPoints: 86392, grouped: 0, unreadable: [] });
    expect(f.trailer?.get('totalCount')).toBe('140');
  });

  it('reproduces HG of the return fixtures (history lines never count)', () => {
    expect(computeTotals(hen().receipts)).toMatchObject({ totalCount: 4, totalPoints: 2024 });
    expect(computeTotals(sah().receipts)).toMatchObject({ totalCount: 4, totalPoints: 1945 });
  });

  it('says which receipts have no readable 主保険 合計点数', () => {
    const f = parse(new TextEncoder().encode('IR,1,13,1,0000000,,,202501,00,\r\nRE,1,1112,202412,,1,19900101\r\nSY,1\r\nRE,2,1112,202412,,1,19900101\r\nHO,01130012,,,1,12x\r\nGO,,,99\r\n'));
    expect(computeTotals(f.receipts)).toEqual({ totalCount: 1, totalPoints: 0, grouped: 0, unreadable: [0, 1] });
  });

  it('receiptTotals names the 主保険 record, and takes the HO / KO lists when the caller has them', () => {
    const f = parse(new TextEncoder().encode('IR,1,13,1,0000000,,,202501,00,\r\nRE,1,1112,202412\r\nKO,12345678,,,1,20\r\nKO,12345678,,,1,30\r\nRE,2,1112,202412\r\nHO,01130012,,,1,100\r\nKO,12345678,,,1,7\r\nGO,,,99\r\n'));
    const [a, b] = f.receipts;
    expect(receiptTotals(a!)).toMatchObject({ count: 2, points: 20, main: a!.claim[1] });
    expect(receiptTotals(b!)).toMatchObject({ count: 2, points: 100, main: b!.claim[1] });
    const ho = b!.claim.filter((r) => r.id === 'HO');
    const ko = b!.claim.filter((r) => r.id === 'KO');
    expect(receiptTotals({ claim: b!.claim, ho, ko })).toEqual(receiptTotals(b!));
  });
});
