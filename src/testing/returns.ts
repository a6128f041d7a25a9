/**
 * Whole files of every file kind, with their model: claims (UKE, first claims or re-claims with their
 * 履歴管理ブロック), 一次請求返戻 (HEN) and 再審査等返戻 (SAH), built from a generated claim file so that each is
 * valid by receden's own rules (every generated file validates with no error). Browser-safe, deterministic by seed.
 *
 * A return holds, per receipt: the 請求データ as claimed with the payer's 検索番号 (and RE field 20 as payers record
 * it), the unprefixed HR, then the 履歴管理ブロック — SAH: MN first —, `historyDepth` rounds of the receipt as
 * claimed (データ識別 1; earlier rounds 11), SAH: the 再審査等 records (MD 3, MK 4), the HR again (データ識別 8) and
 * RC last. A re-claim (UKE with `reclaim`) is what a 医療機関 sends back: the 請求データ with the 検索番号 and the
 * untouched history block, no unprefixed HR.
 */
import type { DateLayout } from '../codec/dates.js';
import { parse } from '../model/parse.js';
import type { FileKind, ReceFile } from '../model/file.js';
import type { ClaimKind } from '../spec/types.js';
import { draftClaim, encodeLines, lineOf, type ClaimDraft, type DraftRecord, type GenerateFileOptions, type GeneratedKind, type PayerMix } from './files.js';

/** The kinds whose returns are generated (HI … HG, HR, history blocks). */
export const RETURN_KINDS = ['ika', 'shika', 'chozai', 'dpc'] as const satisfies readonly GeneratedKind[];

export interface GenerateOptions extends GenerateFileOptions {
  /** UKE (a claim), HEN (一次請求返戻) or SAH (再審査等返戻). @defaultValue 'UKE' */
  readonly fileKind?: 'UKE' | 'HEN' | 'SAH';
  /** A UKE of re-claims: every receipt carries its 検索番号 and the history block of its return. @defaultValue false */
  readonly reclaim?: boolean;
  /** HR 返戻区分 (別表5): 1–3 in a HEN (default 1), 4–9 in a SAH (default 4); a re-claim's history has a HEN's. */
  readonly returnCategory?: string;
  /** Rounds of the claim kept in each history block (1: the claim that was returned; more: earlier claims too). @defaultValue 1 */
  readonly historyDepth?: number;
  /** Digits of the 検索番号 (17–30). @defaultValue 25 */
  readonly searchNumberDigits?: number;
}

