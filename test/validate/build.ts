/**
 * Builders of minimal files for the validator tests: records by field key (every other field empty,
 * the field count exact), and three base files that validate without any finding.
 */
import { parse, type ParseOptions } from '../../src/model/parse.js';
import { RECORDS, type RecordId } from '../../src/spec/registry.js';
import { localize, type LocalizedDiagnostic, type Locale } from '../../src/diagnostics/index.js';
import { validate } from '../../src/validate/index.js';
import type { ValidateOptions } from '../../src/validate/types.js';
import { sjisFile } from '../helpers/files.js';

/** One record line: `id` and the given fields by key, every other field empty. `prefix` = "データ識別,行番号,枝番号". */
export function rec(id: RecordId, values: Readonly<Record<string, string>> = {}, prefix?: string): string {
  const def = RECORDS[id];
  for (const k of Object.keys(values)) if (!def.fields.some((f) => f.key === k)) throw new Error(`${id} has no field ${k}`);
  const vals = def.fields.map((f, i) => (i === 0 ? id : (values[f.key] ?? '')));
  return (prefix ? prefix + ',' : '') + vals.join(',');
}

export const SEARCH = '2024121300512347000000101';
export const HO_NUMBER = '06132013'; // check digit ok
export const KO_NUMBER = '54136015'; // 法別 54, check digit ok
export const KO_NUMBER_12 = '12136016'; // 法別 12, check digit ok

export const RE_BASE = { receiptNumber: '1', receiptType: '1112', serviceMonth: '202410', patientName: 'テスト　太郎', sex: '1', birthDate: '19800101' } as const;
export const HO_BASE = { insurerNumber: HO_NUMBER, cardNumber: '１２３', actualDays: '1', totalPoints: '100' } as const;
export const SY_BASE = { diseaseCode: '8833421', startDate: '20241001', outcome: '1', mainDisease: '01' } as const;
export const SI_BASE = { practiceCategory: '11', burdenCategory: '1', code: '111000110', points: '100', times: '1', day1: '1' } as const;

export const IR_LINE = rec('IR', { payer: '1', prefecture: '13', scoreTable: '1', facilityCode: '1234567', facilityName: 'テスト医院', billingMonth: '202411', volume: '00' });
export const HI_LINE = rec('HI', { payer: '1', billingMonth: '202412', prefecture: '13', scoreTable: '1', facilityCode: '1234567', volume: '00' });

export interface Parts {
  ir?: string;
  re?: Record<string, string>;
  ho?: Record<string, string> | null;
  /** Lines between HO and SY (KO, SN, JD, MF, GR). */
  mid?: string[];
  sy?: string[];
  si?: string[];
  /** Lines after the 摘要 (SJ, TI …). */
  after?: string[];
  go?: string;
}

/** The 請求データ of one receipt (RE … SI). */
export function claimLines(p: Parts = {}): string[] {
  return [
    rec('RE', { ...RE_BASE, ...p.re }),
    ...(p.ho === null ? [] : [rec('HO', { ...HO_BASE, ...p.ho })]),
    ...(p.mid ?? []),
    ...(p.sy ?? [rec('SY', SY_BASE)]),
    ...(p.si ?? [rec('SI', SI_BASE)]),
    ...(p.after ?? []),
  ];
}

/** A first claim: IR, one receipt, GO. */
export function claimFile(p: Parts = {}): string[] {
  return [p.ir ?? IR_LINE, ...claimLines(p), p.go ?? 'GO,1,100,99'];
}

/** The history block of one receipt: a prefixed copy of the claim, the prefixed HR and RC. */
export function historyLines(p: { re?: Record<string, string>; rc?: string } = {}): string[] {
  return [
    rec('RE', { ...RE_BASE, searchNumber: SEARCH, specVersionInfo: '50404', ...p.re }, '1,1,0'),
    rec('HO', HO_BASE, '1,2,0'),
    rec('SY', SY_BASE, '1,3,0'),
    rec('SI', SI_BASE, '1,4,0'),
    hrLine({}, '8,5,0'),
    p.rc ?? '8,6,0,RC,K24121300001A',
  ];
}

export function hrLine(values: Record<string, string> = {}, prefix?: string): string {
  return rec('HR', { processingMonth: '202412', returnCategory: '1', reasonCode: 'L1101', reasonText: '資格を確認してください', searchNumber: SEARCH, ...values }, prefix);
}

/** A re-claim: a UKE whose receipt carries 検索番号 and the returned history block. */
export function reclaimFile(p: Parts & { history?: string[] } = {}): string[] {
  return [p.ir ?? IR_LINE, ...claimLines({ ...p, re: { searchNumber: SEARCH, ...p.re } }), ...(p.history ?? historyLines()), p.go ?? 'GO,1,100,99'];
}

/** A 一次請求返戻 file (HEN): HI, one returned receipt (claim data, HR, history block), HG. */
export function returnFile(p: Parts & { hr?: string[]; history?: string[]; hi?: string; hg?: string } = {}): string[] {
  return [
    p.hi ?? HI_LINE,
    ...claimLines({ ...p, re: { searchNumber: SEARCH, specVersionInfo: '50404', ...p.re } }),
    ...(p.hr ?? [hrLine()]),
    ...(p.history ?? historyLines()),
    p.hg ?? 'HG,1,100,99',
  ];
}

export interface Run {
  /** The findings, each with its message rendered (Japanese unless `locale` says otherwise). */
  readonly diagnostics: LocalizedDiagnostic[];
  codes(): string[];
  of(code: string): LocalizedDiagnostic[];
}

/** Parse (as Shift_JIS with CRLF and EOF), validate, and render the messages in `locale`. */
export function run(lines: readonly string[], options: ValidateOptions = {}, parseOptions: ParseOptions = {}, locale: Locale = 'ja'): Run {
  const file = parse(sjisFile(lines), parseOptions);
  const diagnostics = validate(file, options).map((d) => localize(d, locale));
  return {
    diagnostics,
    codes: () => [...new Set(diagnostics.map((d) => d.code))].sort(),
    of: (code) => diagnostics.filter((d) => d.code === code),
  };
}

/** The SI record with 31 day fields, by field values. */
export function si(values: Record<string, string> = {}): string {
  return rec('SI', { ...SI_BASE, ...values });
}
