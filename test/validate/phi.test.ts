/**
 * Patient-identifying values (FieldDef.personal: 氏名, カタカナ氏名, 生年月日, 記号・番号, 受給者番号,
 * カルテ番号等 …) never appear in diagnostics unless showPersonalData is set.
 */
import { describe, expect, it } from 'vitest';
import { claimFile, KO_NUMBER, rec, reclaimFile, run } from './build.js';

const NAME = '髙山ﾀﾛｳ太郎丸右衛門之助左衛門';
const KANA = 'ﾔﾏﾀﾞﾀﾛｳ';
const BIRTH = '19800230';
const CHART = 'Ｃ１２３４５';
const SYMBOL = 'ABC１２３';
const NUMBER = '９８７６５４３２１０９８７６５４３２１０９８７６５';
const RECIPIENT = '12345';

function badPersonal(): string[] {
  return claimFile({
    re: { receiptType: '1122', patientName: NAME, birthDate: BIRTH, chartNumber: CHART, patientNameKana: KANA },
    ho: { cardSymbol: SYMBOL, cardNumber: NUMBER },
    mid: [rec('KO', { payerNumber: KO_NUMBER, recipientNumber: RECIPIENT, actualDays: '1', totalPoints: '100' })],
  });
}

describe('personal data', () => {
  it('bad personal fields are reported, and their values appear nowhere in the diagnostics', () => {
    const r = run(badPersonal());
    const codes = r.codes();
    for (const c of ['field/max-bytes', 'field/mode-mixed', 'field/jis-x0208', 'field/date', 'field/mode', 'cross/recipient-number']) expect(codes).toContain(c);
    const json = JSON.stringify(r.diagnostics);
    for (const v of [NAME, KANA, BIRTH, CHART, SYMBOL, NUMBER, RECIPIENT, 'ﾀﾛｳ', '1980']) expect(json).not.toContain(v);
    for (const locale of ['ja', 'en'] as const) {
      const j = JSON.stringify(run(badPersonal(), {}, {}, locale).diagnostics);
      expect(j).not.toContain(BIRTH);
    }
  });

  it('also in history lines and re-claims', () => {
    const r = run(reclaimFile({ re: { patientName: NAME, birthDate: BIRTH } }));
    expect(JSON.stringify(r.diagnostics)).not.toContain(BIRTH);
  });

  it('with showPersonalData the values may be shown', () => {
    const r = run(badPersonal(), { showPersonalData: true });
    const json = JSON.stringify(r.diagnostics);
    expect(json).toContain(BIRTH);
  });
});
