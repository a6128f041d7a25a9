/**
 * Splicing a regenerated receipt (the レセコン workflow).
 *
 * A vendor regenerates the returned receipt in its own system after the fix. What it needs from the
 * return to resubmit it — possibly months later — is small: the 検索番号 and the 履歴管理ブロック bytes
 * (plus, for routing, the 審査支払機関 that returned it). {@link storeReturn} extracts exactly that as
 * JSON-safe data; {@link spliceReceipt} puts the new RE… lines and the stored history back together:
 * RE.検索番号 set to the returned one, RE field 20 (記録条件仕様年月情報 / 予備) emptied, the history
 * block appended byte for byte.
 */
import { buildLines, Eol, scanLines, writeLines, type LineSource, type LineTable } from '../codec/lines.js';
import { encodeSjis } from '../codec/sjis.js';
import { diag, type Diagnostic } from '../diagnostics/index.js';
import type { ReceFile, Receipt } from '../model/file.js';
import { Rec } from '../model/record.js';
import { fromBase64, toBase64 } from '../codec/base64.js';
import { ascii, replaceField } from './values.js';
import { receiptSearchNumber } from './corrections.js';
import { fieldIndex } from '../spec/registry.js';
import { CLAIM_KINDS, KINDS } from '../spec/kinds.js';
import type { ClaimKind, KindDef } from '../spec/types.js';

/**
 * What to keep from a returned receipt so it can be resubmitted later without the return file.
 * Store it as you would the return itself: `history` holds the receipt as the payer recorded it,
 * patient data included.
 */
export interface StoredReturn {
  readonly format: 'receden-stored-return/1';
  /** The claim kind of the return (医科 when absent: stored before kinds). */
  readonly claimKind?: ClaimKind;
  /** 検索番号 (17–30 digits, a string: never a number). */
  readonly searchNumber: string;
  /** 審査支払機関 that returned it (HI): 1 社保 / 2 国保. */
  readonly payer: string;
  readonly prefecture: string;
  readonly scoreTable: string;
  readonly facilityCode: string;
  /** HI 請求年月 (the month the payer processed the return). */
  readonly returnedMonth: string;
  /** HEN or SAH. */
  readonly kind: string;
  /** RE 診療年月 and レセプト種別 of the returned 請求データ (for finding it again). */
  readonly serviceMonth: string;
  readonly receiptType: string;
  /** The return reasons (HR), for display. */
  readonly reasons: readonly { readonly category: string; readonly code: string; readonly text: string }[];
  /** The 履歴管理ブロック exactly as returned: Shift_JIS bytes with their line ends, base64. */
  readonly history: string;
}

/** What to keep from one returned receipt. */
export function storeReturn(file: ReceFile, receipt: Receipt): StoredReturn {
  const h = file.header;
  const re = receipt.re;
  return {
    format: 'receden-stored-return/1',
    ...(file.claimKind !== 'unknown' ? { claimKind: file.claimKind } : {}),
    searchNumber: receiptSearchNumber(receipt),
    payer: h?.get('payer') ?? '',
    prefecture: h?.get('prefecture') ?? '',
    scoreTable: h?.get('scoreTable') ?? '',
    facilityCode: h?.get('facilityCode') ?? '',
    returnedMonth: h?.get('billingMonth') ?? '',
    kind: file.kind,
    serviceMonth: re.get('serviceMonth') ?? '',
    receiptType: re.get('receiptType') ?? '',
    reasons: receipt.reasons
      .filter((r) => r.id === 'HR')
      .map((r) => ({ category: r.get('returnCategory') ?? '', code: r.get('reasonCode') ?? '', text: r.get('reasonText') ?? '' })),
    history: toBase64(receipt.historyBytes()),
  };
}

/** What to keep from every receipt of a return file. */
export function storeReturns(file: ReceFile): StoredReturn[] {
  return file.receipts.map((r) => storeReturn(file, r));
}

/** The history block bytes of a stored return. */
export function storedHistory(s: StoredReturn): Uint8Array {
  return fromBase64(s.history);
}

export type SpliceInput =
  | {
      /** The regenerated receipt: RE and its records, unprefixed (Shift_JIS bytes, or text to be encoded strictly). */
      readonly claim: Uint8Array | string;
      readonly stored: StoredReturn;
    }
  | { readonly claim: Uint8Array | string; readonly returned: Receipt; readonly claimKind?: ClaimKind }
  | { readonly claim: Uint8Array | string; readonly searchNumber: string; readonly history: Uint8Array; readonly claimKind?: ClaimKind };

