/**
 * Whole files of every file kind, with their model: claims (UKE, first claims or re-claims with their
 * 履歴管理ブロック), 一次請求返戻 (HEN) and 再審査等返戻 (SAH), built from a generated claim file so that each is
 * valid by receden's own rules (every generated file validates with no error). Browser-safe, deterministic by seed.
 *
 * What a return holds is read from the kind's descriptor (KindDef.returns), so every kind with a return file is
 * generated the same way:
 * - the header (医科 HI, 訪問看護 HH) from the claim header's fields of the same keys, the trailer (HG) with the GO's
 *   totals; 労災 RRECEC.HEN has neither [INF: ORCA18 flags any other record id in it, kinds-nursing-rousai-dental-
 *   returns.md §2.6]. 訪問看護 (別紙1, official: HH + 請求データ + HR + history + HG): HH fields 6–8 are HM's [INF], HR
 *   fields 5–13 医科's [INF] (src/spec/houkan/records), HG below [INF] / [L];
 * - per receipt: the 請求データ as claimed with the payer's 検索番号 (RE 検索番号; 労災 RE #19 電算処理受付番号 [H],
 *   its format unknown: digits here [INF]; RE #2 as claimed [INF]), and
 *   where the kind's returns carry them, the unprefixed HR (返戻理由) and the 履歴管理ブロック — SAH: MN first —,
 *   `historyDepth` rounds of the receipt as claimed (データ識別 1, 訪問看護 8 as its 別紙1 example; earlier rounds
 *   11), SAH: the 再審査等 records (MD 3, MK 4), the HR again (データ識別 8) and RC last.
 * - the file kinds a kind has online are those of its return file names: 医科, 歯科, 調剤, DPC HEN and SAH;
 *   訪問看護 HEN only (its 再審査 returns go back and are re-claimed on paper: 手引き 別紙1, official); 労災 HEN
 *   (RRECEC.HEN) only.
 * A re-claim (UKE with `reclaim`) is what a 医療機関 sends back: the 請求データ with the 検索番号 and, where the kind
 * has one, the untouched history block, no unprefixed HR (労災: RRECnn00.UKS, IR … RS with RE #19, no history).
 */
import type { DateLayout } from '../codec/dates.js';
import { parse } from '../model/parse.js';
import type { FileKind, ReceFile } from '../model/file.js';
import { receiptTotals } from '../model/totals.js';
import { KINDS, recordIn } from '../spec/kinds.js';
import type { ClaimKind, KindDef } from '../spec/types.js';
import { draftClaim, encodeLines, GENERATED_KINDS, lineOf, monthShift, type ClaimDraft, type DraftRecord, type GenerateFileOptions, type GeneratedKind, type PayerMix } from './files.js';

/** The kinds whose returns are generated: every generated kind with return files (KindDef.returns). */
export const RETURN_KINDS: readonly GeneratedKind[] = GENERATED_KINDS.filter((k) => KINDS[k].returns !== undefined);

/**
 * The return file kinds a kind has online, by the extensions of its return file names (KindDef.returns.fileNames):
 * HEN and SAH for 医科, 歯科, 調剤 and DPC; HEN alone for 訪問看護 (RECEIPTH.HEN, the name [INF]) and 労災 (RRECEC.HEN [H]).
 * 訪問看護 has no online SAH: a return from an insurer's 再審査 goes back on paper and is re-claimed on paper (手引き
 * 別紙1, official; its return spec is named 「…一次請求返戻ファイル及び再請求ファイル…」, with no 再審査等返戻).
 */
export function returnFileKinds(claimKind: GeneratedKind): readonly ('HEN' | 'SAH')[] {
  const names = KINDS[claimKind].returns?.fileNames ?? [];
  return (['HEN', 'SAH'] as const).filter((x) => names.some((n) => n.toUpperCase().endsWith(`.${x}`)));
}

/** The longest 検索番号 the kind's RE holds (30 digits; 労災 RE #19 電算処理受付番号: 20). */
export function searchNumberMax(claimKind: GeneratedKind): number {
  return recordIn(KINDS[claimKind], 'RE')?.fields.find((f) => f.key === 'searchNumber')?.maxBytes ?? 30;
}

/**
 * @internal When a generated return is re-claimed: in the month after the return's 請求年月, and (労災, RS
 * 請求書提出年月日) sent on the 10th of the month after that — what the contract helpers and the conformance corpus
 * both resubmit with.
 */
export function reclaimDates(returnBillingMonth: string): { readonly billingMonth: string; readonly submissionDate: string } {
  const billingMonth = monthShift(returnBillingMonth, 1);
  return { billingMonth, submissionDate: `${monthShift(billingMonth, 1)}10` };
}

