/**
 * Corruptions: a generated valid file with exactly one rule broken, carrying what receden reports for it — the
 * diagnostic code, its severity and its position (line, and the field's 1-based 項目 position when the finding is
 * about a field). A vendor tests their own validator against these; receden's own tests check, for every rule and
 * many seeds, that receden reports that code at that position and no other error.
 *
 * One corruption per rule of the rule table (`RULES`), each an edit of a file of {@link generateFile}: a field set, a
 * record inserted, moved or removed, sums kept right where the edit would otherwise break them too (HO / KO 合計点数 and
 * the GO total follow an inserted 摘要 record). Browser-safe, deterministic by seed.
 */
import { decodeSjis } from '../codec/sjis.js';
import { readSpecDate, writeSpecDate } from '../codec/dates.js';
import type { Severity } from '../diagnostics/index.js';
import type { ReceFile } from '../model/file.js';
import { parse } from '../model/parse.js';
import { KINDS, recordIn } from '../spec/kinds.js';
import type { KindDef } from '../spec/types.js';
import type { PresetId } from '../validate/types.js';
import { checkDigit } from '../validate/rules/cross/check-digit.js';
import { encodeLines, monthShift, type GeneratedKind } from './files.js';
import { generateFile, type GenerateOptions } from './returns.js';

/** Where receden reports a corruption. */
export interface ExpectedDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  /** 1-based line of the file (absent for a finding about the whole file). */
  readonly line?: number;
  /** 1-based 項目 position of the field (history prefix not counted), when the finding is about a field. */
  readonly field?: number;
}

export interface CorruptedFile {
  /** The rule broken (the diagnostic code). */
  readonly rule: string;
  /** What was broken, in English. */
  readonly description: string;
  readonly expected: ExpectedDiagnostic;
  /** The preset to validate it with (the file's default when absent). */
  readonly preset?: PresetId;
  readonly bytes: Uint8Array;
  readonly file: ReceFile;
  readonly fileName: string;
  /** The options of the valid file it was made from. */
  readonly base: GenerateOptions;
}

export interface CorruptOptions {
  /** @defaultValue 1 */
  readonly seed?: number;
  /** Receipts in the file (the first is the one broken; some corruptions fix it). @defaultValue 2 */
  readonly receipts?: number;
}

/** A line of the file being edited: its fields (prefix included). */
type Line = string[];
/** Where a finding is: the line (found again after later edits) and the field's key. */
interface Hit {
  readonly line?: Line;
  readonly key?: string;
}

/** A file being edited, as lines of fields. */
class Edit {
  readonly lines: Line[];
  constructor(
    readonly kind: KindDef,
    text: readonly string[],
  ) {
    this.lines = text.map((l) => l.split(','));
  }

