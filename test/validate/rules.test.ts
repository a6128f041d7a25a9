/**
 * Every rule: a minimal failing file (reports the rule, at the expected severity) and a minimal
 * passing file (does not report it). Files are the base files of ./build.ts with one change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/diagnostics/index.js';
import type { ParseOptions } from '../../src/model/parse.js';
import { RULES } from '../../src/validate/index.js';
import type { ValidateOptions } from '../../src/validate/types.js';
import {
  claimFile,
  claimLines,
  historyLines,
  HO_BASE,
  hrLine,
  HI_LINE,
  IR_LINE,
  KO_NUMBER,
  KO_NUMBER_12,
  rec,
  reclaimFile,
  returnFile,
  RE_BASE,
  run,
  SEARCH,
  si,
  SI_BASE,
  SY_BASE,
} from './build.js';
import { houkanFile, hrec, jd, HOUKAN_KO_12, HOUKAN_KO_54, KA_BASE } from './build-houkan.js';
import { DPC_RECEIPTS, dpcFile, setField } from './build-dpc.js';

interface Case {
  readonly rule: string;
  readonly severity: Severity;
  readonly fail: readonly string[];
  readonly pass: readonly string[];
  readonly options?: ValidateOptions;
  readonly parse?: ParseOptions;
  /** Where the finding is: line and, when about a field, its 項目 position. */
  readonly line?: number;
  readonly position?: number;
}

const HEN: ParseOptions = { fileName: 'RECEIPTC.HEN' };
const KO_RECEIPT = { re: { receiptType: '1122' }, mid: [rec('KO', { payerNumber: KO_NUMBER, recipientNumber: '1234567', actualDays: '1', totalPoints: '100' })] };
const ko = (v: Record<string, string>): string => rec('KO', { payerNumber: KO_NUMBER, recipientNumber: '1234567', actualDays: '1', totalPoints: '100', ...v });
/** The default history block with `extra` lines before its RC (line 11 of a reclaimFile / line 12 of a returnFile on). */
const withHistory = (...extra: string[]): string[] => [...historyLines().slice(0, -1), ...extra, historyLines().at(-1)!];
/** An MN line of a history block (prefix "1,<n>,0"). */
const mn = (searchNumber: string, line = 1): string => rec('MN', { managementNumber: '2409130000123456', facilityAddress: '東京都練馬区桜台九丁目１番１号', searchNumber }, `1,${line},0`);
/** The default history block in the insurer-side order: …, RC, then MN. */
const mnLast = (searchNumber = SEARCH): string[] => [...historyLines(), mn(searchNumber, 7)];

/** A 和暦-edition file (header 請求年月 GYYMM: 医科 平成30年4月版): every date 和暦. */
const WAREKI = { ir: IR_LINE.replace('202411', '50106'), re: { serviceMonth: '50105', birthDate: '3550101' }, sy: [rec('SY', { ...SY_BASE, startDate: '5010501' })] };
/** A 臓器提供者レセプト情報 block: TI (臓器提供医療機関区分 1, same facility), then per TR value set TR TS SY SI. */
const donorBlock = (ti: Record<string, string> = {}, trs: Record<string, string>[] = [{}], ts: Record<string, string> = {}): string[] => [
  rec('TI', { donationCategory: '1', donorFacilityCategory: '1', ...ti }),
  ...trs.flatMap((tr, i) => [
    rec('TR', { receiptNumber: String(i + 1), donorReceiptType: '1992', serviceMonth: '202410', sex: '1', birthDate: '19700101', ...tr }),
    rec('TS', { actualDays: '1', totalPoints: '100', ...ts }),
    rec('SY', SY_BASE),
    rec('SI', SI_BASE),
  ]),
];
const to = (v: Record<string, string>): string => rec('TO', { practiceCategory: '40', burdenCategory: '1', code: '700000000', points: '100', times: '1', day1: '1', ...v });
/** DPC receipt 2 of the fixture (a plain DPC receipt: RE, HO, SN, BU, SB×4, KK, GA at line 11 …), with `edit` applied to its lines. */
const dpcPlain = (edit: (lines: string[]) => string[] = (l) => l): string[] => dpcFile([edit([...DPC_RECEIPTS[1]!])]);
/**
 * A minimal 労災 claim file (RRECnn00.UKE): one 入院外 短期 初回 receipt — 初診 3850円 (RI 金額) and
 * 処方料 42点×1 → 小計点数 42, 【イ】 floor(42 × 11.50) = 483, 【ロ】 3850, 合計額 4333; RS with 労働局 11 /
 * 監督署 04. `edit` replaces whole lines by index (0 IR, 1 RE, 2 RR, 3 SY, 4–5 RI, 6 RS).
 */
const rosai = (edit: Record<number, string> = {}): string[] => {
  const days = (n: number) => Array.from({ length: 31 }, (_, i) => (i === n ? '1' : '')).join(',');
  const lines = [
    'IR,,11,1,0412349,,桜台市立病院,202504,00,04-2900-1234',
    `RE,1,,,佐々木　健太,1,19870612,,,,,,,P00412,,,,,,,P00412-202504-1${','.repeat(17)}`,
    'RR,1,1,3,,11104123456000,20250407,1,3,20250407,20250430,1,ササキ　ケンタ,株式会社桜台精機,埼玉県桜台市工業団地三丁目５番地,作業中に右示指を挟まれ受傷。,42,483,3850,,,4333',
    'SY,0000999,20250407,,,右示指挫創,01,',
    `RI,11,101110010,,,3850,1,,,,,,,${days(6)}`,
    `RI,25,120000710,,42,,1,,,,,,,${days(6)}`,
    'RS,2,20250509,11,04,1100873,3599001,埼玉県桜台市本町一丁目２番地,大森　孝之,1150,4333,1,99',
  ];
  for (const [i, l] of Object.entries(edit)) lines[Number(i)] = l;
  return lines;
};
const ROSAI_RR = (v: { points?: string; i?: string; total?: string; period?: string; newContinuing?: string }) =>
  `RR,1,1,3,,11104123456000,20250407,${v.newContinuing ?? '1'},3,20250407,${v.period ?? '20250430'},1,ササキ　ケンタ,株式会社桜台精機,埼玉県桜台市工業団地三丁目５番地,作業中に右示指を挟まれ受傷。,${v.points ?? '42'},${v.i ?? '483'},3850,,,${v.total ?? '4333'}`;