/** Options of {@link spliceReceipt} (none yet; kept for future ones). */
export type SpliceOptions = Readonly<Record<never, never>>;

export interface SpliceResult {
  /** False when an error was found (the bytes are still assembled, for inspection). */
  readonly ok: boolean;
  /** The receipt ready for resubmission: the claim lines (CRLF), then the history block as stored. */
  readonly bytes: Uint8Array;
  /** The same as a line table: lines [0, claimLines) are the claim data, the rest the history. */
  readonly table: LineTable;
  readonly claimLines: number;
  readonly searchNumber: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** 医科 RE field positions (1-based 項目); other kinds differ (歯科 検索番号 20, 調剤 38): the writers find them by key. */
export const RE_RECEIPT_NUMBER = 2;
export const RE_SEARCH_NUMBER = 19;
export const RE_SPEC_VERSION = 20;

/**
 * A record's bytes with some fields set (by key, in the record's own table), or undefined when nothing
 * changes. Only those fields are rewritten (ASCII values); the rest of the line is copied. A key the
 * table does not have is left alone.
 */
export function editFieldBytes(rec: Rec, set: Readonly<Record<string, string | undefined>>): Uint8Array | undefined {
  const def = rec.def;
  if (!def) return undefined;
  let b = rec.bytes;
  let changed = false;
  for (const [key, v] of Object.entries(set)) {
    const i = fieldIndex(def).byKey.get(key);
    if (v === undefined || i === undefined) continue;
    const pos = i + 1;
    const cur = new Rec(buildLines([{ bytes: b, eol: Eol.None }], false), 0, rec.kind).at(pos);
    if (cur === v || (cur === undefined && v === '')) continue;
    b = replaceField(b, pos - 1, ascii(v));
    changed = true;
  }
  return changed ? b : undefined;
}

/**
 * The RE's bytes with レセプト番号 / 検索番号 / 記録条件仕様年月情報 set (found by key: the kind's RE), or
 * undefined when nothing changes.
 */
export function editReBytes(re: Rec, set: { receiptNumber?: string; searchNumber?: string; specVersion?: string }): Uint8Array | undefined {
  return editFieldBytes(re, { receiptNumber: set.receiptNumber, searchNumber: set.searchNumber, specVersionInfo: set.specVersion });
}

/** The kind a splice works in: the stored return's, the returned receipt's file's, or the one given (医科 by default). */
function spliceKind(input: SpliceInput): KindDef {
  if ('stored' in input) return KINDS[input.stored.claimKind ?? 'ika'];
  if (input.claimKind) return KINDS[input.claimKind];
  if ('returned' in input) return CLAIM_KINDS.map((k) => KINDS[k]).find((k) => k === input.returned.kind) ?? KINDS.ika;
  return KINDS.ika;
}

function claimTable(claim: Uint8Array | string, out: Diagnostic[]): LineTable | undefined {
  if (typeof claim !== 'string') return scanLines(claim);
  const lines = claim.replace(/\r\n/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const sources: LineSource[] = [];
  let bad = false;
  lines.forEach((l, i) => {
    const e = encodeSjis(l, 'strict');
    if (!e.ok) {
      // The character's position, not the character (nor its code point): it may be a patient's name.
      out.push(diag({ code: 'splice/claim-unencodable', severity: 'error', line: i + 1, found: `char ${e.failure.index + 1}`, params: { index: e.failure.index + 1 } }));
      bad = true;
    } else sources.push({ bytes: e.bytes, eol: Eol.CRLF });
  });
  return bad ? undefined : buildLines(sources, false);
}

/**
 * Put a regenerated receipt and the stored history block together. Never throws: problems are
 * diagnostics (`splice/…`), and `ok` is false when one is an error.
 */
export function spliceReceipt(input: SpliceInput, options: SpliceOptions = {}): SpliceResult {
  const diagnostics: Diagnostic[] = [];
  let searchNumber: string;
  let history: LineTable;
  if ('stored' in input) {
    searchNumber = input.stored.searchNumber;
    history = scanLines(storedHistory(input.stored));
  } else if ('returned' in input) {
    searchNumber = receiptSearchNumber(input.returned);
    history = scanLines(input.returned.historyBytes());
  } else {
    searchNumber = String(input.searchNumber);
    history = scanLines(input.history);
  }
  if (!/^[0-9]{17,30}$/.test(searchNumber)) {
    diagnostics.push(diag({ code: 'splice/search-number-invalid', severity: 'error', expected: '17〜30桁の数字', found: `${searchNumber.length}文字` }));
  }
  const claim = claimTable(input.claim, diagnostics) ?? buildLines([], false);
  const kind = spliceKind(input);
  const st = kind.structure;
  // The file-level records (header, trailer; in returns HI, HR, HG) are never part of a receipt.
  const fileLevel = new Set([st.header, st.trailer, kind.returns?.header, kind.returns?.trailer, kind.returns?.reasons ?? 'HR', 'IR', 'GO'].filter((x): x is string => !!x && x !== st.receiptHeader));
  // A receipt opens with its RE (歯科: with the IR that heads it).
  const opener = st.receiptHeader ?? 'RE';
  const sources: LineSource[] = [];
  let reCount = 0;
  let openers = 0;
  let claimLines = 0;
  for (let i = 0; i < claim.count; i++) {
    const rec = new Rec(claim, i, kind);
    if (claim.end[i] === claim.start[i]) continue; // empty line: not part of a record
    if (rec.prefixed) {
      diagnostics.push(diag({ code: 'splice/history-in-claim', severity: 'error', line: i + 1, record: rec.id || undefined }));
      continue;
    }
    if (fileLevel.has(rec.id)) {
      diagnostics.push(diag({ code: 'splice/not-claim-record', severity: 'error', line: i + 1, record: rec.id, found: rec.id, params: { records: [...fileLevel].join('・') } }));
      continue;
    }
    if (claimLines === 0 && rec.id !== opener) {
      diagnostics.push(diag({ code: 'splice/no-re', severity: 'error', line: i + 1, found: rec.id || '?', expected: opener }));
    }
    if (opener !== 'RE' && rec.id === opener && ++openers > 1) {
      diagnostics.push(diag({ code: 'splice/several-receipts', severity: 'error', line: i + 1, record: rec.id }));
    }
    if (rec.id === 'RE') {
      reCount++;
      if (reCount > 1) {
        diagnostics.push(diag({ code: 'splice/several-receipts', severity: 'error', line: i + 1, record: 'RE' }));
      }
      const nb = editReBytes(rec, { searchNumber, specVersion: '' });
      sources.push(nb ? { bytes: nb, eol: Eol.CRLF } : { bytes: rec.bytes, eol: Eol.CRLF });
    } else sources.push({ bytes: rec.bytes, eol: Eol.CRLF });
    claimLines++;
  }
  if (claimLines === 0) diagnostics.push(diag({ code: 'splice/no-re', severity: 'error', found: '空', expected: opener }));
  // The history block, untouched.
  let historyLines = 0;
  for (let i = 0; i < history.count; i++) {
    if (history.end[i] === history.start[i] && history.eol[i] === Eol.None) continue;
    const rec = new Rec(history, i, kind);
    if (!rec.prefixed) diagnostics.push(diag({ code: 'splice/history-unprefixed', severity: 'error', line: i + 1, record: rec.id || undefined }));
    sources.push({ table: history, index: i });
    historyLines++;
  }
  if (historyLines === 0) diagnostics.push(diag({ code: 'splice/no-history', severity: 'error' }));
  else {
    // The block ends with RC, or with RC then MN (an insurer-side order: MN after RC, see history/rc-last).
    const last = new Rec(history, history.count - 1, kind);
    const beforeLast = history.count > 1 ? new Rec(history, history.count - 2, kind) : undefined;
    const closed = last.id === 'RC' || (last.id === 'MN' && beforeLast?.id === 'RC');
    if (!closed) diagnostics.push(diag({ code: 'splice/history-no-rc', severity: 'warning', found: last.id || '?' }));
    // A trailing MN repeats the receipt's 検索番号 (inferred, so a mismatch is a warning, as for the first line).
    if (last.id === 'MN' && closed) {
      const ms = last.get('searchNumber');
      if (ms !== undefined && ms !== '' && ms !== searchNumber) diagnostics.push(diag({ code: 'splice/history-search-mismatch', severity: 'warning', record: 'MN' }));
    }
    // The history's first line, past the receipt's own header (歯科 IR).
    const head = new Rec(history, 0, kind);
    const first = st.receiptHeader && head.id === st.receiptHeader && history.count > 1 ? new Rec(history, 1, kind) : head;
    const hs = first.id === 'RE' ? first.get('searchNumber') : first.id === 'MN' ? first.get('searchNumber') : undefined;
    if (hs !== undefined && hs !== searchNumber) diagnostics.push(diag({ code: 'splice/history-search-mismatch', severity: 'warning', record: first.id }));
  }
  const table = buildLines(sources, false);
  const bytes = writeLines(table);
  return { ok: !diagnostics.some((d) => d.severity === 'error'), bytes, table, claimLines, searchNumber, diagnostics };
}