  prefixed(l: Line): boolean {
    return /^[0-9]+$/.test(l[0] ?? '');
  }
  idOf(l: Line): string {
    return this.prefixed(l) ? (l[3] ?? '') : (l[0] ?? '');
  }
  /** Line indexes of receipt `n` (0-based): from its unprefixed RE (歯科: the IR before it) to the next or the trailer. */
  receipt(n = 0): [number, number] {
    const starts: number[] = [];
    this.lines.forEach((l, i) => {
      if (!this.prefixed(l) && l[0] === 'RE') starts.push(this.kind.structure.receiptHeader && i > 0 && this.lines[i - 1]![0] === this.kind.structure.receiptHeader ? i - 1 : i);
    });
    const trailers: readonly (string | undefined)[] = [this.kind.structure.trailer, this.kind.returns?.trailer];
    const trailer = this.lines.findIndex((l, i) => i > 0 && !this.prefixed(l) && trailers.includes(l[0]));
    const s = starts[n];
    if (s === undefined) throw new Error(`corrupt: no receipt ${n}`);
    return [s, starts[n + 1] ?? (trailer < 0 ? this.lines.length : trailer)];
  }
  /** The lines of record `id` in receipt `n` (unprefixed unless `prefixed`). */
  all(id: string, n = 0, prefixed = false): Line[] {
    const [a, b] = this.receipt(n);
    return this.lines.slice(a, b).filter((l) => this.idOf(l) === id && this.prefixed(l) === prefixed);
  }
  one(id: string, n = 0, prefixed = false): Line {
    const l = this.all(id, n, prefixed)[0];
    if (!l) throw new Error(`corrupt: receipt ${n} has no ${id}`);
    return l;
  }
  has(id: string, n = 0, prefixed = false): boolean {
    return this.all(id, n, prefixed).length > 0;
  }
  header(): Line {
    return this.lines[0]!;
  }
  trailer(): Line {
    return this.lines[this.lines.length - 1]!;
  }
  index(l: Line): number {
    const i = this.lines.indexOf(l);
    if (i < 0) throw new Error('corrupt: line gone');
    return i;
  }
  fieldAt(l: Line, key: string): number {
    const def = recordIn(this.kind, this.idOf(l));
    const i = def?.fields.findIndex((f) => f.key === key) ?? -1;
    if (i < 0) throw new Error(`corrupt: ${this.idOf(l)} has no ${key}`);
    return i + (this.prefixed(l) ? 3 : 0);
  }
  get(l: Line, key: string): string {
    return l[this.fieldAt(l, key)] ?? '';
  }
  set(l: Line, key: string, value: string): Hit {
    l[this.fieldAt(l, key)] = value;
    return { line: l, key };
  }
  /** A record of the kind: the given fields, every other empty. */
  rec(id: string, values: Readonly<Record<string, string>> = {}, prefix?: string): Line {
    const def = recordIn(this.kind, id);
    if (!def) throw new Error(`corrupt: ${this.kind.name} has no ${id}`);
    const vals = def.fields.map((f, i) => (i === 0 ? id : (values[f.key] ?? '')));
    return [...(prefix ? prefix.split(',') : []), ...vals];
  }
  insertAfter(at: Line, ...ls: Line[]): Line {
    this.lines.splice(this.index(at) + 1, 0, ...ls);
    return ls[0]!;
  }
  insertBefore(at: Line, ...ls: Line[]): Line {
    this.lines.splice(this.index(at), 0, ...ls);
    return ls[0]!;
  }
  remove(l: Line): void {
    this.lines.splice(this.index(l), 1);
  }
  /** The last 摘要 line of receipt `n` (before its SJ, reasons and history). */
  lastPractice(n = 0): Line {
    const ls = ['SI', 'IY', 'TO', 'SS', 'CO'].flatMap((id) => this.all(id, n));
    return ls.sort((a, b) => this.index(a) - this.index(b)).at(-1)!;
  }
  /** Add `points` to receipt `n`'s HO and KO 合計点数 and the trailer's 総合計点数 (an inserted 摘要 record). */
  bump(points: number, n = 0): void {
    for (const id of ['HO', 'KO']) for (const l of this.all(id, n)) this.set(l, 'totalPoints', String(Number(this.get(l, 'totalPoints')) + points));
    const t = this.trailer();
    if (t[0] === 'GO' || t[0] === 'HG') t[2] = String(Number(t[2]) + points);
  }
  /** Insert a history line before the receipt's closing RC, renumbering the 行番号 after it. */
  beforeRc(n: number, dataKind: string, l: Line): Line {
    const rc = this.all('RC', n, true).at(-1)!;
    const no = Number(rc[1]);
    rc[1] = String(no + 1);
    return this.insertBefore(rc, [dataKind, String(no), '0', ...l]);
  }
  text(): string[] {
    return this.lines.map((l) => l.join(','));
  }
}

interface CorruptionDef {
  readonly rule: string;
  readonly severity: Severity;
  readonly description: string;
  /** The valid file to start from. */
  readonly base: GenerateOptions;
  readonly preset?: PresetId;
  /** Whether the file of a seed can take the edit (otherwise the next seed is tried). */
  readonly fits?: (e: Edit) => boolean;
  readonly apply: (e: Edit) => Hit;
}

const SHAHO: GenerateOptions = { mixes: ['shaho'] };
const SHAHO_KOHI: GenerateOptions = { mixes: ['shaho+kohi'] };
const RECLAIM: GenerateOptions = { ...SHAHO, reclaim: true };
const HEN: GenerateOptions = { ...SHAHO, fileKind: 'HEN' };
const HOUKAN: GenerateOptions = { claimKind: 'houkan', mixes: ['shaho'] };
const DPC: GenerateOptions = { claimKind: 'dpc', mixes: ['shaho'] };
const ROSAI: GenerateOptions = { claimKind: 'rosai' };

/** An IY (or TO) of 100 points added after the receipt's last 摘要 record, the sums following it. */
function addItem(e: Edit, id: 'IY' | 'TO', values: Record<string, string>): Hit {
  const l = e.insertAfter(e.lastPractice(), e.rec(id, { practiceCategory: id === 'IY' ? '21' : '40', burdenCategory: '1', code: id === 'IY' ? '620000001' : '700000000', points: '100', times: '1', ...values }));
  e.bump(100);
  return { line: l, key: 'quantity' };
}

/** A 臓器提供者 block (TI, then TR TS SY SI) after the receipt's 摘要. */
function donorBlock(e: Edit, ti: Record<string, string>, tr: Record<string, string>): Line[] {
  const month = e.get(e.one('RE'), 'serviceMonth');
  const block = [
    e.rec('TI', { donationCategory: '1', donorFacilityCategory: '1', ...ti }),
    e.rec('TR', { receiptNumber: '1', donorReceiptType: '1992', serviceMonth: month, sex: '1', birthDate: '19700101', ...tr }),
    e.rec('TS', { actualDays: '1', totalPoints: '100' }),
    e.rec('SY', { diseaseCode: '8833421', startDate: `${month}01`, outcome: '1', mainDisease: '01' }),
    e.rec('SI', { practiceCategory: '11', burdenCategory: '1', code: '111000110', points: '100', times: '1' }),
  ];
  e.insertAfter(e.lastPractice(), ...block);
  return block;
}

