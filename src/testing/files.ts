/**
 * Whole claim files generated from the tables, valid by the kind's own rules: for vendors' test suites
 * (and receden's own: every generated file validates with no error), and for the benchmark.
 *
 * Each record is laid out from its kind's table: the fields the generator knows the meaning of get
 * consistent values (レセプト種別 and the HO / KO it implies, 負担区分, 保険者番号 with their check digits,
 * dates in the service month, GO totals); every other 必須 field gets a valid value of its plan (a code of
 * its 別表, a date, digits …), and the rest stay empty. Deterministic by seed. Browser-safe.
 */
import type * as FastCheck from 'fast-check';
import { buildLines, Eol, writeLines, type LineSource } from '../codec/lines.js';
import { readSpecDate, writeSpecDate, type DateLayout } from '../codec/dates.js';
import { encodeSjis } from '../codec/sjis.js';
import { checkDigit } from '../validate/rules/cross/check-digit.js';
import { parse } from '../model/parse.js';
import { computeTotals } from '../model/totals.js';
import { KINDS, recordIn } from '../spec/kinds.js';
import { codeTable } from '../spec/registry.js';
import type { ClaimKind, KindDef } from '../spec/types.js';
import { sample, seeded, valuePlan, type Random } from './values.js';

/** The kinds {@link generateClaimFile} writes (the others follow with their rules). */
export const GENERATED_KINDS = ['ika', 'shika', 'chozai', 'houkan', 'dpc', 'rosai'] as const satisfies readonly ClaimKind[];
export type GeneratedKind = (typeof GENERATED_KINDS)[number];

export interface GenerateFileOptions {
  /** @defaultValue 'ika' */
  readonly claimKind?: GeneratedKind;
  /** Receipts in the file. @defaultValue 3 */
  readonly receipts?: number;
  /** @defaultValue 1 */
  readonly seed?: number;
  /** 請求年月 (YYYYMM); the service month is the month before. @defaultValue '202501' ('201910' for 和暦 dates) */
  readonly billingMonth?: string;
  /**
   * 審査支払機関 of the file (IR / HI 審査支払機関): 1 社会保険診療報酬支払基金, 2 国民健康保険団体連合会. A file goes to
   * one payer: its receipts' mixes are the payer's (社保 to 1, 国保 and 後期 to 2, 公費単独 to either). @defaultValue '1'
   */
  readonly payer?: '1' | '2';
  /**
   * The payer mixes receipts are drawn from (each receipt one of them, by the seed), as its レセプト種別 names them.
   * Default: 社保 単独 (twice as likely), 社保 + 公費, 公費単独 for payer 1; every mix of payer 2 for payer 2.
   */
  readonly mixes?: readonly PayerMix[];
  /**
   * The date layout, hence the edition: `wareki` writes every 年月 / 年月日 as GYYMM / GYYMMDD, a file of the kind's
   * 和暦 edition (医科 平成30年4月版 from a 2018-05 請求年月 on). 訪問看護 has no 和暦 edition. @defaultValue 'seireki'
   */
  readonly dates?: DateLayout;
}

/**
 * A receipt's payers, as its レセプト種別 names them: 社保 (保険者番号 8 digits), 国保 (6 digits, with 給付割合), 後期
 * (法別 39; the patient 75 or older), each alone or with 1 or 2 公費 (法別 54, then 12); or 公費 alone (12; 54 and 12).
 */
export const PAYER_MIXES = ['shaho', 'shaho+kohi', 'shaho+kohi+kohi', 'kokuho', 'kokuho+kohi', 'kouki', 'kouki+kohi', 'kohi', 'kohi+kohi'] as const;
export type PayerMix = (typeof PAYER_MIXES)[number];

/** The 審査支払機関 a mix is claimed to (undefined: 公費単独, either). */
export function payerOfMix(m: PayerMix): '1' | '2' | undefined {
  return m.startsWith('shaho') ? '1' : m.startsWith('kokuho') || m.startsWith('kouki') ? '2' : undefined;
}

interface MixInfo {
  readonly insurer: 'shaho' | 'kokuho' | 'kouki' | undefined;
  /** 法別番号 of the KO records, in order. */
  readonly publics: readonly string[];
}