/**
 * What to generate. The receipts depend only on the claim options (kind, seed, receipts, payer, mixes, dates, billing
 * month): the first claim of the same options is the file a return's receipts were claimed in (what a 労災
 * resubmission takes as `claimed`).
 */
export interface GenerateOptions extends GenerateFileOptions {
  /** UKE (a claim), HEN (一次請求返戻) or SAH (再審査等返戻; not for 訪問看護 or 労災, see {@link returnFileKinds}). @defaultValue 'UKE' */
  readonly fileKind?: 'UKE' | 'HEN' | 'SAH';
  /** A UKE of re-claims: every receipt carries its 検索番号 and the history block of its return (労災: RRECnn00.UKS, no history). @defaultValue false */
  readonly reclaim?: boolean;
  /** HR 返戻区分 (別表5): 1–3 in a HEN (default 1), 4–9 in a SAH (default 4); a re-claim's history has a HEN's. Unused where returns have no HR (労災). */
  readonly returnCategory?: string;
  /** Rounds of the claim kept in each history block (1: the claim that was returned; more: earlier claims too). Unused without history (労災). @defaultValue 1 */
  readonly historyDepth?: number;
  /** Digits of the 検索番号: 17–30, 17–20 for 労災's 電算処理受付番号 (英数 20) ({@link searchNumberMax}). @defaultValue 25 (労災 20) */
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
/** HEN 返戻事由コード: 審査支払機関が定める, no list known; L + 4 digits as PYH and the 訪問看護 別紙1 example [L], invented. */
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
  const ret = KINDS[claimKind]?.returns;
  if (returned && (!ret || (fileKind !== 'UKE' && !returnFileKinds(claimKind).includes(fileKind)))) {
    throw new TypeError(`generateFile: no ${fileKind === 'UKE' ? 're-claim' : fileKind} generator for ${claimKind}${ret ? ` (its return files: ${ret.fileNames.join(', ')})` : ''}`);
  }
  const category = options.returnCategory ?? (fileKind === 'SAH' ? '4' : '1');
  if (returned && ret?.reasons && !(fileKind === 'SAH' ? /^[4-9]$/ : /^[1-3]$/).test(category)) throw new TypeError(`generateFile: 返戻区分 ${category} does not belong in a ${fileKind === 'SAH' ? 'SAH' : 'HEN'}`);
  const depth = options.historyDepth ?? 1;
  if (!Number.isInteger(depth) || depth < 1) throw new TypeError('generateFile: historyDepth is 1 or more');
  const max = searchNumberMax(claimKind);
  const digits = options.searchNumberDigits ?? Math.min(25, max);
  if (!Number.isInteger(digits) || digits < 17 || digits > max) throw new TypeError(`generateFile: searchNumberDigits is 17–${max}`);
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
  const fileName = fileNameOf(KINDS[claimKind], fileKind, options.reclaim === true);
  return { bytes, file: parse(bytes, { fileName }), fileName, claimKind, fileKind, mixes, searchNumbers, dates };
}