export interface GeneratedFile {
  /** The file as written: Shift_JIS, CR+LF after every record, EOF 0x1A. */
  readonly bytes: Uint8Array;
  /** Its model (`parse(bytes)`): assert on fields with `file.receipts[i].re.get('searchNumber')` … */
  readonly file: ReceFile;
  /** The file name of its kind (RECEIPTC.UKE, RECEIPTC.HEN, RECEIPTS.UKE …). */
  readonly fileName: string;
  readonly claimKind: ClaimKind;
  readonly fileKind: FileKind;
  /** Each receipt's payer mix, in order (労災: none). */
  readonly mixes: readonly (PayerMix | undefined)[];
  /** Each receipt's 検索番号 ('' in a first claim). */
  readonly searchNumbers: readonly string[];
  /** The date layout the file was written in. */
  readonly dates: DateLayout;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const HEN_REASONS: readonly [string, string][] = [
  ['L1101', '保険者において該当者なし。資格を確認のうえ請求してください。'],
  ['L2301', '算定要件を確認してください。'],
  ['L1205', '公費負担者番号を確認してください。'],
];
/** 別表17 codes (SAH 返戻区分 4–9), each with its wording. */
const SAH_REASONS: readonly [string, string][] = [
  ['S1011', '記号・番号の誤り'],
  ['S1014', '該当者なし'],
  ['S1018', '資格喪失後の受診'],
  ['S1019', '重複請求'],
];

/** A file of any file kind, with its model. */
export function generateFile(options: GenerateOptions = {}): GeneratedFile {
  const fileKind = options.fileKind ?? 'UKE';
  const claimKind = options.claimKind ?? 'ika';
  const dates = options.dates ?? 'seireki';
  const returned = fileKind !== 'UKE' || options.reclaim === true;
  if (returned && !(RETURN_KINDS as readonly string[]).includes(claimKind)) throw new TypeError(`generateFile: no ${fileKind === 'UKE' ? 're-claim' : fileKind} generator for ${claimKind}`);
  const category = options.returnCategory ?? (fileKind === 'SAH' ? '4' : '1');
  if (returned && !(fileKind === 'SAH' ? /^[4-9]$/ : /^[1-3]$/).test(category)) throw new TypeError(`generateFile: 返戻区分 ${category} does not belong in a ${fileKind === 'SAH' ? 'SAH' : 'HEN'}`);
  const depth = options.historyDepth ?? 1;
  if (!Number.isInteger(depth) || depth < 1) throw new TypeError('generateFile: historyDepth is 1 or more');
  const digits = options.searchNumberDigits ?? 25;
  if (!Number.isInteger(digits) || digits < 17 || digits > 30) throw new TypeError('generateFile: searchNumberDigits is 17–30');
  const d = draftClaim(options);
  const mixes = mixesOf(d);
  const facilityCode = d.header.vals[fieldIndex(d, d.header.id, 'facilityCode')] ?? '';
  const payer = d.header.vals[fieldIndex(d, d.header.id, 'payer')] ?? '';
  const searchNumbers = d.receipts.map((_, i) => (returned ? searchNumber(d.billingMonth, payer, facilityCode, i + 1, digits) : ''));
  let lines: string[];
  if (!returned) lines = [d.header, ...d.receipts.flat(), d.trailer].map((x) => lineOf(x));
  else if (fileKind === 'UKE') lines = [lineOf(d.header), ...d.receipts.flatMap((rs, i) => reclaimLines(d, rs, searchNumbers[i]!, category, depth)), lineOf(d.trailer)];
  else lines = returnLines(d, fileKind, searchNumbers, category, depth);
  const bytes = encodeLines(lines);
  const fileName = fileNameOf(claimKind, fileKind);
  return { bytes, file: parse(bytes, { fileName }), fileName, claimKind, fileKind, mixes, searchNumbers, dates };
}

function fileNameOf(k: GeneratedKind, fileKind: 'UKE' | 'HEN' | 'SAH'): string {
  const stem = k === 'shika' ? 'RECEIPTS' : k === 'chozai' ? 'RECEIPTY' : k === 'houkan' ? 'RECEIPTH' : k === 'rosai' ? 'RREC0100' : 'RECEIPTC';
  return `${stem}.${fileKind === 'UKE' ? (k === 'chozai' ? 'CYO' : 'UKE') : fileKind}`;
}

function fieldIndex(d: ClaimDraft, id: string, key: string): number {
  const def = d.kind.records[id] ?? d.kind.returnRecords[id];
  return def?.fields.findIndex((f) => f.key === key) ?? -1;
}

/** A record's values with some fields set by key. */
function withFields(d: ClaimDraft, rec: DraftRecord, values: Readonly<Record<string, string>>): DraftRecord {
  const vals = [...rec.vals];
  for (const [k, v] of Object.entries(values)) {
    const i = fieldIndex(d, rec.id, k);
    if (i > 0) vals[i] = v;
  }
  return { id: rec.id, vals };
}

/** A 検索番号 of `digits` digits: 請求年月, 審査支払機関, 0, the 医療機関コード, then the receipt's number. */
function searchNumber(billingMonth: string, payer: string, facilityCode: string, no: number, digits: number): string {
  const head = `${billingMonth}${payer}0${facilityCode}`.replace(/[^0-9]/g, '0');
  return (head + pad(no, Math.max(0, digits - head.length))).slice(-digits).padStart(digits, '1');
}

/** The payer mix of each receipt, read back from its RE レセプト種別 and HO. */
function mixesOf(d: ClaimDraft): (PayerMix | undefined)[] {
  const typeAt = fieldIndex(d, 'RE', 'receiptType');
  return d.receipts.map((rs) => {
    const re = rs.find((x) => x.id === 'RE');
    const t = typeAt > 0 ? (re?.vals[typeAt] ?? '') : '';
    if (!/^[0-9]{4}$/.test(t)) return undefined;
    const ho = rs.find((x) => x.id === 'HO');
    const kos = rs.filter((x) => x.id === 'KO').length;
    const insurer = t[1] === '3' ? 'kouki' : t[1] === '1' ? (ho && ho.vals[fieldIndex(d, 'HO', 'insurerNumber')]?.startsWith('  ') ? 'kokuho' : 'shaho') : 'kohi';
    const n = insurer === 'kohi' ? kos - 1 : kos;
    return [insurer, ...Array.from({ length: n }, () => 'kohi')].join('+') as PayerMix;
  });
}

/** The unprefixed HR of a returned receipt. */
function hrOf(d: ClaimDraft, searchNo: string, category: string, no: number): DraftRecord {
  const [code, text] = (Number(category) >= 4 ? SAH_REASONS : HEN_REASONS)[no % (Number(category) >= 4 ? SAH_REASONS.length : HEN_REASONS.length)]!;
  return d.record('HR', { processingMonth: d.billingMonth, returnCategory: category, reasonCode: code, reasonText: text, searchNumber: searchNo });
}

/** The receipt as the payer keeps it: its 検索番号, RE field 20 as payers record it. */
function asReturned(d: ClaimDraft, receipt: readonly DraftRecord[], searchNo: string): DraftRecord[] {
  return receipt.map((x) => (x.id === 'RE' ? withFields(d, x, { searchNumber: searchNo, specVersionInfo: '50404' }) : x));
}

/** The 履歴管理ブロック of a returned receipt, as text lines with their prefixes. */
function historyLines(d: ClaimDraft, receipt: readonly DraftRecord[], searchNo: string, category: string, depth: number, sah: boolean, no: number): string[] {
  const out: string[] = [];
  const add = (dataKind: string, rec: DraftRecord) => out.push(lineOf(rec, `${dataKind},${out.length + 1},0`));
  const claimed = asReturned(d, receipt, searchNo);
  if (sah) add('1', d.record('MN', { managementNumber: `${d.billingMonth}${pad(no, 10)}`, facilityAddress: '東京都千代田区霞が関一丁目２番２号', searchNumber: searchNo }));
  // Earlier rounds (claimed before the re-claim the payer returned): データ識別 11.
  for (let round = depth; round >= 1; round--) for (const rec of claimed) add(round === 1 ? '1' : '11', rec);
  if (sah) {
    add('3', d.record('MD', { requestSeq: '1', receivedDate: `${d.billingMonth}15`, reasonNumber: '100018' }));
    add('4', d.record('MK', { requestSeq: '1', receivedDate: `${d.billingMonth}15`, requester: '101', processingMonth: d.billingMonth, result: '101' }));
  }
  add('8', hrOf(d, searchNo, category, no));
  add('8', d.record('RC', { managementInfo: `K${d.billingMonth.slice(2)}${pad(no, 7)}A` }));
  return out;
}

/** A re-claimed receipt: 請求データ with its 検索番号 (RE field 20 empty), then the history block as returned. */
function reclaimLines(d: ClaimDraft, receipt: readonly DraftRecord[], searchNo: string, category: string, depth: number): string[] {
  const no = d.receipts.indexOf(receipt) + 1;
  const claim = receipt.map((x) => (x.id === 'RE' ? withFields(d, x, { searchNumber: searchNo }) : x));
  return [...claim.map((x) => lineOf(x)), ...historyLines(d, receipt, searchNo, category, depth, false, no)];
}

/** A return file: HI, per receipt the returned 請求データ, HR and history block, HG with the GO's totals. */
function returnLines(d: ClaimDraft, fileKind: 'HEN' | 'SAH', searchNumbers: readonly string[], category: string, depth: number): string[] {
  const hv = (key: string) => d.header.vals[fieldIndex(d, d.header.id, key)] ?? '';
  const tv = (key: string) => d.trailer.vals[fieldIndex(d, d.trailer.id, key)] ?? '';
  const hi = d.record('HI', { payer: hv('payer'), billingMonth: hv('billingMonth'), prefecture: hv('prefecture'), scoreTable: hv('scoreTable'), facilityCode: hv('facilityCode'), volume: '00' });
  const lines = [lineOf(hi)];
  d.receipts.forEach((receipt, i) => {
    const sn = searchNumbers[i]!;
    lines.push(...asReturned(d, receipt, sn).map((x) => lineOf(x)), lineOf(hrOf(d, sn, category, i + 1)), ...historyLines(d, receipt, sn, category, depth, fileKind === 'SAH', i + 1));
  });
  lines.push(lineOf(d.record('HG', { totalCount: tv('totalCount'), totalPoints: tv('totalPoints'), volume: '99' })));
  return lines;
}