function mixInfo(m: PayerMix): MixInfo {
  const [head, ...rest] = m.split('+');
  const insurer = head === 'kohi' ? undefined : (head as MixInfo['insurer']);
  const n = rest.length + (insurer ? 0 : 1);
  // 公費単独: 12 生活保護; with another 公費 or a 医療保険, 54 特定医療費 first (structure/public-order), then 12.
  const publics = insurer ? ['54', '12'].slice(0, n) : n === 1 ? ['12'] : ['54', '12'];
  return { insurer, publics };
}

/** The mixes a receipt of a file to `payer` is drawn from. */
function mixesFor(options: GenerateFileOptions): readonly PayerMix[] | undefined {
  const payer = options.payer ?? '1';
  if (!options.mixes) return payer === '1' ? undefined : PAYER_MIXES.filter((m) => payerOfMix(m) !== '1');
  if (options.mixes.length === 0) throw new TypeError('generateClaimFile: mixes is empty');
  for (const m of options.mixes) {
    if (!(PAYER_MIXES as readonly string[]).includes(m)) throw new TypeError(`generateClaimFile: unknown payer mix ${String(m)}`);
    const p = payerOfMix(m);
    if (p && p !== payer) throw new TypeError(`generateClaimFile: ${m} is not claimed to payer ${payer} (a file goes to one payer)`);
  }
  return options.mixes;
}

type Values = Readonly<Record<string, string>>;

const FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'];
const GIVEN = ['太郎', '花子', '一郎', '美咲', '健太', '翔', '恵', '直美'];
const KANA = [...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン'];
const ZEN_DIGITS = [...'０１２３４５６７８９'];

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const pick = <T>(r: Random, a: readonly T[]): T => a[r.int(0, a.length - 1)]!;
const chars = (r: Random, pool: readonly string[], min: number, max: number) => Array.from({ length: r.int(min, max) }, () => pick(r, pool)).join('');

/** A number of `n` digits whose last digit is its check digit (保険者番号, 公費負担者番号). */
function withCheckDigit(body: string): string {
  return body + String(checkDigit(body));
}

/** @internal The YYYYMM `delta` months after `ym` (before it when negative). */
export function monthShift(ym: string, delta: number): string {
  const k = Number(ym.slice(0, 4)) * 12 + Number(ym.slice(4, 6)) - 1 + delta;
  return `${Math.floor(k / 12)}${pad((k % 12) + 1, 2)}`;
}

/** One record of a generated file: its field values, `vals[0]` the record id. */
export interface DraftRecord {
  readonly id: string;
  readonly vals: string[];
}

class Writer {
  readonly recs: DraftRecord[] = [];
  /** Index in `recs` of each receipt's first record. */
  readonly starts: number[] = [];
  constructor(
    private readonly kind: KindDef,
    private readonly r: Random,
    private readonly dates: DateLayout = 'seireki',
  ) {}

  /** One record of the kind: the given values, a valid value for every other 必須 field, the rest empty; dates in the file's layout. */
  record(id: string, values: Values): DraftRecord {
    const def = recordIn(this.kind, id);
    if (!def) throw new TypeError(`generateClaimFile: ${this.kind.name} has no record ${id}`);
    const vals = def.fields.map((f, i) => {
      if (i === 0) return id;
      const v = values[f.key] ?? (f.required === 'required' ? sample(this.r, valuePlan(f)) : '');
      if (this.dates === 'wareki' && v && (f.kind === 'ym' || f.kind === 'ymd')) return writeSpecDate(readSpecDate(v)?.iso ?? '', 'wareki') ?? v;
      return v;
    });
    return { id, vals };
  }

  emit(id: string, values: Values): void {
    this.recs.push(this.record(id, values));
  }

  /** The next records are a receipt's. */
  receipt(): void {
    this.starts.push(this.recs.length);
  }
}

/**
 * Lines of text as a claim file: Shift_JIS (strict: JIS X 0201 / 0208 only; lenient adds the CP932 extensions), CR+LF
 * after every line, the EOF byte unless `eof` is false.
 */
export function encodeLines(lines: readonly string[], eof = true, mode: 'strict' | 'lenient' = 'strict'): Uint8Array {
  const sources: LineSource[] = lines.map((l) => {
    const enc = encodeSjis(l, mode);
    if (!enc.ok) throw new Error(`generateClaimFile: ${l.slice(0, 2)} is not Shift_JIS`);
    return { bytes: enc.bytes, eol: Eol.CRLF };
  });
  return writeLines(buildLines(sources, eof));
}

/** A generated claim file before it is written: its records, receipt by receipt. */
export interface ClaimDraft {
  readonly kind: KindDef;
  readonly header: DraftRecord;
  readonly receipts: readonly (readonly DraftRecord[])[];
  readonly trailer: DraftRecord;
  readonly billingMonth: string;
  /** A writer of further records of the kind (return and history records), in the file's date layout. */
  readonly record: (id: string, values: Values) => DraftRecord;
  readonly random: Random;
}

/** The text line of a record (with a history prefix when given). */
export function lineOf(rec: DraftRecord, prefix?: string): string {
  return (prefix ? prefix + ',' : '') + rec.vals.join(',');
}

function draftOf(w: Writer, kind: KindDef, billingMonth: string, r: Random): ClaimDraft {
  const starts = [...w.starts, w.recs.length - 1];
  return {
    kind,
    header: w.recs[0]!,
    receipts: w.starts.map((s, i) => w.recs.slice(s, starts[i + 1])),
    trailer: w.recs[w.recs.length - 1]!,
    billingMonth,
    record: (id, values) => w.record(id, values),
    random: r,
  };
}

/** A claim file of a kind: Shift_JIS, CR+LF after every record, the EOF byte 0x1A. */
export function generateClaimFile(options: GenerateFileOptions = {}): Uint8Array {
  const d = draftClaim(options);
  return encodeLines([d.header, ...d.receipts.flat(), d.trailer].map((x) => lineOf(x)));
}

/** The records of a generated claim file (see {@link generateClaimFile}). */
export function draftClaim(options: GenerateFileOptions = {}): ClaimDraft {
  const k = options.claimKind ?? 'ika';
  if (!(GENERATED_KINDS as readonly string[]).includes(k)) throw new TypeError(`generateClaimFile: no generator for claim kind ${String(k)}`);
  const kind = KINDS[k];
  const dates = options.dates ?? 'seireki';
  if (dates === 'wareki' && !kind.editions.some((e) => e.dates === 'wareki')) throw new TypeError(`generateClaimFile: ${kind.name} has no 和暦 edition`);
  const r = seeded(options.seed ?? 1);
  const billingMonth = options.billingMonth ?? (dates === 'wareki' ? '201910' : '202501');
  const serviceMonth = monthShift(billingMonth, -1);
  const n = options.receipts ?? 3;
  const w = new Writer(kind, r, dates);
  // A kind that sums in yen (労災): its own layout, its sums by the kind's AmountsDef.
  if (kind.amounts) {
    amountsFile(w, kind, r, billingMonth, serviceMonth, n);
    return draftOf(w, kind, billingMonth, r);
  }
  const g = k as Exclude<GeneratedKind, 'rosai'>;
  const digit = kind.receiptTypeDigit!;
  const mixes = mixesFor(options);
  const facility = {
    payer: options.payer ?? '1',
    prefecture: '13',
    scoreTable: kind.scoreTables[0]!,
    facilityCode: withCheckDigit(pad(r.int(0, 999999), 6)),
    facilityName: `${pick(r, FAMILY)}${FACILITY_SUFFIX[g]}`,
    billingMonth,
    volume: '00',
    phone: `03-${pad(r.int(1000, 9999), 4)}-${pad(r.int(0, 9999), 4)}`,
  };
  w.emit(kind.structure.header, facility);
  for (let i = 0; i < n; i++) {
    w.receipt();
    // The default draw keeps the files of earlier versions byte for byte (社保 単独 twice as likely).
    const mix = mixes ? pick(r, mixes) : LEGACY_MIX[pick(r, ['ho', 'ho', 'ho+ko', 'ko'] as const)];
    RECEIPT_WRITERS[g]({ w, r, kind, digit, no: i + 1, serviceMonth, facility, mix });
  }
  const body = encodeLines(w.recs.map((x) => lineOf(x)), false);
  // GO from the receipts just written (the totals rule of the kind: by payer; 訪問看護's GO has no totals field to fill).
  const t = computeTotals(parse(body, { claimKind: k }).receipts, kind.structure);
  w.emit(kind.structure.trailer, { totalCount: String(t.totalCount), totalPoints: String(t.totalPoints), volume: '99' });
  return draftOf(w, kind, billingMonth, r);
}

const LEGACY_MIX = { ho: 'shaho', 'ho+ko': 'shaho+kohi', ko: 'kohi' } as const satisfies Record<string, PayerMix>;

interface ReceiptContext {
  readonly w: Writer;
  readonly r: Random;
  readonly kind: KindDef;
  readonly digit: string;
  readonly no: number;
  readonly serviceMonth: string;
  readonly facility: Values;
  readonly mix: PayerMix;
}

/** レセプト種別 of a mix: 点数表, 保険種別 (1 医保・国保, 2 公費, 3 後期), the count of payers, the patient class. */
function receiptTypeOf(digit: string, m: MixInfo, patient: string): string {
  const second = m.insurer === 'kouki' ? '3' : m.insurer ? '1' : '2';
  const third = String(m.publics.length + (m.insurer ? 1 : 0));
  // 後期: 一般・低所得者 (7 入院, 8 入院外); the others the patient class given (本人).
  const fourth = m.insurer === 'kouki' ? (Number(patient) % 2 === 1 ? '7' : '8') : patient;
  return `${digit}${second}${third}${fourth}`;
}

/** 負担区分 (別表21) naming every payer of the mix: 医保 1, 2 (＋公費①), 4 (＋①②); 公費 5 (①), 7 (①②). */
function burdenOf(m: MixInfo): string {
  return m.insurer ? ['1', '2', '4'][m.publics.length]! : ['', '5', '7'][m.publics.length]!;
}

/** The HO values of a mix's 医療保険 (保険者番号 with its check digit; 国保 6 digits, right-aligned). */
function insurerNumberOf(r: Random, insurer: NonNullable<MixInfo['insurer']>): string {
  if (insurer === 'kokuho') return `  ${withCheckDigit(`13${pad(r.int(0, 999), 3)}`)}`;
  if (insurer === 'kouki') return withCheckDigit(`3913${pad(r.int(0, 999), 3)}`);
  return withCheckDigit(`06${pad(r.int(0, 99999), 5)}`);
}

/** A birth date (YYYYMMDD) fitting the mix: 後期 76 years or more before the service month. */
function birthOf(r: Random, m: MixInfo, serviceMonth: string, from: number, to: number): string {
  const y = Number(serviceMonth.slice(0, 4));
  const [a, b] = m.insurer === 'kouki' ? [Math.min(from, y - 90), y - 76] : [from, Math.min(to, y - 1)];
  return `${r.int(a, b)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}`;
}

function receipt({ w, r, kind, digit, no, serviceMonth, facility, mix: payerMix }: ReceiptContext): void {
  const mix = mixInfo(payerMix);
  // 入院外 (even last digit): 本人 2; the 3rd digit is the count of payers (公費単独: 1). A kind whose 別表 has no 入院外
  // codes (DPC) gets 入院 本人 1.
  const types = codeTable(recordIn(kind, 'RE')?.fields.find((f) => f.key === 'receiptType')?.table ?? '')?.codes;
  const patient = types && !Object.prototype.hasOwnProperty.call(types, `${digit}112`) ? '1' : '2';
  const receiptType = receiptTypeOf(digit, mix, patient);
  const burden = burdenOf(mix);
  const day = () => `${serviceMonth}${pad(r.int(1, 28), 2)}`;
  const family = pick(r, FAMILY);
  const given = pick(r, GIVEN);
  // 歯科: an IR heads every receipt, with the file header's facility.
  if (kind.structure.receiptHeader) w.emit(kind.structure.receiptHeader, facility);
  const re: Record<string, string> = {
    receiptNumber: String(no),
    receiptType,
    serviceMonth,
    patientName: `${family}　${given}`,
    sex: String(r.int(1, 2)),
    birthDate: birthOf(r, mix, serviceMonth, 1940, 2015),
    patientNameKana: chars(r, KANA, 4, 10),
  };
  // 国保 and 退職者医療 record 給付割合 (cross/benefit-ratio).
  if (mix.insurer === 'kokuho') re.benefitRatio = '70';
  if (kind.id === 'shika') Object.assign(re, { startDate: day(), outcome: '1' });
  if (kind.id === 'dpc') Object.assign(re, { admissionDate: `${serviceMonth}01`, summaryClass: '0' });
  if (kind.id === 'chozai') Object.assign(re, { prescriberPrefecture: '13', prescriberScoreTable: '1', prescriberFacilityCode: withCheckDigit(pad(r.int(0, 999999), 6)), prescriberName: `${pick(r, FAMILY)}クリニック`, doctorName1: `${pick(r, FAMILY)}　${pick(r, GIVEN)}` });
  w.emit('RE', re);
  // The 摘要 (and, 調剤, the 処方情報), with the points each payer's 合計点数 adds up.
  const body: [string, Values][] = [];
  let points = 0;
  const days = String(r.int(1, 4));
  if (kind.id === 'chozai') {
    for (let p = 1, np = r.int(1, 2); p <= np; p++) {
      const qty = r.int(1, 30);
      const unit = r.int(1, 40);
      const fee = r.int(10, 60);
      body.push(['SH', { prescriptionNumber: pad(p, 2), unitDrugPoints: String(unit) }]);
      const date = day();
      body.push(['CZ', { prescriptionDate: date, dispensingDate: date, receptionSeq: '1', dispensingQuantity: String(qty), dispensingFeeBurden: burden, dispensingFeePoints: String(fee), drugPoints: String(unit * qty) }]);
      body.push(['IY', { burdenCategory: burden, code: `6${pad(r.int(0, 99999999), 8)}` }]);
      points += fee + unit * qty;
    }
    const basic = r.int(20, 50);
    body.push(['KI', { calculationDate: day(), receptionSeq: '1' }]);
    points += basic;
  } else {
    // DPC: the 包括 part first (HH per 入院期間区分, GT 今月包括合計点数 = Σ HH × 医療機関別係数, 診療識別 93), as the DPC
    // fixture's arithmetic ([INF] rounding half up); the 出来高 SI below add to it in HO / KO 合計点数.
    if (kind.id === 'dpc') points += dpcLump(body, r, serviceMonth, burden);
    const practice = kind.id === 'shika' ? 'SS' : 'SI';
    // 摘要 in ascending 診療識別 (structure/practice-order), of the receipt's side (code/setting: 12 再診 is 入院外 only).
    const pool = categoriesFor(kind, practice, kind.inpatientOf?.(receiptType));
    const categories = Array.from({ length: r.int(1, 4) }, () => pick(r, pool)).sort();
    for (const category of categories) {
      const pts = r.int(10, 900);
      body.push([practice, { practiceCategory: category, burdenCategory: burden, code: `3${pad(r.int(0, 99999999), 8)}`, points: String(pts), times: '1' }]);
      points += pts;
    }
  }
  if (mix.insurer) w.emit('HO', { insurerNumber: insurerNumberOf(r, mix.insurer), cardSymbol: chars(r, ZEN_DIGITS, 1, 4), cardNumber: chars(r, ZEN_DIGITS, 1, 6), actualDays: days, receptionCount: days, totalPoints: String(points) });
  // 生活保護 (法別 12) alone; with 医療保険, 特定医療費 (法別 54) first.
  for (const houbetsu of mix.publics) {
    w.emit('KO', { payerNumber: withCheckDigit(`${houbetsu}13${pad(r.int(0, 999), 3)}`), recipientNumber: pad(r.int(0, 9999999), 7), actualDays: days, receptionCount: days, totalPoints: String(points) });
  }
  // The disease records (医科 SY, 歯科 HS, DPC SB with BU before and KK after; 調剤 has none).
  if (kind.id === 'dpc') {
    w.emit('BU', { dpcCode: `${pad(r.int(10000, 189999), 6)}xx${pad(r.int(0, 99), 2)}x${r.int(0, 9)}xx`, admissionDate: `${serviceMonth}01` });
    w.emit('SB', { diseaseCode: `${r.int(1, 9)}${pad(r.int(0, 999999), 6)}`, icd10Code: `K${pad(r.int(0, 999), 3)}`, diseaseClass: '01' });
    w.emit('KK', { admissionRoute: String(r.int(1, 3)) });
  } else if (kind.id !== 'chozai') {
    const disease = kind.id === 'shika' ? 'HS' : 'SY';
    for (let d = 0, nd = r.int(1, 3); d < nd; d++) w.emit(disease, { diseaseCode: `${r.int(1, 9)}${pad(r.int(0, 999999), 6)}`, startDate: day(), outcome: '1' });
  }
  for (const [id, v] of body) w.emit(id, v);
}

/** 診療識別 11–13 that a receipt of this side may carry, by the `setting` conditions of the 摘要 record's table. */
function categoriesFor(kind: KindDef, practice: string, inpatient: boolean | undefined): string[] {
  const def = recordIn(kind, practice);
  const table = def?.fields.find((f) => f.key === 'practiceCategory')?.table;
  const conditions = table ? codeTable(table)?.conditions : undefined;
  return ['11', '12', '13'].filter((c) => {
    const side = conditions?.[c]?.setting;
    return side === undefined || inpatient === undefined || (side === 'inpatient') === inpatient;
  });
}

/** DPC 包括評価: GA, HH (入院期間区分 1–2), GT (今月の請求分・自保険); returns 今月包括合計点数. */
function dpcLump(body: [string, Values][], r: Random, month: string, burden: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(4, 6));
  const monthDays = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const coefficient = `1.${pad(r.int(0, 9999), 4)}`;
  body.push(['GA', { serviceMonth: month, adjustmentClass: '2', leaveDays: '0'.repeat(monthDays), facilityCoefficient: coefficient }]);
  let sum = 0;
  for (let period = 1, n = r.int(1, 2); period <= n; period++) {
    const perDay = r.int(1500, 3500);
    const days = r.int(1, 10);
    body.push(['HH', { serviceMonth: month, adjustmentClass: '2', ownOtherInsurance: '1', burdenCategory: burden, periodClass: String(period), periodPoints: String(perDay), periodDays: String(days), subtotalPoints: String(perDay * days) }]);
    sum += perDay * days;
  }
  const evaluated = Math.round((sum * Number(coefficient.replace('.', ''))) / 10000);
  body.push(['GT', { serviceMonth: month, adjustmentClass: '2', ownOtherInsurance: '1', burdenCategory: burden, subtotalSum: String(sum), evaluationPoints: String(evaluated), monthTotalPoints: String(evaluated), practiceCategory: '93' }]);
  return evaluated;
}

