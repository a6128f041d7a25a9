/**
 * Return reasons (返戻理由) as rows: one per unprefixed HR, across any number of return files, with
 * code meanings from the 別表; aggregates by 返戻区分 / 事由 / 診療識別 / 月; CSV via csv-stringify
 * (optionally Excel-friendly: a UTF-8 BOM, or Shift_JIS bytes).
 *
 * No patient names unless asked (`showPersonalData`).
 */
import { valueShape } from '../model/shape.js';
import { stringify } from './csv.js';
import { encodeSjis } from '../codec/sjis.js';
import type { Receipt, ReceFile } from '../model/file.js';
import type { Rec } from '../model/record.js';
import { codeMeaning } from '../spec/docs.js';
import { receiptSearchNumber } from './corrections.js';

export interface ReasonRow {
  /** 0-based index of the file among those given. */
  readonly file: number;
  /** File name, when given. */
  readonly fileName: string;
  /** HEN / SAH (as detected). */
  readonly kind: string;
  /** 審査支払機関 of the file (HI). */
  readonly payer: string;
  /** 1-based position of the receipt in its file. */
  readonly position: number;
  /** 1-based line of the HR. */
  readonly line: number;
  readonly searchNumber: string;
  /** RE 診療年月 */
  readonly serviceMonth: string;
  /** RE レセプト種別 and its meaning (別表5). */
  readonly receiptType: string;
  readonly receiptTypeMeaning: string;
  /** HR 処理年月 */
  readonly processingMonth: string;
  /** 返戻区分 and its meaning. */
  readonly category: string;
  readonly categoryMeaning: string;
  /** 診療識別 and its meaning. */
  readonly practice: string;
  readonly practiceMeaning: string;
  /** 返戻事由コード and, when the code is in 別表17 (再審査等返戻事由), its meaning. */
  readonly code: string;
  readonly codeMeaning: string;
  /** 返戻理由 */
  readonly text: string;
  /** 補足事項 */
  readonly supplement: string;
  /** 補正情報 and its meaning. */
  readonly correction: string;
  readonly correctionMeaning: string;
  /** 増減点連絡書年月 */
  readonly noticeMonth: string;
  /** 氏名, only with `showPersonalData`. */
  readonly patientName?: string;
}

export interface ReasonsOptions {
  /** File names, by index, for the `fileName` column. */
  readonly fileNames?: readonly string[];
  /** Include 氏名. @defaultValue false */
  readonly showPersonalData?: boolean;
}

/** The 別表 of a record's field, by its kind's table (医科 RE レセプト種別 → 別表5, 訪問看護 → 別表4 …). */
function tableOf(rec: Rec, key: string, fallback: string): string {
  return rec.def?.fields.find((f) => f.key === key)?.table ?? fallback;
}

/**
 * What {@link reasons} reads of a file: its kind, its header (the payer) and its receipts. A whole-file model
 * ({@link ReceFile}) is one; `reasonsEach` passes one receipt at a time with its file's header.
 */
export interface ReasonSource {
  readonly kind: ReceFile['kind'];
  readonly header: ReceFile['header'];
  readonly receipts: readonly Receipt[];
}

/** One row per unprefixed HR of every receipt of every file. */
export function reasons(files: ReasonSource | readonly ReasonSource[], options: ReasonsOptions = {}): ReasonRow[] {
  const list: readonly ReasonSource[] = Array.isArray(files) ? files : [files as ReasonSource];
  const rows: ReasonRow[] = [];
  list.forEach((f, fi) => {
    const payer = f.header?.get('payer') ?? '';
    for (const r of f.receipts) {
      const re = r.re;
      // A damaged record's fields are shown by shape only (their positions no longer tell their meaning).
      const reV = (key: string) => (re.damaged ? valueShape(re.get(key as never) ?? '') : (re.get(key as never) ?? ''));
      const sn = re.damaged ? '' : receiptSearchNumber(r);
      const type = reV('receiptType');
      for (const h of r.reasons) {
        if (h.id !== 'HR' || h.prefixed) continue;
        const hv = (key: string) => (h.damaged ? valueShape(h.get(key as never) ?? '') : (h.get(key as never) ?? ''));
        const category = hv('returnCategory');
        const practice = hv('practiceCategory');
        const code = hv('reasonCode');
        const correction = hv('correctionInfo');
        const row: ReasonRow = {
          file: fi,
          fileName: options.fileNames?.[fi] ?? '',
          kind: f.kind,
          payer,
          position: r.index + 1,
          line: h.line,
          searchNumber: sn,
          serviceMonth: reV('serviceMonth'),
          receiptType: type,
          receiptTypeMeaning: (type && codeMeaning(tableOf(re, 'receiptType', 'ika:5'), type)) || '',
          processingMonth: hv('processingMonth'),
          category,
          categoryMeaning: (category && codeMeaning('ret:henrei-kubun', category)) || '',
          practice,
          practiceMeaning: (practice && codeMeaning(tableOf(h, 'practiceCategory', 'ika:20'), practice)) || '',
          code,
          // 別表17 applies to 再審査等返戻 only; 一次請求返戻 codes are the payer's own (no table).
          codeMeaning: (code && codeMeaning('ret:saishinsa-henrei-jiyu', code)) || '',
          text: hv('reasonText'),
          supplement: hv('supplement'),
          correction,
          correctionMeaning: (correction && codeMeaning('ret:hosei', correction)) || '',
          noticeMonth: hv('noticeMonth'),
        };
        rows.push(options.showPersonalData ? { ...row, patientName: re.get('patientName') ?? '' } : row);
      }
    }
  });
  return rows;
}