/** The 訪問看護 KA lines of a receipt grouped by 算定年月日. */
function visits(e: Edit): Line[][] {
  const by = new Map<string, Line[]>();
  for (const l of e.all('KA')) by.set(e.get(l, 'calcDate'), [...(by.get(e.get(l, 'calcDate')) ?? []), l]);
  return [...by.values()];
}

const other = (d: string) => String((Number(d) + 1) % 10);

const DEFS: readonly CorruptionDef[] = [
  // ---- field ----
  { rule: 'field/count', severity: 'error', description: 'an SY with one field too many', base: SHAHO, apply: (e) => (e.one('SY').push('X'), { line: e.one('SY') }) },
  { rule: 'field/max-bytes', severity: 'error', description: 'RE 氏名 of 21 full-width characters (42 bytes, 40 allowed)', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'patientName', 'テ'.repeat(21)) },
  { rule: 'field/fixed-length', severity: 'error', description: 'IR 医療機関コード of 6 digits (固定 7)', base: SHAHO, apply: (e) => e.set(e.header(), 'facilityCode', e.get(e.header(), 'facilityCode').slice(1)) },
  { rule: 'field/mode', severity: 'error', description: 'HO 実日数 in full-width digits (数字)', base: SHAHO, apply: (e) => e.set(e.one('HO'), 'actualDays', '１') },
  { rule: 'field/mode-mixed', severity: 'error', description: 'RE 氏名 mixing half-width katakana and kanji', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'patientName', 'ﾃｽﾄ　太郎') },
  { rule: 'field/jis-x0208', severity: 'error', description: 'RE 氏名 with a CP932 extension character (髙)', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'patientName', '髙橋　太郎') },
  { rule: 'field/trailing-space', severity: 'warning', description: 'IR 医療機関名称 ending with a full-width space', base: SHAHO, apply: (e) => e.set(e.header(), 'facilityName', e.get(e.header(), 'facilityName') + '　') },
  { rule: 'field/leading-zero', severity: 'error', description: 'HO 合計点数 with a leading zero', base: SHAHO, apply: (e) => e.set(e.one('HO'), 'totalPoints', '0' + e.get(e.one('HO'), 'totalPoints')) },
  { rule: 'field/digits', severity: 'error', description: 'SN 枝番 with a letter', base: SHAHO, apply: (e) => ({ line: e.insertAfter(e.one('HO'), e.rec('SN', { payerType: '1', confirmationType: '01', branchNumber: '0A' })), key: 'branchNumber' }) },
  { rule: 'field/fraction-zero', severity: 'error', description: 'IY 使用量 1.50 (a trailing zero in the fraction)', base: SHAHO, apply: (e) => addItem(e, 'IY', { quantity: '1.50' }) },
  { rule: 'field/decimal-split', severity: 'error', description: 'TO 使用量 with 6 integer digits (5 allowed)', base: SHAHO, apply: (e) => addItem(e, 'TO', { quantity: '123456.12' }) },
  { rule: 'field/upper-case', severity: 'error', description: 'GR ＤＰＣコード in lower case', base: SHAHO, apply: (e) => ({ line: e.insertAfter(e.one('HO'), e.rec('GR', { reason: '08', dpcCode: '040080x099x0xx' })), key: 'dpcCode' }) },
  { rule: 'field/number-format', severity: 'error', description: 'DPC GA 医療機関別係数 with two integer digits (9.9999)', base: DPC, apply: (e) => e.set(e.one('GA'), 'facilityCoefficient', '14.325') },
  { rule: 'field/date', severity: 'error', description: 'RE 生年月日 on 30 February', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'birthDate', '19800230') },
  { rule: 'field/date-wareki', severity: 'error', description: 'RE 診療年月 in 和暦 in a 西暦 file', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'serviceMonth', wareki(e.get(e.one('RE'), 'serviceMonth'))) },
  { rule: 'field/date-seireki', severity: 'error', description: 'RE 生年月日 in 西暦 in a 和暦 file', base: { ...SHAHO, dates: 'wareki' }, apply: (e) => e.set(e.one('RE'), 'birthDate', seireki(e.get(e.one('RE'), 'birthDate'))) },
  { rule: 'field/required', severity: 'error', description: 'HO 番号 empty', base: SHAHO, apply: (e) => e.set(e.one('HO'), 'cardNumber', '') },
  { rule: 'field/omitted', severity: 'error', description: 'a value in an RE 予備 field', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'reserved1', '1') },
  { rule: 'field/repeat-unit', severity: 'error', description: 'RE 特記事項 of 3 characters (2-character codes)', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'specialNotes', '123') },
  // ---- code ----
  { rule: 'code/unknown', severity: 'error', description: 'RE 男女区分 3', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'sex', '3') },
  { rule: 'code/open-family', severity: 'info', description: 'GR 医科点数表算定理由 07 (a code of an open family)', base: SHAHO, apply: (e) => ({ line: e.insertAfter(e.one('HO'), e.rec('GR', { reason: '07' })), key: 'reason' }) },
  { rule: 'code/first-claim', severity: 'error', description: 'SN 確認区分 02 (the payer’s) in a first claim', base: SHAHO, apply: (e) => ({ line: e.insertAfter(e.one('HO'), e.rec('SN', { payerType: '1', confirmationType: '02' })), key: 'confirmationType' }) },
  { rule: 'code/history-unknown', severity: 'warning', description: 'a history JR with 縦覧区分 9', base: RECLAIM, apply: (e) => ({ line: e.beforeRc(0, '3', e.rec('JR', { reviewType: '9', referenceNumber: '1' })), key: 'reviewType' }) },
  { rule: 'code/setting', severity: 'error', description: '診療識別 90 (入院 only) on an 入院外 receipt', base: SHAHO, apply: (e) => e.set(e.all('SI').at(-1)!, 'practiceCategory', '90') },
  { rule: 'code/period', severity: 'error', description: 'RE 特記事項 17, a code retired before the service month', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'specialNotes', '0117') },
  { rule: 'code/insurance', severity: 'error', description: 'RE 特記事項 41 (後期高齢者 only) on a 社保 receipt', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'specialNotes', '41') },
  // ---- record ----
  { rule: 'record/times-sum', severity: 'error', description: 'SI 回数 1 with 2 marked on day 1', base: SHAHO, apply: (e) => (e.set(e.one('SI'), 'day1', '2'), { line: e.one('SI'), key: 'times' }) },
  { rule: 'record/uncoded-disease', severity: 'error', description: 'SY 未コード化傷病名 0000999 without its name', base: SHAHO, apply: (e) => (e.set(e.one('SY'), 'diseaseCode', '0000999'), e.set(e.one('SY'), 'diseaseName', '')) },
  { rule: 'record/comment-pairs', severity: 'error', description: 'SI コメント文字データ without its コメントコード', base: SHAHO, apply: (e) => ({ line: e.set(e.one('SI'), 'commentText1', '右眼').line }) },
  { rule: 'record/kana-name', severity: 'error', description: 'RE カタカナ（氏名） with a space', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'patientNameKana', 'テスト　タロウ') },
  { rule: 'record/card-length', severity: 'error', description: 'HO 記号 and 番号 of 20 characters together (19 allowed)', base: SHAHO, apply: (e) => (e.set(e.one('HO'), 'cardSymbol', '１２３４５６７８９０'), e.set(e.one('HO'), 'cardNumber', '１２３４５６７８９０')) },
  { rule: 'record/department', severity: 'error', description: 'RE 診療科 人体の部位等 without 診療科名', base: SHAHO, apply: (e) => (e.set(e.one('RE'), 'department1BodyPart', '001'), { line: e.one('RE'), key: 'department1Name' }) },
  { rule: 'record/inpatient', severity: 'error', description: 'RE 病棟区分 / 入院年月日 on an 入院外 receipt', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'admissionDate', `${e.get(e.one('RE'), 'serviceMonth')}01`) },
  { rule: 'record/conditional-fields', severity: 'error', description: 'GR 算定理由 08 without its ＤＰＣコード', base: SHAHO, apply: (e) => ({ line: e.insertAfter(e.one('HO'), e.rec('GR', { reason: '08' })), key: 'dpcCode' }) },
  {
    rule: 'record/start-month',
    severity: 'error',
    description: 'RE カタカナ（氏名） in a receipt of 2018-03 (recorded from 2018-04)',
    base: { ...SHAHO, billingMonth: '201804' },
    apply: (e) => e.set(e.one('RE'), 'patientNameKana', 'テスト'),
  },
  { rule: 'record/qualification', severity: 'error', description: 'SN without its 確認区分', base: SHAHO, apply: (e) => ({ line: e.insertAfter(e.one('HO'), e.rec('SN', { payerType: '1', branchNumber: '01' })), key: 'confirmationType' }) },
  {
    rule: 'record/calc-unit',
    severity: 'warning',
    description: 'a 算定単位 whose last record has 回数 2 but a single day marked once',
    base: SHAHO,
    apply: (e) => {
      const last = e.all('SI').at(-1)!;
      const points = e.get(last, 'points');
      e.set(last, 'points', '');
      const l = e.insertAfter(last, e.rec('SI', { burdenCategory: e.get(last, 'burdenCategory'), code: e.get(last, 'code'), points, times: '2', day1: '2' }));
      e.bump(Number(points));
      return { line: l, key: 'times' };
    },
  },
  {
    rule: 'record/visit-days',
    severity: 'warning',
    description: 'JD marks day 2, the 摘要 day 1',
    base: SHAHO,
    apply: (e) => (e.set(e.one('SI'), 'day1', '1'), { line: e.insertAfter(e.one('HO'), e.rec('JD', { payerType: '1', day2: '1' })) }),
  },
  // ---- structure ----
  { rule: 'structure/header-trailer', severity: 'error', description: 'a HEN closed by GO instead of HG', base: HEN, apply: (e) => (e.trailer()[0] = 'GO', { line: e.trailer() }) },
  { rule: 'structure/unexpected-record', severity: 'error', description: 'an unprefixed RC in a claim', base: SHAHO, apply: (e) => ({ line: e.insertAfter(e.lastPractice(), ['RC', 'K0001']) }) },
  { rule: 'structure/foreign-record', severity: 'error', description: 'a 調剤 SH in a 医科 file', base: SHAHO, apply: (e) => ({ line: e.insertAfter(e.lastPractice(), ['SH', '1', '1', '1', '1']) }) },
  {
    rule: 'structure/record-order',
    severity: 'error',
    description: 'HO after SY',
    base: SHAHO,
    apply: (e) => {
      const ho = e.one('HO');
      e.remove(ho);
      e.insertAfter(e.one('SY'), ho);
      return { line: ho };
    },
  },
  { rule: 'structure/insurer-records', severity: 'error', description: 'RE レセプト種別 1112 (one payer) over HO and KO', base: SHAHO_KOHI, apply: (e) => e.set(e.one('RE'), 'receiptType', e.get(e.one('RE'), 'receiptType').replace(/^(.)12/, '$111')) },
  { rule: 'structure/required-records', severity: 'error', description: 'a receipt without SY', base: SHAHO, apply: (e) => (e.all('SY').forEach((l) => e.remove(l)), { line: e.one('RE') }) },
  {
    rule: 'structure/optional-records',
    severity: 'error',
    description: 'two SN of the same 負担者種別',
    base: SHAHO,
    apply: (e) => {
      const sn = () => e.rec('SN', { payerType: '1', confirmationType: '01' });
      e.insertAfter(e.one('HO'), sn(), sn());
      return { line: e.all('SN')[1] };
    },
  },
  { rule: 'structure/donor-records', severity: 'error', description: 'a TI without its TR', base: SHAHO, apply: (e) => ({ line: e.insertAfter(e.lastPractice(), e.rec('TI', { donationCategory: '1', donorFacilityCategory: '1' })) }) },
  {
    rule: 'structure/no-receipts',
    severity: 'error',
    description: 'IR and GO with no receipt between',
    base: { ...SHAHO, receipts: 1 },
    apply: (e) => {
      e.lines.splice(1, e.lines.length - 2);
      e.trailer().splice(1, 2, '0', '0');
      return { line: e.trailer() };
    },
  },
  {
    rule: 'structure/jd-payers',
    severity: 'warning',
    description: 'a 医保 + 公費 receipt with a JD for 医保 only',
    base: SHAHO_KOHI,
    apply: (e) => (e.set(e.one('SI'), 'day1', '1'), { line: e.insertAfter(e.one('KO'), e.rec('JD', { payerType: '1', day1: '1' })), key: 'payerType' }),
  },
  {
    rule: 'structure/payer-records',
    severity: 'error',
    description: '訪問看護: an SN for a 公費 whose 法別 (54) may have none',
    base: { claimKind: 'houkan', mixes: ['shaho+kohi'] },
    apply: (e) => {
      e.insertAfter(e.one('KO'), e.rec('SN', { payerType: '1', confirmationType: '01' }), e.rec('SN', { payerType: '2', confirmationType: '01' }));
      return { line: e.all('SN')[1], key: 'payerType' };
    },
  },
  { rule: 'structure/single-records', severity: 'error', description: '訪問看護: a second RJ (複数不可)', base: HOUKAN, apply: (e) => ({ line: e.insertAfter(e.one('RJ'), [...e.one('RJ')]) }) },
  {
    rule: 'structure/suspended-records',
    severity: 'warning',
    description: '訪問看護: a GI (災害等レコード, suspended)',
    base: HOUKAN,
    apply: (e) => ({ line: e.insertAfter(e.all('JD').at(-1)!, e.rec('GI', { disasterDate: `${e.get(e.one('RE'), 'serviceMonth')}01`, disasterReceiptClass: '01' })) }),
  },
  {
    rule: 'structure/addition-below-base',
    severity: 'warning',
    description: '訪問看護: a 加算 at 0 yen not directly below its base',
    base: HOUKAN,
    fits: (e) => visits(e).length >= 2,
    apply: (e) => {
      const second = visits(e)[1]!;
      const l = e.insertBefore(second[0]!, e.rec('KA', { calcDate: e.get(second[0]!, 'calcDate'), burdenCategory: e.get(second[0]!, 'burdenCategory'), code: '510002370', amount: '0' }));
      return { line: l, key: 'amount' };
    },
  },
  {
    rule: 'structure/date-order',
    severity: 'error',
    description: '訪問看護: KA of a later day before an earlier one',
    base: HOUKAN,
    fits: (e) => visits(e).length >= 2,
    apply: (e) => {
      const [first, second] = visits(e) as [Line[], Line[]];
      for (const l of second) e.remove(l);
      e.insertBefore(first[0]!, ...second);
      return { line: first[0], key: 'calcDate' };
    },
  },
  {
    rule: 'structure/visit-days',
    severity: 'warning',
    description: '訪問看護: JD marks a day without a visit',
    base: HOUKAN,
    fits: (e) => visits(e).length < 28,
    apply: (e) => {
      const days = new Set(visits(e).map((v) => Number(e.get(v[0]!, 'calcDate').slice(6, 8))));
      const day = [...Array(28).keys()].map((i) => i + 1).find((d) => !days.has(d))!;
      return e.set(e.one('JD'), `day${day}`, '1');
    },
  },
  { rule: 'cross/payer-amounts', severity: 'warning', description: '訪問看護: HO 合計金額 not the sum of the KA 金額', base: HOUKAN, apply: (e) => e.set(e.one('HO'), 'totalAmount', String(Number(e.get(e.one('HO'), 'totalAmount')) + 10)) },
  {
    rule: 'structure/practice-order',
    severity: 'warning',
    description: '摘要 in descending 診療識別 (60 before a lower one)',
    base: SHAHO,
    fits: (e) => e.all('SI').length >= 2,
    apply: (e) => (e.set(e.one('SI'), 'practiceCategory', '60'), { line: e.all('SI')[1], key: 'practiceCategory' }),
  },
  {
    rule: 'structure/public-order',
    severity: 'warning',
    description: 'KO 法別 12 before 54',
    base: { mixes: ['shaho+kohi+kohi'] },
    apply: (e) => {
      const [a, b] = e.all('KO') as [Line, Line];
      e.remove(b);
      e.insertBefore(a, b);
      return { line: a };
    },
  },
  {
    rule: 'structure/category-run',
    severity: 'error',
    description: '99 摘要 records after one 診療識別 (98 allowed)',
    base: SHAHO,
    apply: (e) => {
      const last = e.all('SI').at(-1)!;
      const points = e.get(last, 'points');
      e.set(last, 'points', '');
      const run = Array.from({ length: 99 }, (_, i) => e.rec('SI', { burdenCategory: e.get(last, 'burdenCategory'), code: e.get(last, 'code'), points: i === 98 ? points : '', times: '1' }));
      e.insertAfter(last, ...run);
      return { line: run[98] };
    },
  },
  // ---- history block ----
  { rule: 'history/unprefixed-line', severity: 'error', description: 'an unprefixed CO inside the history block', base: RECLAIM, apply: (e) => ({ line: e.insertAfter(e.one('RE', 0, true), ['CO', '', '1', '810000001', 'テスト']) }) },
  { rule: 'history/rc-last', severity: 'error', description: 'a history block without its closing RC', base: RECLAIM, apply: (e) => (e.remove(e.one('RC', 0, true)), { line: e.one('HR', 0, true) }) },
  { rule: 'history/rc-format', severity: 'error', description: 'RC 管理情報 with a hyphen', base: RECLAIM, apply: (e) => (e.one('RC', 0, true)[4] = 'K-0001', { line: e.one('RC', 0, true) }) },
  { rule: 'history/prefix', severity: 'error', description: 'a 行番号 with a letter', base: RECLAIM, apply: (e) => (e.one('RC', 0, true)[1] += 'A', { line: e.one('RC', 0, true) }) },
  { rule: 'history/data-kind', severity: 'info', description: 'データ識別 99 (not in 別表7)', base: RECLAIM, apply: (e) => (e.one('RE', 0, true)[0] = '99', { line: e.one('RE', 0, true) }) },
  {
    rule: 'history/first-line',
    severity: 'warning',
    description: 'a history block that starts with its HR',
    base: RECLAIM,
    apply: (e) => {
      const [a, b] = e.receipt(0);
      for (const l of e.lines.slice(a, b).filter((x) => e.prefixed(x) && e.idOf(x) !== 'HR' && e.idOf(x) !== 'RC')) e.remove(l);
      return { line: e.one('HR', 0, true) };
    },
  },
  // ---- return files ----
  { rule: 'return/reasons', severity: 'error', description: 'a returned receipt without its HR', base: HEN, apply: (e) => (e.remove(e.one('HR')), { line: e.one('RE') }) },
  { rule: 'return/search-number', severity: 'error', description: 'HR 検索番号 not the receipt’s', base: HEN, apply: (e) => e.set(e.one('HR'), 'searchNumber', e.get(e.one('HR'), 'searchNumber').replace(/.$/, other)) },
  { rule: 'return/category-kind', severity: 'warning', description: 'a SAH whose HR 返戻区分 is 1 (a HEN’s)', base: { ...SHAHO, fileKind: 'SAH', receipts: 2 }, apply: (e) => e.set(e.one('HR'), 'returnCategory', '1') },
  {
    rule: 'return/history-missing',
    severity: 'warning',
    description: 'a returned receipt without its history block',
    base: HEN,
    apply: (e) => {
      for (const l of e.lines.slice(...e.receipt(0)).filter((x) => e.prefixed(x))) e.remove(l);
      return { line: e.one('RE') };
    },
  },
  { rule: 'structure/receipt-variant', severity: 'error', description: 'DPC: a GR (総括対象医科入院 only) in a ＤＰＣレセプト', base: DPC, apply: (e) => ({ line: e.insertAfter(e.one('HO'), e.rec('GR', { reason: '11', dpcCode: '040080X099X0XX' })) }) },
  { rule: 'structure/receipt-group', severity: 'warning', description: 'DPC: a 明細 (総括区分 2) without its 総括レセプト', base: DPC, apply: (e) => e.set(e.one('RE'), 'summaryClass', '2') },
  // ---- resubmission ----
  { rule: 'resubmit/search-number', severity: 'error', description: 'a re-claim whose 検索番号 is not its history’s', base: RECLAIM, apply: (e) => e.set(e.one('RE'), 'searchNumber', e.get(e.one('RE'), 'searchNumber').replace(/.$/, other)) },
  { rule: 'resubmit/re-field-20', severity: 'error', description: 'a re-claim with RE field 20 (予備) recorded', base: RECLAIM, apply: (e) => e.set(e.one('RE'), 'specVersionInfo', '50404') },
  {
    rule: 'resubmit/unprefixed-hr',
    severity: 'error',
    description: 'a claim that kept an unprefixed HR',
    base: SHAHO,
    apply: (e) => ({ line: e.insertAfter(e.lastPractice(), e.rec('HR', { processingMonth: e.get(e.header(), 'billingMonth'), returnCategory: '1', reasonCode: 'L1101', reasonText: '資格を確認してください', searchNumber: '2024121300512347000000101' })) }),
  },
  { rule: 'resubmit/reception-number', severity: 'error', description: '労災: a re-claim without its 電算処理受付番号', base: ROSAI, preset: 'resubmission', apply: (e) => ({ line: e.one('RE'), key: 'searchNumber' }) },
  { rule: 'resubmit/no-reclaims', severity: 'warning', description: 'a resubmission with no re-claimed receipt', base: SHAHO, preset: 'resubmission', apply: () => ({}) },
  // ---- cross-record ----
  { rule: 'cross/totals', severity: 'error', description: 'GO 総件数 one too many', base: SHAHO, apply: (e) => ((e.trailer()[1] = String(Number(e.trailer()[1]) + 1)), { line: e.trailer(), key: 'totalCount' }) },
  { rule: 'cross/receipt-number', severity: 'error', description: 'the first レセプト番号 is 2', base: { ...SHAHO, receipts: 1 }, apply: (e) => e.set(e.one('RE'), 'receiptNumber', '2') },
  {
    rule: 'cross/donor-receipt-number',
    severity: 'error',
    description: 'a TR レセプト番号 2 as the first of its 臓器提供医療機関',
    base: SHAHO,
    apply: (e) => ({ line: donorBlock(e, {}, { receiptNumber: '2' })[1], key: 'receiptNumber' }),
  },
  { rule: 'cross/service-month', severity: 'error', description: 'RE 診療年月 the 請求年月 itself', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'serviceMonth', e.get(e.header(), 'billingMonth')) },
  { rule: 'cross/search-number-omitted', severity: 'error', description: 'a first claim with a 検索番号', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'searchNumber', '2024121300512347000000101') },
  { rule: 'cross/insurer-number', severity: 'error', description: 'HO 保険者番号 of 7 digits', base: SHAHO, apply: (e) => e.set(e.one('HO'), 'insurerNumber', e.get(e.one('HO'), 'insurerNumber').slice(1)) },
  { rule: 'cross/insurer-check-digit', severity: 'error', description: 'HO 保険者番号 with a wrong check digit', base: SHAHO, apply: (e) => e.set(e.one('HO'), 'insurerNumber', e.get(e.one('HO'), 'insurerNumber').replace(/.$/, other)) },
  { rule: 'cross/public-payer-number', severity: 'error', description: 'KO 負担者番号 of 7 digits', base: SHAHO_KOHI, apply: (e) => e.set(e.one('KO'), 'payerNumber', e.get(e.one('KO'), 'payerNumber').slice(1)) },
  { rule: 'cross/public-payer-check-digit', severity: 'warning', description: 'KO 負担者番号 with a wrong check digit', base: SHAHO_KOHI, apply: (e) => e.set(e.one('KO'), 'payerNumber', e.get(e.one('KO'), 'payerNumber').replace(/.$/, other)) },
  { rule: 'cross/recipient-number', severity: 'error', description: 'KO 受給者番号 of 5 digits', base: SHAHO_KOHI, apply: (e) => e.set(e.one('KO'), 'recipientNumber', '12345') },
  { rule: 'cross/law-number', severity: 'warning', description: 'a 後期高齢者 保険者番号 (法別 39) on a 医保 receipt', base: SHAHO, apply: (e) => e.set(e.one('HO'), 'insurerNumber', withCheck('3913001')) },
  { rule: 'cross/benefit-ratio', severity: 'warning', description: 'RE 給付割合 on a 社保 receipt', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'benefitRatio', '70') },
  {
    rule: 'cross/amounts',
    severity: 'error',
    description: '労災: RR 小計点数 one point off its 摘要',
    base: ROSAI,
    apply: (e) => {
      const key = e.kind.amounts!.receiptKeys.points;
      return e.set(e.one('RR'), key, String(Number(e.get(e.one('RR'), key)) + 1));
    },
  },
  { rule: 'cross/header-month', severity: 'error', description: '労災: RR 療養期間―末日 after the IR 請求年月', base: ROSAI, apply: (e) => e.set(e.one('RR'), 'periodEnd', `${monthShift(e.get(e.header(), 'billingMonth'), 1)}15`) },
  { rule: 'cross/file-split', severity: 'warning', description: '労災: a 継続 receipt (新継再別 5) in a file of 初回 receipts', base: ROSAI, apply: (e) => (e.set(e.one('RR'), 'newContinuing', '5'), { line: e.trailer(), key: 'laborBureau' }) },
  {
    rule: 'cross/multi-volume',
    severity: 'error',
    description: 'GO マルチボリューム識別情報 02 after IR 00',
    base: SHAHO,
    apply: (e) => {
      e.trailer().splice(1, 3, '', '', '02');
      return { line: e.trailer(), key: 'volume' };
    },
  },
  {
    rule: 'cross/payer-totals',
    severity: 'error',
    description: 'HO 合計点数 one point more than its 摘要 (GO following it)',
    base: SHAHO,
    apply: (e) => {
      const ho = e.one('HO');
      e.set(ho, 'totalPoints', String(Number(e.get(ho, 'totalPoints')) + 1));
      e.trailer()[2] = String(Number(e.trailer()[2]) + 1);
      return { line: ho, key: 'totalPoints' };
    },
  },
  { rule: 'cross/record-arithmetic', severity: 'error', description: 'DPC: GT 包括小計点数合算 not the sum of its HH', base: DPC, apply: (e) => e.set(e.one('GT'), 'subtotalSum', String(Number(e.get(e.one('GT'), 'subtotalSum')) + 1)) },
  { rule: 'cross/burden-payers', severity: 'error', description: '負担区分 2 (医保 and 公費①) on a receipt without KO', base: SHAHO, apply: (e) => e.set(e.one('SI'), 'burdenCategory', '2') },
  { rule: 'cross/birth-date', severity: 'warning', description: 'RE 生年月日 after the 診療年月', base: SHAHO, apply: (e) => e.set(e.one('RE'), 'birthDate', `${e.get(e.header(), 'billingMonth')}15`) },
  { rule: 'cross/age-type', severity: 'warning', description: 'a 後期高齢者 receipt of a patient aged 24', base: { payer: '2', mixes: ['kouki'] }, apply: (e) => (e.set(e.one('RE'), 'birthDate', `${Number(e.get(e.one('RE'), 'serviceMonth').slice(0, 4)) - 24}0101`), { line: e.one('RE'), key: 'receiptType' }) },
];