/**
 * A 訪問看護 receipt (RECEIPTH.UKE, 記録条件仕様（訪問看護用）R06.6): RE, HO / KO, one JD per payer marking the visit
 * days, IH, HJ, JS, SY (未コード化傷病名 with its name), RJ, and KA in ascending 算定年月日 — a 訪問看護基本療養費 per
 * visit day (5,550 円, 職種等 03, 同日訪問回数 01, 指示区分 01) and the 管理療養費 (7,670 円 on the first day, 3,000 円
 * after); HO / KO 合計金額 = Σ KA 金額, 実日数 = the visit days. The 療養費 codes are the 手引き 第18章 examples.
 */
function houkanReceipt({ w, r, digit, no, serviceMonth, mix: payerMix }: ReceiptContext): void {
  const mix = mixInfo(payerMix);
  const receiptType = receiptTypeOf(digit, mix, '2');
  const burden = burdenOf(mix);
  const visits = [...new Set(Array.from({ length: r.int(1, 8) }, () => r.int(1, 28)))].sort((a, b) => a - b);
  const ka: Values[] = [];
  visits.forEach((d, i) => {
    const calcDate = `${serviceMonth}${pad(d, 2)}`;
    ka.push({ calcDate, burdenCategory: burden, code: '510000110', amount: '5550', staffCodes: '03', sameDayVisits: '01', instructionType: '01' });
    ka.push(i === 0 ? { calcDate, burdenCategory: burden, code: '550000410', amount: '7670' } : { calcDate, burdenCategory: burden, code: '550000510', amount: '3000' });
  });
  const total = String(ka.reduce((t, k) => t + Number(k.amount), 0));
  const days = String(visits.length);
  w.emit('RE', {
    receiptNumber: String(no),
    receiptType,
    serviceMonth,
    patientName: `${pick(r, FAMILY)}　${pick(r, GIVEN)}`,
    patientNameKana: chars(r, KANA, 4, 10),
    sex: String(r.int(1, 2)),
    birthDate: birthOf(r, mix, serviceMonth, 1940, 2000),
    ...(mix.insurer === 'kokuho' ? { benefitRatio: '70' } : {}),
  });
  if (mix.insurer) w.emit('HO', { insurerNumber: insurerNumberOf(r, mix.insurer), cardSymbol: chars(r, ZEN_DIGITS, 1, 4), cardNumber: chars(r, ZEN_DIGITS, 1, 6), actualDays: days, totalAmount: total });
  for (const houbetsu of mix.publics) {
    w.emit('KO', { payerNumber: withCheckDigit(`${houbetsu}13${pad(r.int(0, 999), 3)}`), recipientNumber: pad(r.int(0, 9999999), 7), actualDays: days, totalAmount: total });
  }
  const marks = Object.fromEntries(visits.map((d) => [`day${d}`, '1']));
  // JD per payer, in ascending 負担者種別 (1 医保, 2 第一公費, 3 第二公費).
  const payerTypes = [...(mix.insurer ? ['1'] : []), ...mix.publics.map((_, i) => String(i + 2))];
  for (const payerType of payerTypes) w.emit('JD', { payerType, ...marks });
  w.emit('IH', { institutionPrefecture: '13', institutionScoreTable: '1', institutionCode: pad(r.int(0, 9999999), 7), institutionName: `${pick(r, FAMILY)}内科クリニック`, doctorName: `${pick(r, FAMILY)}　${pick(r, GIVEN)}` });
  w.emit('HJ', { instructionType: '01', periodStart: `${serviceMonth}01`, periodEnd: `${serviceMonth}28` });
  w.emit('JS', { condition: '日常生活は一部介助。服薬管理の支援を行う。', designatedDiseasePresence: '03' });
  w.emit('SY', { diseaseCode: '0000999', diseaseName: pick(r, ['脳梗塞後遺症', '慢性心不全', '２型糖尿病', '腰椎圧迫骨折']) });
  w.emit('RJ', { visitStartDate: `${serviceMonth}01`, place1Code: '01' });
  for (const v of ka) w.emit('KA', v);
}