const ROSAI_RE_RECLAIMED = `RE,1,,,佐々木　健太,1,19870612,,,,,,,P00412,,,,,20250516110400010001,,P00412-202504-1${','.repeat(17)}`;

const CASES: readonly Case[] = [
  // ---- field ----
  { rule: 'field/count', severity: 'error', fail: claimFile({ sy: [rec('SY', SY_BASE) + ',X'] }), pass: claimFile(), line: 4 },
  { rule: 'field/max-bytes', severity: 'error', fail: claimFile({ re: { patientName: 'テ'.repeat(21) } }), pass: claimFile({ re: { patientName: 'テ'.repeat(20) } }), line: 2, position: 5 },
  { rule: 'field/fixed-length', severity: 'error', fail: claimFile({ ir: IR_LINE.replace('1234567', '123456') }), pass: claimFile(), line: 1, position: 5 },
  { rule: 'field/mode', severity: 'error', fail: claimFile({ ho: { actualDays: '１' } }), pass: claimFile(), line: 3, position: 5 },
  { rule: 'field/mode-mixed', severity: 'error', fail: claimFile({ re: { patientName: 'ﾃｽﾄ　太郎' } }), pass: claimFile({ re: { patientName: 'ﾃｽﾄ ﾀﾛｳ' } }), line: 2, position: 5 },
  { rule: 'field/jis-x0208', severity: 'error', fail: claimFile({ re: { patientName: '髙橋　太郎' } }), pass: claimFile({ re: { patientName: '高橋　太郎' } }), line: 2, position: 5 },
  { rule: 'field/trailing-space', severity: 'warning', fail: claimFile({ ir: IR_LINE.replace('テスト医院', 'テスト医院　') }), pass: claimFile(), line: 1, position: 7 },
  { rule: 'field/leading-zero', severity: 'error', fail: claimFile({ ho: { totalPoints: '0100' } }), pass: claimFile(), line: 3, position: 6 },
  {
    rule: 'field/digits',
    severity: 'error',
    fail: claimFile({ mid: [rec('SN', { payerType: '1', confirmationType: '01', branchNumber: '0A' })] }),
    pass: claimFile({ mid: [rec('SN', { payerType: '1', confirmationType: '01', branchNumber: '01' })] }),
    line: 4,
    position: 7,
  },
  {
    rule: 'field/fraction-zero',
    severity: 'error',
    fail: claimFile({ si: [rec('IY', { practiceCategory: '21', burdenCategory: '1', code: '620000001', quantity: '1.50', points: '100', times: '1', day1: '1' })] }),
    pass: claimFile({ si: [rec('IY', { practiceCategory: '21', burdenCategory: '1', code: '620000001', quantity: '1.5', points: '100', times: '1', day1: '1' })] }),
    line: 5,
    position: 5,
  },
  {
    rule: 'field/decimal-split',
    severity: 'error',
    fail: claimFile({ si: [to({ quantity: '123456.12' })] }),
    pass: claimFile({ si: [to({ quantity: '12345.123' })] }),
    line: 5,
    position: 5,
  },
  { rule: 'field/upper-case', severity: 'error', fail: claimFile({ mid: [rec('GR', { reason: '08', dpcCode: '040080x099x0xx' })] }), pass: claimFile({ mid: [rec('GR', { reason: '08', dpcCode: '040080X099X0XX' })] }), line: 4, position: 3 },
  // GA 医療機関別係数 is 9.9999 (NumberFormatDef: 1 integer digit, 4 fraction digits).
  { rule: 'field/number-format', severity: 'error', fail: dpcPlain((l) => l.map((x) => (x.startsWith('GA,') ? setField(x, 6, '14.325') : x))), pass: dpcPlain(), line: 11, position: 6 },
  { rule: 'field/date', severity: 'error', fail: claimFile({ re: { birthDate: '19800230' } }), pass: claimFile({ re: { birthDate: '20000229' } }), line: 2, position: 7 },
  { rule: 'field/date-wareki', severity: 'error', fail: claimFile({ re: { serviceMonth: '50610' } }), pass: claimFile(), line: 2, position: 4 },
  { rule: 'field/date-seireki', severity: 'error', fail: claimFile({ ...WAREKI, re: { ...WAREKI.re, birthDate: '19800101' } }), pass: claimFile(WAREKI), line: 2, position: 7 },
  { rule: 'field/required', severity: 'error', fail: claimFile({ ho: { cardNumber: '' } }), pass: claimFile(), line: 3, position: 4 },
  { rule: 'field/omitted', severity: 'error', fail: claimFile({ re: { reserved1: '1' } }), pass: claimFile(), line: 2, position: 16 },
  { rule: 'field/repeat-unit', severity: 'error', fail: claimFile({ re: { specialNotes: '123' } }), pass: claimFile({ re: { specialNotes: '1226' } }), line: 2, position: 12 },
  // ---- code ----
  { rule: 'code/unknown', severity: 'error', fail: claimFile({ re: { sex: '3' } }), pass: claimFile(), line: 2, position: 6 },
  { rule: 'code/open-family', severity: 'info', fail: claimFile({ mid: [rec('GR', { reason: '07' })] }), pass: claimFile({ mid: [rec('GR', { reason: '01' })] }), line: 4, position: 2 },
  {
    rule: 'code/first-claim',
    severity: 'error',
    fail: claimFile({ mid: [rec('SN', { payerType: '1', confirmationType: '02' })] }),
    pass: reclaimFile({ mid: [rec('SN', { payerType: '1', confirmationType: '02' })] }),
    line: 4,
    position: 3,
  },
  {
    rule: 'code/history-unknown',
    severity: 'warning',
    fail: reclaimFile({ history: withHistory(rec('JR', { reviewType: '9', referenceNumber: '1' }, '3,7,0')) }),
    pass: reclaimFile({ history: withHistory(rec('JR', { reviewType: '2', referenceNumber: '1' }, '3,7,0')) }),
    line: 11,
    position: 2,
  },
  { rule: 'code/setting', severity: 'error', fail: claimFile({ si: [si({ practiceCategory: '90' })] }), pass: claimFile({ si: [si({ practiceCategory: '12' })] }), line: 5, position: 2 },
  { rule: 'code/period', severity: 'error', fail: claimFile({ re: { specialNotes: '0117' } }), pass: claimFile({ re: { specialNotes: '0117', serviceMonth: '201807' } }), line: 2, position: 12 },
  { rule: 'code/insurance', severity: 'error', fail: claimFile({ re: { specialNotes: '41' } }), pass: claimFile({ re: { receiptType: '1318', specialNotes: '41' }, ho: { insurerNumber: '39130018' } }), line: 2, position: 12 },
  // ---- record ----
  { rule: 'record/times-sum', severity: 'error', fail: claimFile({ si: [si({ times: '2' })] }), pass: claimFile({ si: [si({ times: '2', day1: '1', day2: '1' })] }), line: 5, position: 7 },
  { rule: 'record/uncoded-disease', severity: 'error', fail: claimFile({ sy: [rec('SY', { ...SY_BASE, diseaseCode: '0000999' })] }), pass: claimFile({ sy: [rec('SY', { ...SY_BASE, diseaseCode: '0000999', diseaseName: '感冒' })] }), line: 4, position: 6 },
  { rule: 'record/comment-pairs', severity: 'error', fail: claimFile({ si: [si({ commentText1: '右眼' })] }), pass: claimFile({ si: [si({ commentCode1: '810000001', commentText1: '右眼' })] }), line: 5 },
  { rule: 'record/kana-name', severity: 'error', fail: claimFile({ re: { patientNameKana: 'テスト　タロウ' } }), pass: claimFile({ re: { patientNameKana: 'テストタロー' } }), line: 2, position: 37 },
  {
    rule: 'record/card-length',
    severity: 'error',
    fail: claimFile({ ho: { cardSymbol: '１２３４５６７８９０', cardNumber: '１２３４５６７８９０' } }),
    pass: claimFile({ ho: { cardSymbol: '１２３４５６７８９', cardNumber: '１２３４５６７８９０' } }),
    line: 3,
    position: 4,
  },
  { rule: 'record/department', severity: 'error', fail: claimFile({ re: { department1BodyPart: '001' } }), pass: claimFile({ re: { department1Name: '01', department1BodyPart: '001' } }), line: 2, position: 22 },
  { rule: 'record/inpatient', severity: 'error', fail: claimFile({ re: { admissionDate: '20241001' } }), pass: claimFile({ re: { receiptType: '1111', admissionDate: '20241001' } }), line: 2, position: 9 },
  { rule: 'record/conditional-fields', severity: 'error', fail: claimFile({ after: donorBlock({ prefecture: '13' }) }), pass: claimFile({ after: donorBlock() }), line: 6, position: 4 },
  { rule: 'record/start-month', severity: 'error', fail: claimFile({ re: { serviceMonth: '201803', patientNameKana: 'テスト' } }), pass: claimFile({ re: { serviceMonth: '201804', patientNameKana: 'テスト' } }), line: 2, position: 37 },
  {
    rule: 'record/qualification',
    severity: 'error',
    fail: claimFile({ mid: [rec('SN', { payerType: '1', branchNumber: '01' })] }),
    pass: claimFile({ mid: [rec('SN', { payerType: '1', confirmationType: '01', branchNumber: '01' })] }),
    line: 4,
    position: 3,
  },
  {
    rule: 'record/calc-unit',
    severity: 'warning',
    fail: claimFile({ si: [si({ points: '' }), si({ practiceCategory: '', times: '2', day1: '2' })] }),
    pass: claimFile({ si: [si({ points: '' }), si({ practiceCategory: '' })] }),
    line: 6,
    position: 7,
  },
  { rule: 'record/visit-days', severity: 'warning', fail: claimFile({ mid: [rec('JD', { payerType: '1', day2: '1' })] }), pass: claimFile({ mid: [rec('JD', { payerType: '1', day1: '1' })] }), line: 4 },
  // ---- structure ----
  { rule: 'structure/header-trailer', severity: 'error', fail: returnFile({ hg: 'GO,1,100,99' }), pass: returnFile(), parse: HEN },
  { rule: 'structure/unexpected-record', severity: 'error', fail: claimFile({ after: ['RC,K0001'] }), pass: claimFile(), line: 6 },
  // SH (処方基本) is a 調剤 record: in a 医科 file (IR header) it is foreign, and the file stays 医科.
  { rule: 'structure/foreign-record', severity: 'error', fail: claimFile({ after: ['SH,1,1,1,1'] }), pass: claimFile(), line: 6 },
  { rule: 'structure/record-order', severity: 'error', fail: [IR_LINE, rec('RE', RE_BASE), rec('SY', SY_BASE), rec('HO', HO_BASE), rec('SI', SI_BASE), 'GO,1,100,99'], pass: claimFile(), line: 4 },
  { rule: 'structure/insurer-records', severity: 'error', fail: claimFile({ mid: [ko({})] }), pass: claimFile(KO_RECEIPT), line: 2, position: 3 },
  { rule: 'structure/required-records', severity: 'error', fail: claimFile({ sy: [] }), pass: claimFile(), line: 2 },
  { rule: 'structure/optional-records', severity: 'error', fail: claimFile({ mid: [rec('SN', { payerType: '1', confirmationType: '01' }), rec('SN', { payerType: '1', confirmationType: '01' })] }), pass: claimFile({ mid: [rec('SN', { payerType: '1', confirmationType: '01' })] }), line: 5 },
  {
    rule: 'structure/donor-records',
    severity: 'error',
    fail: claimFile({ after: [rec('TI', { donationCategory: '1', donorFacilityCategory: '1' })] }),
    pass: claimFile({
      after: [
        rec('TI', { donationCategory: '1', donorFacilityCategory: '1' }),
        rec('TR', { receiptNumber: '1', donorReceiptType: '1992', serviceMonth: '202410', sex: '1', birthDate: '19700101' }),
        rec('TS', { actualDays: '1', totalPoints: '100' }),
        rec('SY', SY_BASE),
        rec('SI', SI_BASE),
      ],
    }),
    line: 6,
  },
  { rule: 'structure/no-receipts', severity: 'error', fail: [IR_LINE, 'GO,0,0,99'], pass: claimFile(), line: 2 },
  {
    rule: 'structure/jd-payers',
    severity: 'warning',
    fail: claimFile({ re: { receiptType: '1122' }, mid: [ko({}), rec('JD', { payerType: '1', day1: '1' })] }),
    pass: claimFile({ re: { receiptType: '1122' }, mid: [ko({}), rec('JD', { payerType: '1', day1: '1' }), rec('JD', { payerType: '2', day1: '1' })] }),
    line: 5,
    position: 2,
  },
  // ---- 訪問看護 (rules read from the kind's structure table; the base is a 訪問看護 receipt) ----
  {
    rule: 'structure/payer-records',
    severity: 'error',
    // SN for a 公費 whose 負担者番号 starts with 54: 記録不可 (only 12 may have one).
    fail: houkanFile({ re: { receiptType: '6126' }, mid: [hrec('KO', { payerNumber: HOUKAN_KO_54, recipientNumber: '0412386', actualDays: '2', totalAmount: '21770' }), hrec('SN', { payerType: '1', confirmationType: '01' }), hrec('SN', { payerType: '2', confirmationType: '01' })], ka: KA_BASE.map((k) => k.replace(',1,5', ',2,5')) }),
    pass: houkanFile({ re: { receiptType: '6126' }, mid: [hrec('KO', { payerNumber: HOUKAN_KO_12, recipientNumber: '3021745', actualDays: '2', totalAmount: '21770' }), hrec('SN', { payerType: '1', confirmationType: '01' }), hrec('SN', { payerType: '2', confirmationType: '01' })], ka: KA_BASE.map((k) => k.replace(',1,5', ',2,5')) }),
    line: 6,
    position: 2,
  },
  { rule: 'structure/single-records', severity: 'error', fail: claimFile({ ho: {}, mid: [rec('HO', HO_BASE)] }), pass: claimFile(), line: 4 },
  { rule: 'structure/suspended-records', severity: 'warning', fail: houkanFile({ mid: [hrec('GI', { disasterDate: '20250601', disasterReceiptClass: '01' })] }), pass: houkanFile(), line: 4 },
  {
    rule: 'structure/addition-below-base',
    severity: 'warning',
    // 特別地域訪問看護加算 at 0 dated the 10th, below the 3rd's last record instead of below its base.
    fail: houkanFile({ ka: [KA_BASE[0]!, KA_BASE[1]!, hrec('KA', { calcDate: '20250610', burdenCategory: '1', code: '510002370', amount: '0' }), KA_BASE[2]!, KA_BASE[3]!] }),
    pass: houkanFile({ ka: [KA_BASE[0]!, KA_BASE[1]!, KA_BASE[2]!, hrec('KA', { calcDate: '20250610', burdenCategory: '1', code: '510002370', amount: '0' }), KA_BASE[3]!] }),
    line: 11,
    position: 6,
  },
  { rule: 'structure/date-order', severity: 'error', fail: houkanFile({ ka: [KA_BASE[2]!, KA_BASE[3]!, KA_BASE[0]!, KA_BASE[1]!] }), pass: houkanFile(), line: 11, position: 2 },
  { rule: 'structure/visit-days', severity: 'warning', fail: houkanFile({ mid: [jd('1', [3, 11])] }), pass: houkanFile({ mid: [jd('1', [3, 10])] }), line: 4, position: 12 },
  { rule: 'cross/payer-amounts', severity: 'warning', fail: houkanFile({ ho: { totalAmount: '20000' } }), pass: houkanFile(), line: 3, position: 6 },
  {
    rule: 'structure/practice-order',
    severity: 'warning',
    fail: claimFile({ si: [si({ practiceCategory: '60' }), si({ practiceCategory: '11' })], ho: { totalPoints: '200' }, go: 'GO,1,200,99' }),
    pass: claimFile({ si: [si({ practiceCategory: '11' }), si({ practiceCategory: '60' }), rec('CO', { practiceCategory: '99', burdenCategory: '1', code: '810000001', text: 'テスト' })], ho: { totalPoints: '200' }, go: 'GO,1,200,99' }),
    line: 6,
    position: 2,
  },
  {
    rule: 'structure/public-order',
    severity: 'warning',
    fail: claimFile({ re: { receiptType: '1132' }, mid: [ko({ payerNumber: KO_NUMBER_12 }), ko({})] }),
    pass: claimFile({ re: { receiptType: '1132' }, mid: [ko({}), ko({ payerNumber: KO_NUMBER_12 })] }),
    line: 5,
  },
  {
    rule: 'structure/category-run',
    severity: 'error',
    fail: claimFile({ si: [si(), ...Array.from({ length: 99 }, () => si({ practiceCategory: '' }))] }),
    pass: claimFile({ si: [si(), ...Array.from({ length: 98 }, () => si({ practiceCategory: '' })), si(), si({ practiceCategory: '' })] }),
    line: 104,
  },
  // ---- history block ----
  { rule: 'history/unprefixed-line', severity: 'error', fail: reclaimFile({ history: [historyLines()[0]!, 'CO,,1,810000001,テスト', ...historyLines().slice(1)] }), pass: reclaimFile(), line: 7 },
  { rule: 'history/rc-last', severity: 'error', fail: reclaimFile({ history: historyLines().slice(0, -1) }), pass: reclaimFile(), line: 10 },
  { rule: 'history/rc-format', severity: 'error', fail: reclaimFile({ history: historyLines({ rc: '8,6,0,RC,K-0001' }) }), pass: reclaimFile(), line: 11 },
  { rule: 'history/prefix', severity: 'error', fail: reclaimFile({ history: historyLines({ rc: '8,6A,0,RC,K0001' }) }), pass: reclaimFile(), line: 11 },
  { rule: 'history/data-kind', severity: 'info', fail: reclaimFile({ history: ['99' + historyLines()[0]!.slice(1), ...historyLines().slice(1)] }), pass: reclaimFile(), line: 6 },
  { rule: 'history/first-line', severity: 'warning', fail: reclaimFile({ history: historyLines().slice(4) }), pass: reclaimFile(), line: 6 },
  // ---- return files ----
  { rule: 'return/reasons', severity: 'error', fail: returnFile({ hr: [] }), pass: returnFile(), parse: HEN, line: 2 },
  { rule: 'return/search-number', severity: 'error', fail: returnFile({ hr: [hrLine({ searchNumber: SEARCH.replace(/1$/, '2') })] }), pass: returnFile(), parse: HEN, line: 6, position: 10 },
  // DPC レセプト総括区分 0: no GR (a 総括対象医科入院 record) — the record set of the RE's variant.
  { rule: 'structure/receipt-variant', severity: 'error', fail: dpcPlain((l) => [...l.slice(0, 3), 'GR,11,040080x099x0xx', ...l.slice(3)]), pass: dpcPlain(), line: 5 },
  // DPC 明細 (総括区分 2, 3) without their 総括レセプト: a warning (the grouping is [INF]).
  { rule: 'structure/receipt-group', severity: 'warning', fail: dpcFile([DPC_RECEIPTS[3]!, DPC_RECEIPTS[4]!]), pass: dpcFile([DPC_RECEIPTS[2]!, DPC_RECEIPTS[3]!, DPC_RECEIPTS[4]!]), line: 2, position: 19 },
  { rule: 'return/category-kind', severity: 'warning', fail: returnFile({ hr: [hrLine({ returnCategory: '4' })] }), pass: returnFile(), parse: { kind: 'HEN' }, line: 6, position: 3 },
  { rule: 'return/history-missing', severity: 'warning', fail: returnFile({ history: [] }), pass: returnFile(), parse: HEN, line: 2 },
  // ---- resubmission ----
  { rule: 'resubmit/search-number', severity: 'error', fail: reclaimFile({ re: { searchNumber: SEARCH.replace(/1$/, '2') } }), pass: reclaimFile(), line: 2, position: 19 },
  { rule: 'resubmit/re-field-20', severity: 'error', fail: reclaimFile({ re: { specVersionInfo: '50404' } }), pass: reclaimFile(), line: 2, position: 20 },
  { rule: 'resubmit/unprefixed-hr', severity: 'error', fail: claimFile({ after: [hrLine()] }), pass: claimFile(), line: 6 },
  { rule: 'resubmit/reception-number', severity: 'error', fail: rosai(), pass: rosai({ 1: ROSAI_RE_RECLAIMED }), options: { preset: 'resubmission' }, line: 2, position: 19 },
  { rule: 'resubmit/no-reclaims', severity: 'warning', fail: claimFile(), pass: reclaimFile(), options: { preset: 'resubmission' } },
  // ---- cross-record ----
  { rule: 'cross/totals', severity: 'error', fail: claimFile({ go: 'GO,2,100,99' }), pass: claimFile(), line: 6, position: 2 },
  { rule: 'cross/receipt-number', severity: 'error', fail: claimFile({ re: { receiptNumber: '2' } }), pass: claimFile(), line: 2, position: 2 },
  { rule: 'cross/donor-receipt-number', severity: 'error', fail: claimFile({ after: donorBlock({}, [{ receiptNumber: '2' }]) }), pass: claimFile({ after: donorBlock({}, [{}, {}]) }), line: 7, position: 2 },
  { rule: 'cross/service-month', severity: 'error', fail: claimFile({ re: { serviceMonth: '202411' } }), pass: claimFile(), line: 2, position: 4 },
  { rule: 'cross/search-number-omitted', severity: 'error', fail: claimFile({ re: { searchNumber: SEARCH } }), pass: claimFile(), line: 2, position: 19 },
  { rule: 'cross/insurer-number', severity: 'error', fail: claimFile({ ho: { insurerNumber: '133066  ' } }), pass: claimFile({ ho: { insurerNumber: '  133066' }, re: { benefitRatio: '70' } }), line: 3, position: 2 },
  { rule: 'cross/insurer-check-digit', severity: 'error', fail: claimFile({ ho: { insurerNumber: '06132014' } }), pass: claimFile(), line: 3, position: 2 },
  { rule: 'cross/public-payer-number', severity: 'error', fail: claimFile({ ...KO_RECEIPT, mid: [ko({ payerNumber: '5413601A' })] }), pass: claimFile(KO_RECEIPT), line: 4, position: 2 },
  { rule: 'cross/public-payer-check-digit', severity: 'warning', fail: claimFile({ ...KO_RECEIPT, mid: [ko({ payerNumber: '54136016' })] }), pass: claimFile(KO_RECEIPT), line: 4, position: 2 },
  { rule: 'cross/payer-totals', severity: 'error', fail: claimFile({ ho: { totalPoints: '200' }, go: 'GO,1,200,99' }), pass: claimFile({ si: [si({ points: '', times: '1' }), si({ times: '1' })] }), line: 3, position: 6 },
  // DPC GT 包括小計点数合算 (line 15) = Σ HH 包括小計点数 of the same 診療年月・請求調整区分・自他保険区分・負担区分 [M].
  { rule: 'cross/record-arithmetic', severity: 'error', fail: dpcPlain((l) => l.map((x) => (x.startsWith('GT,') ? setField(x, 6, '28110') : x))), pass: dpcPlain(), line: 15, position: 6 },
  { rule: 'cross/burden-payers', severity: 'error', fail: claimFile({ re: { receiptType: '1212' }, ho: null, mid: [ko({})] }), pass: claimFile({ re: { receiptType: '1212' }, ho: null, mid: [ko({})], si: [si({ burdenCategory: '5' })] }), line: 5, position: 3 },
  { rule: 'cross/birth-date', severity: 'warning', fail: claimFile({ re: { birthDate: '20241101' } }), pass: claimFile({ re: { birthDate: '20241031' } }), line: 2, position: 7 },
  { rule: 'cross/age-type', severity: 'warning', fail: claimFile({ re: { receiptType: '1118' } }), pass: claimFile({ re: { receiptType: '1118', birthDate: '19520615' } }), line: 2, position: 3 },
  { rule: 'cross/recipient-number', severity: 'error', fail: claimFile({ ...KO_RECEIPT, mid: [ko({ recipientNumber: '12345' })] }), pass: claimFile(KO_RECEIPT), line: 4, position: 3 },
  { rule: 'cross/law-number', severity: 'warning', fail: claimFile({ ho: { insurerNumber: '39130018' } }), pass: claimFile({ re: { receiptType: '1318' }, ho: { insurerNumber: '39130018' } }), line: 3, position: 2 },
  { rule: 'cross/benefit-ratio', severity: 'warning', fail: claimFile({ re: { benefitRatio: '70' } }), pass: claimFile({ re: { benefitRatio: '30' } }), line: 2, position: 8 },
  { rule: 'cross/amounts', severity: 'error', fail: rosai({ 2: ROSAI_RR({ points: '43', i: '494', total: '4344' }), 6: rosai()[6]!.replace(',4333,1,', ',4344,1,') }), pass: rosai(), line: 3, position: 17 },
  { rule: 'cross/header-month', severity: 'error', fail: rosai({ 2: ROSAI_RR({ period: '20250531' }) }), pass: rosai(), line: 3, position: 11 },
  { rule: 'cross/file-split', severity: 'warning', fail: rosai({ 2: ROSAI_RR({ newContinuing: '5' }) }), pass: rosai(), line: 7, position: 4 },
  { rule: 'cross/multi-volume', severity: 'error', fail: claimFile({ go: 'GO,,,02' }), pass: claimFile({ go: 'GO,,,01' }), line: 6, position: 4 },
];