/** Aggregation keys (Japanese names as the CLI takes them). */
export type ReasonGroupKey = '返戻区分' | '事由' | '診療識別' | '月' | '診療年月';
export const REASON_GROUP_KEYS: readonly ReasonGroupKey[] = ['返戻区分', '事由', '診療識別', '月', '診療年月'];

export interface ReasonGroup {
  /** The group's code (返戻区分, 返戻事由コード, 診療識別, 処理年月 or 診療年月; '' = not recorded). */
  readonly key: string;
  /** Meaning of the code, when known. */
  readonly meaning: string;
  /** Number of HR rows. */
  readonly reasons: number;
  /** Number of distinct receipts. */
  readonly receipts: number;
}

/**
 * Count reasons by a key: 返戻区分, 事由 (返戻事由コード), 診療識別, 月 (返戻の処理年月: HR 処理年月),
 * 診療年月 (RE). Sorted by count, then key.
 */
export function groupReasons(rows: readonly ReasonRow[], by: ReasonGroupKey): ReasonGroup[] {
  const g = reasonGrouper(by);
  for (const r of rows) g.add(r);
  return g.groups();
}

/**
 * {@link groupReasons} one row at a time, in memory proportional to the number of groups (not of
 * rows): a receipt's reasons come one after the other, so a receipt is counted in a group when it
 * differs from the last receipt counted there.
 */
export function reasonGrouper(by: ReasonGroupKey): { add(row: ReasonRow): void; groups(): ReasonGroup[] } {
  const pick = (r: ReasonRow): [string, string] => {
    switch (by) {
      case '返戻区分':
        return [r.category, r.categoryMeaning];
      case '事由':
        return [r.code, r.codeMeaning || r.text];
      case '診療識別':
        return [r.practice, r.practiceMeaning];
      case '月':
        return [r.processingMonth, ''];
      case '診療年月':
        return [r.serviceMonth, ''];
    }
  };
  const m = new Map<string, { meaning: string; reasons: number; receipts: number; last: string }>();
  return {
    add(r) {
      const [k, meaning] = pick(r);
      let g = m.get(k);
      if (!g) m.set(k, (g = { meaning, reasons: 0, receipts: 0, last: '' }));
      g.reasons++;
      const id = `${r.file}/${r.position}`;
      if (g.last !== id) {
        g.receipts++;
        g.last = id;
      }
    },
    groups: () =>
      [...m.entries()]
        .map(([key, g]) => ({ key, meaning: g.meaning, reasons: g.reasons, receipts: g.receipts }))
        .sort((a, b) => b.reasons - a.reasons || a.key.localeCompare(b.key)),
  };
}

/** CSV columns: key → header (Japanese, as people read them). */
export const REASON_COLUMNS: readonly { readonly key: keyof ReasonRow; readonly header: string }[] = [
  { key: 'fileName', header: 'ファイル' },
  { key: 'kind', header: '種別' },
  { key: 'payer', header: '審査支払機関' },
  { key: 'position', header: '位置' },
  { key: 'searchNumber', header: '検索番号' },
  { key: 'serviceMonth', header: '診療年月' },
  { key: 'receiptType', header: 'レセプト種別' },
  { key: 'receiptTypeMeaning', header: 'レセプト種別名' },
  { key: 'processingMonth', header: '処理年月' },
  { key: 'category', header: '返戻区分' },
  { key: 'categoryMeaning', header: '返戻区分名' },
  { key: 'practice', header: '診療識別' },
  { key: 'practiceMeaning', header: '診療識別名' },
  { key: 'code', header: '返戻事由コード' },
  { key: 'codeMeaning', header: '返戻事由' },
  { key: 'text', header: '返戻理由' },
  { key: 'supplement', header: '補足事項' },
  { key: 'correction', header: '補正情報' },
  { key: 'correctionMeaning', header: '補正情報名' },
  { key: 'noticeMonth', header: '増減点連絡書年月' },
];