type ReceiptWriter = (c: ReceiptContext) => void;

/** Each generated kind's receipt writer (医科, 歯科 and 調剤 share the 摘要 writer). */
/** (労災 sums in yen and is written whole by amountsFile.) */
const RECEIPT_WRITERS: Readonly<Record<Exclude<GeneratedKind, 'rosai'>, ReceiptWriter>> = { ika: receipt, shika: receipt, chozai: receipt, houkan: houkanReceipt, dpc: receipt };
const FACILITY_SUFFIX: Readonly<Record<Exclude<GeneratedKind, 'rosai'>, string>> = { ika: '内科医院', shika: '歯科医院', chozai: '薬局', houkan: '訪問看護ステーション', dpc: '内科医院' };

/**
 * A claim file of a kind that sums in yen (労災 RRECnn00.UKE): IR (請求年月 = the service month, the latest
 * 診療年月 of its receipts), per receipt RE, the sums record (RR: 業務災害, 入院外 短期, 初診, 継続; 療養期間
 * within the service month), SY, 摘要 records in ascending 診療識別 (points, or yen for the first), then the
 * trailer (RS) with one 労働局 / 監督署 (every receipt is 初回) and the sums by the kind's AmountsDef.
 */
function amountsFile(w: Writer, kind: KindDef, r: Random, billingMonth: string, serviceMonth: string, n: number): void {
  const a = kind.amounts!;
  const st = kind.structure;
  const price = pick(r, ['1150', '1200']);
  w.emit(st.header, {
    prefecture: '13',
    scoreTable: kind.scoreTables[0]!,
    facilityCode: pad(r.int(0, 9999999), 7),
    facilityName: `${pick(r, FAMILY)}病院`,
    billingMonth: kind.headerMonth ? serviceMonth : billingMonth,
    volume: '00',
    phone: `03-${pad(r.int(1000, 9999), 4)}-${pad(r.int(0, 9999), 4)}`,
  });
  const sumsRecord = recordIn(kind, a.receiptRecord)!;
  let amount = 0;
  for (let no = 1; no <= n; no++) {
    w.receipt();
    const first = r.int(1, 20);
    const last = r.int(first, 28);
    const day = (d: number) => `${serviceMonth}${pad(d, 2)}`;
    w.emit('RE', { receiptNumber: String(no), patientName: `${pick(r, FAMILY)}　${pick(r, GIVEN)}`, sex: String(r.int(1, 2)), birthDate: `${r.int(1950, 2005)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}` });
    // 摘要: ascending 診療識別, every 算定 on the period's first day; the first item is priced in yen.
    const items: { id: string; v: Record<string, string>; points: number; yen: number; times: number }[] = [];
    const categories = Array.from({ length: r.int(1, 4) }, () => pick(r, ['11', '12', '25', '40', '60', '80'])).sort();
    categories.forEach((category, j) => {
      const times = r.int(1, 3);
      const yen = j === 0 && a.yenItems.includes('RI') ? r.int(5, 400) * 10 : 0;
      const points = yen ? 0 : r.int(10, 900);
      const v: Record<string, string> = { [a.itemKeys.category]: category, code: `1${pad(r.int(0, 99999999), 8)}`, [a.itemKeys.times]: String(times), [`day${first}`]: String(times) };
      if (yen) v[a.itemKeys.amount] = String(yen);
      else v[a.itemKeys.points] = String(points);
      items.push({ id: 'RI', v, points, yen, times });
    });
    const points = items.reduce((s, x) => s + x.points * x.times, 0);
    const yen = items.reduce((s, x) => s + x.yen * x.times, 0);
    const pointsAmount = Math.floor((points * Number(price)) / 100);
    const k = a.receiptKeys;
    const sums: Record<string, string> = { [k.points]: String(points), [k.pointsAmount]: String(pointsAmount), [k.yenAmount]: String(yen), [k.total]: String(pointsAmount + yen) };
    amount += pointsAmount + yen;
    const fields = new Set(sumsRecord.fields.map((f) => f.key));
    // 労災 RR: the codes of a 入院外 短期 first claim (帳票種別 3, 業務災害 1, 初診 1, 継続 3) and its dates.
    const rr: Record<string, string> = {
      accidentType: '1',
      formType: '3',
      laborInsuranceNumber: `13${pad(r.int(0, 999999999999), 12)}`,
      injuryDate: day(first),
      newContinuing: '1',
      outcome: '3',
      periodStart: day(first),
      periodEnd: day(last),
      actualDays: '1',
      patientNameKana: `${chars(r, KANA, 2, 5)}　${chars(r, KANA, 2, 5)}`,
      businessName: `株式会社${pick(r, FAMILY)}製作所`,
      businessAddress: '東京都千代田区霞が関一丁目２番２号',
      injuryCourse: '作業中に受傷し、通院で処置を継続中。',
      ...sums,
    };
    w.emit(a.receiptRecord, Object.fromEntries(Object.entries(rr).filter(([key]) => fields.has(key))));
    if (recordIn(kind, 'SY') && st.receipt.some((s) => s.ids.includes('SY'))) w.emit('SY', { diseaseCode: '0000999', startDate: day(first), diseaseName: '右手挫創', mainDisease: '01' });
    for (const it of items) w.emit(it.id, it.v);
  }
  const tk = a.trailerKeys;
  w.emit(st.trailer, {
    facilityClass: '3',
    submissionDate: `${billingMonth}${pad(r.int(1, 10), 2)}`,
    laborBureau: '13',
    laborOffice: pad(r.int(1, 20), 2),
    designatedNumber: pad(r.int(0, 9999999), 7),
    postalCode: pad(r.int(1000000, 9999999), 7),
    locationAddress: '東京都千代田区霞が関一丁目２番２号',
    directorName: `${pick(r, FAMILY)}　${pick(r, GIVEN)}`,
    [tk.unitPrice]: price,
    [tk.amount]: String(amount),
    [tk.count]: String(n),
    volume: '99',
  });
}

type Fc = Omit<typeof FastCheck, 'default'>;

/** Generated claim files of a kind, for fast-check properties (1–6 receipts, any seed). */
export function claimFileArbitrary(fc: Fc, claimKind: GeneratedKind = 'ika'): FastCheck.Arbitrary<Uint8Array> {
  return fc.record({ seed: fc.integer(), receipts: fc.integer({ min: 1, max: 6 }) }).map(({ seed, receipts }) => generateClaimFile({ claimKind, seed, receipts }));
}