/** The file name of its kind, from the descriptor: the claim's, the re-claim's (労災 .UKS) or the return's; nn = 01. */
function fileNameOf(k: KindDef, fileKind: 'UKE' | 'HEN' | 'SAH', reclaim: boolean): string {
  const names = fileKind === 'UKE' ? [...(reclaim && k.resubmission?.fileName ? [k.resubmission.fileName] : []), ...k.fileNames] : (k.returns?.fileNames ?? []).filter((n) => n.toUpperCase().endsWith(`.${fileKind}`));
  return (names[0] ?? '').replace('nn', '01');
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

/**
 * The receipt as the payer keeps it: its 検索番号, and RE field 20 — 予備 in the claim edition — as payers record it
 * (医科, 歯科, 調剤, DPC). 労災 returns the receipt as claimed but RE #19 [H] (its field 20 is no 予備).
 */
function asReturned(d: ClaimDraft, receipt: readonly DraftRecord[], searchNo: string): DraftRecord[] {
  const spec = recordIn(d.kind, 'RE')?.fields.find((f) => f.key === 'specVersionInfo');
  const values = { searchNumber: searchNo, ...(spec?.required === 'omit' ? { specVersionInfo: '50404' } : {}) };
  return receipt.map((x) => (x.id === 'RE' ? withFields(d, x, values) : x));
}

/** The 履歴管理ブロック of a returned receipt, as text lines with their prefixes. */
function historyLines(d: ClaimDraft, receipt: readonly DraftRecord[], searchNo: string, category: string, depth: number, sah: boolean, no: number): string[] {
  const out: string[] = [];
  const add = (dataKind: string, rec: DraftRecord) => out.push(lineOf(rec, `${dataKind},${out.length + 1},0`));
  const claimed = asReturned(d, receipt, searchNo);
  if (sah) add('1', d.record('MN', { managementNumber: `${d.billingMonth}${pad(no, 10)}`, facilityAddress: '東京都千代田区霞が関一丁目２番２号', searchNumber: searchNo }));
  // The round returned: データ識別 1 (訪問看護 8, as 別紙1's example); earlier rounds (claimed before the re-claim the
  // payer returned): 11 (別表7; for 訪問看護 [INF], its example shows one round).
  const returnedRound = d.kind.returns?.historyDataKind ?? '1';
  for (let round = depth; round >= 1; round--) for (const rec of claimed) add(round === 1 ? returnedRound : '11', rec);
  if (sah) {
    add('3', d.record('MD', { requestSeq: '1', receivedDate: `${d.billingMonth}15`, reasonNumber: '100018' }));
    add('4', d.record('MK', { requestSeq: '1', receivedDate: `${d.billingMonth}15`, requester: '101', processingMonth: d.billingMonth, result: '101' }));
  }
  add('8', hrOf(d, searchNo, category, no));
  add('8', d.record('RC', { managementInfo: `K${d.billingMonth.slice(2)}${pad(no, 7)}A` }));
  return out;
}

/** A re-claimed receipt: 請求データ with its 検索番号 (RE field 20 empty), then the history block as returned, where the kind has one. */
function reclaimLines(d: ClaimDraft, receipt: readonly DraftRecord[], searchNo: string, category: string, depth: number): string[] {
  const no = d.receipts.indexOf(receipt) + 1;
  const claim = receipt.map((x) => (x.id === 'RE' ? withFields(d, x, { searchNumber: searchNo }) : x));
  return [...claim.map((x) => lineOf(x)), ...(d.kind.returns?.history ? historyLines(d, receipt, searchNo, category, depth, false, no) : [])];
}

/**
 * A return file, as the kind's returns are built (KindDef.returns): its header, per receipt the returned 請求データ,
 * its HR and history block, its trailer — each where the kind has it (労災 RRECEC.HEN: the receipts alone [H]; no
 * header, trailer, reasons or history [INF]).
 */
function returnLines(d: ClaimDraft, fileKind: 'HEN' | 'SAH', searchNumbers: readonly string[], category: string, depth: number): string[] {
  const ret = d.kind.returns!;
  const lines = ret.header ? [lineOf(returnHeader(d, ret.header))] : [];
  d.receipts.forEach((receipt, i) => {
    const sn = searchNumbers[i]!;
    lines.push(...asReturned(d, receipt, sn).map((x) => lineOf(x)));
    if (ret.reasons) lines.push(lineOf(hrOf(d, sn, category, i + 1)));
    if (ret.history) lines.push(...historyLines(d, receipt, sn, category, depth, fileKind === 'SAH', i + 1));
  });
  if (ret.trailer) lines.push(lineOf(returnTrailer(d, ret.trailer)));
  return lines;
}

/** The return header: the claim header's fields of the same keys (医科 IR → HI; 訪問看護 HM → HH, fields 6–8 [INF]), volume 00. */
function returnHeader(d: ClaimDraft, id: string): DraftRecord {
  const values: Record<string, string> = {};
  for (const f of recordIn(d.kind, id)?.fields.slice(1) ?? []) {
    const at = fieldIndex(d, d.header.id, f.key);
    if (f.key === 'volume') values[f.key] = '00';
    else if (at > 0) values[f.key] = d.header.vals[at] ?? '';
  }
  return d.record(id, values);
}

/**
 * The return trailer (HG): the GO's totals, volume 99. A kind whose GO has none (訪問看護) gets 総件数 counted as 医科
 * does [INF] and its other totals as Σ of the 主保険's field of the same key (訪問看護 HG 総合計金額 = Σ HO / KO
 * 合計金額 [L]: the 別紙1 example `HG,1,188` does not say what 188 is).
 */
function returnTrailer(d: ClaimDraft, id: string): DraftRecord {
  let receipts: ReceFile['receipts'] | undefined;
  const payers = (key: string): string => {
    receipts ??= parse(encodeLines([d.header, ...d.receipts.flat(), d.trailer].map((x) => lineOf(x))), { claimKind: d.kind.id }).receipts;
    return String(receipts.reduce((sum, r) => {
      const t = receiptTotals(r, d.kind.structure);
      return sum + (key === 'totalCount' ? t.count : Number(t.main?.get(key as never) ?? 0));
    }, 0));
  };
  const values: Record<string, string> = {};
  for (const f of recordIn(d.kind, id)?.fields.slice(1) ?? []) {
    const at = fieldIndex(d, d.trailer.id, f.key);
    values[f.key] = f.key === 'volume' ? '99' : at > 0 ? (d.trailer.vals[at] ?? '') : payers(f.key);
  }
  return d.record(id, values);
}