export interface CsvOptions {
  /**
   * Excel-friendly output: `bom` = UTF-8 with a BOM, `sjis` = Shift_JIS bytes (what Japanese Excel
   * opens by default). Without it: plain UTF-8 text.
   */
  readonly excel?: 'bom' | 'sjis';
  /** CRLF (Excel, Windows) or LF. @defaultValue 'CRLF' when excel is set, else 'LF' */
  readonly eol?: 'CRLF' | 'LF';
}

export type CsvResult = { ok: true; text: string; bytes: Uint8Array } | { ok: false; error: string };

function csvText(header: string[], records: (string | number)[][], options: CsvOptions): string {
  const eol = (options.eol ?? (options.excel ? 'CRLF' : 'LF')) === 'CRLF' ? '\r\n' : '\n';
  return stringify([header, ...records], { record_delimiter: eol });
}

function csvBytes(text: string, options: CsvOptions, first = true): CsvResult {
  if (options.excel === 'sjis') {
    // Values came from Shift_JIS files, so they encode; lenient keeps CP932 extensions read from input.
    const e = encodeSjis(text, 'lenient');
    if (!e.ok) return { ok: false, error: `「${e.failure.char}」(${e.failure.codePoint}) cannot be written in Shift_JIS` };
    return { ok: true, text, bytes: e.bytes };
  }
  const body = new TextEncoder().encode(text);
  if (options.excel !== 'bom' || !first) return { ok: true, text, bytes: body };
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return { ok: true, text, bytes: out };
}

/** The CSV columns for rows with or without 氏名. */
function reasonColumns(withNames: boolean): { readonly key: keyof ReasonRow; readonly header: string }[] {
  const cols = [...REASON_COLUMNS];
  if (withNames) cols.splice(5, 0, { key: 'patientName', header: '氏名' });
  return cols;
}

/** Reasons as CSV (header row in Japanese). 氏名 is a column only when the rows carry it. */
export function reasonsToCsv(rows: readonly ReasonRow[], options: CsvOptions = {}): CsvResult {
  const w = reasonsCsvWriter(rows.some((r) => r.patientName !== undefined), options);
  const parts: Uint8Array[] = [];
  for (const part of [w.header(), w.rows(rows)]) {
    if (!part.ok) return part;
    parts.push(part.bytes);
  }
  const bytes = new Uint8Array(parts[0]!.length + parts[1]!.length);
  bytes.set(parts[0]!);
  bytes.set(parts[1]!, parts[0]!.length);
  return { ok: true, text: new TextDecoder().decode(bytes), bytes };
}

/**
 * Reasons as CSV in pieces, for any number of rows: the header, then batches of rows, each as
 * bytes (ending with the record delimiter), in the output encoding.
 */
export function reasonsCsvWriter(withNames: boolean, options: CsvOptions = {}): { header(): CsvResult; rows(rows: readonly ReasonRow[]): CsvResult } {
  const cols = reasonColumns(withNames);
  const eol = (options.eol ?? (options.excel ? 'CRLF' : 'LF')) === 'CRLF' ? '\r\n' : '\n';
  const piece = (records: string[][], first: boolean): CsvResult => {
    if (records.length === 0) return { ok: true, text: '', bytes: new Uint8Array(0) };
    return csvBytes(stringify(records, { record_delimiter: eol }), options, first);
  };
  return {
    header: () => piece([cols.map((c) => c.header)], true),
    rows: (rows) => piece(rows.map((r) => cols.map((c) => String(r[c.key] ?? ''))), false),
  };
}

/** Groups as CSV. */
export function groupsToCsv(groups: readonly ReasonGroup[], by: ReasonGroupKey, options: CsvOptions = {}): CsvResult {
  const text = csvText(
    [by, '名称', '件数（返戻理由）', '件数（レセプト）'],
    groups.map((g) => [g.key, g.meaning, g.reasons, g.receipts]),
    options,
  );
  return csvBytes(text, options);
}