describe('every rule has a failing and a passing case', () => {
  it('covers every rule id exactly once', () => {
    const ids = CASES.map((c) => c.rule);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const c of CASES) {
    describe(c.rule, () => {
      it('reports the failing file', () => {
        const r = run(c.fail, c.options, c.parse);
        const found = r.of(c.rule);
        expect(found.length, JSON.stringify(r.diagnostics.map((d) => [d.code, d.line, d.message]), null, 1)).toBeGreaterThan(0);
        expect(found[0]!.severity).toBe(c.severity);
        if (c.line !== undefined) expect(found[0]!.line).toBe(c.line);
        if (c.position !== undefined) expect(found[0]!.field?.position).toBe(c.position);
        for (const d of found) {
          expect(d.message).not.toMatch(/undefined|NaN|\[object/);
          expect(d.message.length).toBeGreaterThan(10);
        }
      });
      it('does not report the passing file', () => {
        const r = run(c.pass, c.options, c.parse);
        expect(r.of(c.rule).map((d) => d.message)).toEqual([]);
      });
    });
  }
});

describe('severity adjustments', () => {
  it('history lines get field findings as warnings at most, and no value findings', () => {
    const history = historyLines({ re: { patientName: 'テ'.repeat(25), sex: '9', birthDate: '19800230' } });
    const r = run(reclaimFile({ history }));
    const onHistory = r.diagnostics.filter((d) => d.line === 6);
    expect(onHistory.map((d) => [d.code, d.severity])).toEqual([['field/max-bytes', 'warning']]);
  });

  it('RE field 20: a value is fine in return files and history lines, an error in a re-claim, and field/omitted in a first claim', () => {
    expect(run(returnFile(), {}, HEN).diagnostics).toEqual([]);
    expect(run(reclaimFile()).diagnostics).toEqual([]); // history RE carries 50404
    expect(run(reclaimFile({ re: { specVersionInfo: '50404' } })).codes()).toEqual(['resubmit/re-field-20']);
    expect(run(claimFile({ re: { specVersionInfo: '50404' } })).codes()).toEqual(['field/omitted']);
  });

  it('HR 返戻事由コード is looked up in 別表17 only for 返戻区分 4–9', () => {
    expect(run(returnFile({ hr: [hrLine({ reasonCode: 'L9999' })] }), {}, HEN).of('code/unknown')).toEqual([]);
    const sah = run(returnFile({ hr: [hrLine({ returnCategory: '5', reasonCode: 'X9999' })] }), {}, { fileName: 'RECEIPTC.SAH' });
    expect(sah.of('code/unknown').length).toBe(1);
    expect(sah.of('code/unknown')[0]!.severity).toBe('warning'); // capped by the return preset
    const open = run(returnFile({ hr: [hrLine({ returnCategory: '5', reasonCode: 'S2001' })] }), {}, { fileName: 'RECEIPTC.SAH' });
    expect(open.of('code/open-family').length).toBe(1);
  });

  it('the return preset caps field findings at warning', () => {
    const r = run(returnFile({ re: { sex: '3' } }), {}, HEN);
    expect(r.of('code/unknown')[0]!.severity).toBe('warning');
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(false);
  });

  it('a 6-digit 国保 保険者番号 with a wrong check digit is a warning (inference), an 8-digit one an error', () => {
    expect(run(claimFile({ ho: { insurerNumber: '  133067' }, re: { benefitRatio: '70' } })).of('cross/insurer-check-digit')[0]!.severity).toBe('warning');
  });

  it('options.rules turns a rule off or lowers it', () => {
    expect(run(claimFile({ re: { sex: '3' } }), { rules: { 'code/unknown': 'off' } }).of('code/unknown')).toEqual([]);
    expect(run(claimFile({ re: { sex: '3' } }), { rules: { 'code/unknown': 'info' } }).of('code/unknown')[0]!.severity).toBe('info');
  });

  it('a UKE framed IR … GO that kept its unprefixed HR is validated as a claim file', () => {
    const r = run(reclaimFile({ after: [hrLine()] }));
    expect(r.codes()).toEqual(['resubmit/unprefixed-hr']);
  });

  it('a GO total of 0/0 in a return file is accepted, in a claim file it is not', () => {
    expect(run(returnFile({ hg: 'HG,0,0,99' }), {}, HEN).of('cross/totals')).toEqual([]);
    expect(run(claimFile({ go: 'GO,0,0,99' })).of('cross/totals').length).toBe(2);
  });

  it('multi-volume: totals are not checked on the final volume of several, and must be empty before', () => {
    expect(run(claimFile({ ir: IR_LINE.replace(',202411,00,', ',202411,01,'), go: 'GO,9,999,99', re: { receiptNumber: '7' } })).diagnostics).toEqual([]);
    expect(run(claimFile({ go: 'GO,1,100,01' })).of('cross/multi-volume').length).toBe(2);
  });

  it('the 98-run does not count CO and is reset by a 診療識別', () => {
    const lines = [si(), ...Array.from({ length: 60 }, () => si({ practiceCategory: '' })), rec('CO', { burdenCategory: '1', code: '810000001', text: 'テスト' }), ...Array.from({ length: 38 }, () => si({ practiceCategory: '' }))];
    expect(run(claimFile({ si: lines })).of('structure/category-run')).toEqual([]);
    const more = [...lines, si({ practiceCategory: '' })];
    expect(run(claimFile({ si: more })).of('structure/category-run').length).toBe(1);
  });

  it('HI header: the return files use HI, with IR accepted as a known payer behaviour', () => {
    const r = run(returnFile({ hi: HI_LINE }), {}, HEN);
    expect(r.diagnostics).toEqual([]);
    void claimLines;
  });
});

describe('history-only records: their 別表 are checked, at warning', () => {
  const mk = (v: Record<string, string>): string =>
    rec('MK', { requestSeq: '1', receivedDate: '20241115', requester: '101', processingMonth: '202412', result: '102', requesterInsurerNumber: '06139876', ...v }, '4,7,0');
  const sah = (...extra: string[]) => run(returnFile({ hr: [hrLine({ returnCategory: '5', reasonCode: 'S1060' })], history: withHistory(...extra) }), {}, { fileName: 'RECEIPTC.SAH' });

  it('MK 理由1–3: every 1000xx is admitted (HenParser lists 100001–100003), other codes are warnings', () => {
    expect(sah(mk({ reason1: '100001', reason2: '100094', reason3: '100016' })).of('code/history-unknown')).toEqual([]);
    const r = sah(mk({ reason1: '100100' }));
    expect(r.of('code/history-unknown').map((d) => [d.severity, d.field?.name, d.params.value])).toEqual([['warning', '理由1', '100100']]);
  });

  it('property: a 6-digit MK 理由1 is reported exactly when it is neither 1000xx (支払基金) nor 200000番台 (国保)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{6}$/), (code) => {
        const found = sah(mk({ reason1: code })).of('code/history-unknown');
        const admitted = /^1000[0-9]{2}$/.test(code) || /^2[0-9]{5}$/.test(code);
        expect(found.length).toBe(admitted ? 0 : 1);
        if (!admitted) expect(found[0]!.severity).toBe('warning');
      }),
      { numRuns: 60, seed: 9 },
    );
  });

  it('MK 変更理由番号 is read with the 理由番号 table (one source: a warning)', () => {
    expect(sah(mk({ changeReasonNumber: '100018' })).of('code/history-unknown')).toEqual([]);
    expect(sah(mk({ changeReasonNumber: '201107' })).of('code/history-unknown')).toEqual([]); // 国保 200000番台 (open)
    const r = sah(mk({ changeReasonNumber: '123456' }));
    expect(r.of('code/history-unknown').map((d) => [d.severity, d.field?.name])).toEqual([['warning', '変更理由番号']]);
  });

  it('MD, RT and JY codes are checked; a warning even where code/unknown would be an error', () => {
    const md = rec('MD', { requestSeq: '1', receivedDate: '20241118', reasonNumber: '100099', reasonContentCode: '100002' }, '3,7,0');
    const rt = rec('RT', { requestSeq: '1', targetType: '3', targetSeq: '1', targetLineNumber: '4', targetBranchNumber: '0' }, '3,8,0');
    const jy = rec('JY', { correctionType: '2', targetLineNumber: '4', targetBranchNumber: '0', targetItemNumbers: '7', reasonCodes: 'B:E' }, '2,9,0');
    const r = run(reclaimFile({ history: withHistory(md, rt, jy) }), { preset: 'claim' });
    expect(r.of('code/history-unknown').map((d) => [d.line, d.field?.name, d.severity])).toEqual([
      [11, '理由番号', 'warning'],
      [12, '理由対象区分', 'warning'],
      [13, '事由コード', 'warning'],
    ]);
    expect(r.of('code/unknown')).toEqual([]);
  });

  it('does not check the claim records kept in the history block (the claim as it was sent)', () => {
    const r = run(reclaimFile({ history: historyLines({ re: { sex: '9' } }) }));
    expect(r.of('code/history-unknown')).toEqual([]);
    expect(r.of('code/unknown')).toEqual([]);
  });

  it('an unprefixed history-only record is left to structure/unexpected-record and code/unknown', () => {
    const r = run(claimFile({ after: [rec('JR', { reviewType: '9' })] }));
    expect(r.of('code/history-unknown')).toEqual([]);
    expect(r.codes()).toContain('structure/unexpected-record');
  });
});