function wareki(ym: string): string {
  return writeSpecDate(readSpecDate(ym)!.iso, 'wareki')!;
}
function seireki(v: string): string {
  return writeSpecDate(readSpecDate(v)!.iso, 'seireki')!;
}
function withCheck(body: string): string {
  return body + String(checkDigit(body));
}

/** The rules a corruption exists for: every rule of the rule table. */
export const CORRUPTIBLE_RULES: readonly string[] = DEFS.map((d) => d.rule);

const BY_RULE: ReadonlyMap<string, CorruptionDef> = new Map(DEFS.map((d) => [d.rule, d]));

/** The claim kind a rule's corruption is written in. */
export function corruptionKind(rule: string): GeneratedKind {
  const d = BY_RULE.get(rule);
  if (!d) throw new TypeError(`corrupt: no corruption for ${rule}`);
  return d.base.claimKind ?? 'ika';
}

/** A generated file with `rule` broken, and where receden reports it. */
export function corrupt(rule: string, options: CorruptOptions = {}): CorruptedFile {
  const d = BY_RULE.get(rule);
  if (!d) throw new TypeError(`corrupt: no corruption for ${rule}`);
  for (let attempt = 0; attempt < 64; attempt++) {
    const base: GenerateOptions = { receipts: options.receipts ?? 2, ...d.base, seed: (options.seed ?? 1) + attempt };
    const g = generateFile(base);
    const body = g.bytes.subarray(0, g.bytes.length - 1);
    const e = new Edit(KINDS[g.claimKind], decodeSjis(body).split('\r\n').slice(0, -1));
    if (d.fits && !d.fits(e)) continue;
    const hit = d.apply(e);
    const bytes = encodeLines(e.text(), true, 'lenient');
    const line = hit.line ? e.lines.indexOf(hit.line) + 1 : undefined;
    const field = hit.line && hit.key ? e.fieldAt(hit.line, hit.key) + 1 - (e.prefixed(hit.line) ? 3 : 0) : undefined;
    const expected: ExpectedDiagnostic = { code: d.rule, severity: d.severity, ...(line ? { line } : {}), ...(field ? { field } : {}) };
    return { rule, description: d.description, expected, ...(d.preset ? { preset: d.preset } : {}), bytes, file: parse(bytes, { fileName: g.fileName }), fileName: g.fileName, base };
  }
  throw new Error(`corrupt: no generated file fits ${rule} (seed ${options.seed ?? 1})`);
}
