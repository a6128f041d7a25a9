/**
 * Builders of minimal 訪問看護 (RECEIPTH.UKE) files for the validator tests: records by field key of the
 * 訪問看護 tables, and one base receipt (医保単独, two visits) that validates without any finding.
 */
import { HOUKAN_RECORDS } from '../../src/spec/houkan/records/index.js';

type HoukanId = keyof typeof HOUKAN_RECORDS;

/** One 訪問看護 record line: `id` and the given fields by key, every other field empty. */
export function hrec(id: HoukanId, values: Readonly<Record<string, string>> = {}): string {
  const def = HOUKAN_RECORDS[id];
  for (const k of Object.keys(values)) if (!def.fields.some((f) => f.key === k)) throw new Error(`${id} has no field ${k}`);
  return def.fields.map((f, i) => (i === 0 ? id : (values[f.key] ?? ''))).join(',');
}

export const HM_LINE = hrec('HM', { payer: '1', prefecture: '13', scoreTable: '6', facilityCode: '9150123', facilityName: 'テスト訪問看護ステーション', billingMonth: '202507' });
export const HOUKAN_HO_NUMBER = '01130129';
/** A 公費 whose 負担者番号 starts with 54 (難病) and one with 12 (生活保護). */
export const HOUKAN_KO_54 = '54136023';
export const HOUKAN_KO_12 = '12137055';

/** KA of the base receipt: two visit days (3rd and 10th), 5,550 + 7,670 + 5,550 + 3,000 = 21,770 円. */
export const KA_BASE = [
  hrec('KA', { calcDate: '20250603', burdenCategory: '1', code: '510000110', amount: '5550', staffCodes: '03', sameDayVisits: '01', instructionType: '01' }),
  hrec('KA', { calcDate: '20250603', burdenCategory: '1', code: '550000410', amount: '7670' }),
  hrec('KA', { calcDate: '20250610', burdenCategory: '1', code: '510000110', amount: '5550', staffCodes: '03', sameDayVisits: '01', instructionType: '01' }),
  hrec('KA', { calcDate: '20250610', burdenCategory: '1', code: '550000510', amount: '3000' }),
];

export interface HoukanParts {
  re?: Record<string, string>;
  ho?: Record<string, string> | null;
  /** KO, SN, JD, MF lines (after the HO). */
  mid?: string[];
  ka?: string[];
  go?: string;
}

/** A 訪問看護 first claim: HM, one receipt (RE … KA), GO. */
export function houkanFile(p: HoukanParts = {}): string[] {
  return [
    HM_LINE,
    hrec('RE', { receiptNumber: '1', receiptType: '6116', serviceMonth: '202506', patientName: 'テスト　花子', sex: '2', birthDate: '19620815', ...p.re }),
    ...(p.ho === null ? [] : [hrec('HO', { insurerNumber: HOUKAN_HO_NUMBER, cardNumber: '１２', actualDays: '2', totalAmount: '21770', ...p.ho })]),
    ...(p.mid ?? []),
    hrec('IH', { institutionPrefecture: '13', institutionScoreTable: '1', institutionCode: '0112345', institutionName: 'テスト内科', doctorName: 'テスト　一郎' }),
    hrec('HJ', { instructionType: '01', periodStart: '20250401', periodEnd: '20250930' }),
    hrec('JS', { condition: 'ＡＤＬは一部介助。', designatedDiseasePresence: '03' }),
    hrec('SY', { diseaseCode: '0000999', diseaseName: '脳梗塞後遺症' }),
    hrec('RJ', { visitStartDate: '20250401', place1Code: '01' }),
    ...(p.ka ?? KA_BASE),
    p.go ?? 'GO',
  ];
}

/** A JD line marking the given days with 受診等区分 1. */
export function jd(payerType: string, days: readonly number[]): string {
  return hrec('JD', { payerType, ...Object.fromEntries(days.map((d) => [`day${d}`, '1'])) });
}