describe('MN before RE or after RC: either order is accepted', () => {
  const SAH: ParseOptions = { fileName: 'RECEIPTC.SAH' };
  const other = SEARCH.replace(/1$/, '2');

  it('MN first (ORCA’s order): no finding; a different 検索番号 there is an error (MN field 4 is [M])', () => {
    expect(run(returnFile({ history: [mn(SEARCH), ...historyLines()] }), {}, SAH).diagnostics).toEqual([]);
    const r = run(returnFile({ history: [mn(other), ...historyLines().slice(4)] }), {}, SAH);
    expect(r.of('return/search-number').map((d) => [d.line, d.severity, d.field?.position])).toEqual([[7, 'error', 4]]);
    const c = run(reclaimFile({ history: [mn(other), ...historyLines().slice(4)] }));
    expect(c.of('resubmit/search-number').map((d) => d.severity)).toEqual(['error']);
  });

  it('MN after RC (the insurer-side order): accepted in a return file, the history still compared on its first RE', () => {
    const r = run(returnFile({ history: mnLast() }), {}, SAH);
    expect(r.diagnostics).toEqual([]);
    const first = run(returnFile({ history: [...historyLines({ re: { searchNumber: other } }), mn(SEARCH, 7)] }), {}, SAH);
    expect(first.of('return/search-number').map((d) => [d.line, d.severity])).toEqual([[7, 'error']]);
  });

  it('a block that starts with neither RE nor MN is fine when it ends with RC, MN; otherwise history/first-line', () => {
    const tail = historyLines().slice(4); // HR, RC
    expect(run(returnFile({ history: [...tail, mn(SEARCH, 7)] }), {}, SAH).of('history/first-line')).toEqual([]);
    expect(run(returnFile({ history: tail }), {}, SAH).of('history/first-line').map((d) => d.severity)).toEqual(['warning']);
    // MN elsewhere (not right after the closing RC) does not count.
    expect(run(returnFile({ history: [tail[0]!, mn(SEARCH, 7), tail[1]!] }), {}, SAH).of('history/first-line').length).toBe(1);
  });

  it('property: moving the block’s MN from first to after RC changes no finding but the severity of a 検索番号 mismatch', () => {
    const codes = (lines: string[], o: ParseOptions) => run(lines, {}, o).diagnostics.map((d) => `${d.code}/${d.severity}`).sort();
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.stringMatching(/^[0-9]{17,30}$/), (isReturn, same, other) => {
        const sn = same ? SEARCH : other;
        const build = isReturn ? (h: string[]) => returnFile({ history: h }) : (h: string[]) => reclaimFile({ history: h });
        const o = isReturn ? SAH : {};
        const first = codes(build([mn(sn), ...historyLines()]), o);
        const last = codes(build([...historyLines(), mn(sn, 7)]), o);
        const rule = isReturn ? 'return/search-number' : 'resubmit/search-number';
        const mismatch = sn !== SEARCH;
        expect(first).toEqual(mismatch ? [`${rule}/error`] : []);
        expect(last).toEqual([...(mismatch ? [`${rule}/warning`] : []), ...(isReturn ? [] : ['history/rc-last/warning'])].sort());
      }),
      { numRuns: 24, seed: 4 },
    );
  });

  it('a trailing MN with another 検索番号 is a warning (that it repeats RE’s number is inferred)', () => {
    const r = run(returnFile({ history: mnLast(other) }), {}, SAH);
    expect(r.of('return/search-number').map((d) => [d.line, d.severity, d.params.problem])).toEqual([[13, 'warning', 'history-last']]);
    expect(r.of('return/search-number')[0]!.message).toContain('RC の後');
    const c = run(reclaimFile({ history: mnLast(other) }));
    expect(c.of('resubmit/search-number').map((d) => d.severity)).toEqual(['warning']);
  });

  it('history/rc-last: RC then MN is silent in a return file and a warning in a re-claim; anything else after RC is an error', () => {
    expect(run(returnFile({ history: mnLast() }), {}, SAH).of('history/rc-last')).toEqual([]);
    const c = run(reclaimFile({ history: mnLast() }));
    expect(c.of('history/rc-last').map((d) => [d.line, d.severity])).toEqual([[12, 'warning']]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const bad = run(reclaimFile({ history: [...historyLines(), rec('JR', { reviewType: '1', searchNumber: SEARCH }, '3,7,0')] }));
    expect(bad.of('history/rc-last').map((d) => d.severity)).toEqual(['error']);
  });

  it('history/prefix: the closing RC before a trailing MN keeps its error severity', () => {
    const h = [...historyLines({ rc: '8,6A,0,RC,K0001' }), mn(SEARCH, 7)];
    expect(run(reclaimFile({ history: h })).of('history/prefix').map((d) => [d.line, d.severity])).toEqual([[11, 'error']]);
  });
});

describe('return-file dates of known width ([M]) are checked as errors where no cap applies', () => {
  it('HI 請求年月 one digit too long: an error under the resubmission preset, a warning under the return preset', () => {
    const hi = HI_LINE.replace(',202412,', ',2024121,');
    expect(run(returnFile({ hi }), { preset: 'resubmission' }, HEN).of('field/max-bytes').map((d) => d.severity)).toEqual(['error']);
    expect(run(returnFile({ hi }), {}, HEN).of('field/max-bytes').map((d) => d.severity)).toEqual(['warning']);
  });
});
