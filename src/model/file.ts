/**
 * The typed model of a claim or return file: header, receipts (claim data, return reasons,
 * history block), trailer — all as views over one {@link LineTable}, derived from it by a
 * byte-level scan. The line table stays the single source of truth, which is what makes
 * `serialize(parse(bytes))` byte-identical for any input.
 */
import { lineBytes, type LineTable } from '../codec/lines.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { LINE_PREFIXED, lineCode, lineCodeId, Rec } from './record.js';

/** 請求 (UKE), 一次請求返戻 (HEN), 再審査等返戻 (SAH), or not recognisable. */
export type FileKind = 'UKE' | 'HEN' | 'SAH' | 'unknown';

/** Byte-level identity of every line: record id and whether it is a history line. */
export interface LineIndex {
  /** Record id per line ('' when none). Interned strings: cheap. */
  readonly ids: readonly string[];
  /** 1 for history (prefixed) lines, 0 otherwise. */
  readonly prefixed: Uint8Array;
}

export function indexLines(t: LineTable): LineIndex {
  const ids: string[] = new Array(t.count);
  const prefixed = new Uint8Array(t.count);
  for (let i = 0; i < t.count; i++) {
    const code = lineCode(t.buffers[t.buf[i]!]!, t.start[i]!, t.end[i]!);
    ids[i] = lineCodeId(code);
    if (code & LINE_PREFIXED) prefixed[i] = 1;
  }
  return { ids, prefixed };
}

/**
 * One receipt: lines [start, end) of the table. Its sections are contiguous by definition:
 * - claim data (請求データ): from the unprefixed RE up to the first unprefixed HR or history line;
 * - reasons (返戻理由データ): from there up to the first history line;
 * - history (履歴管理ブロック): the rest.
 * Lines out of place (e.g. an unprefixed record inside the history block) stay where they are and
 * the validator reports them; nothing is moved or dropped.
 */
export class Receipt {
  private _claim: Rec[] | undefined;
  private _reasons: Rec[] | undefined;
  private _history: Rec[] | undefined;

  constructor(
    readonly table: LineTable,
    /** 0-based position of the receipt in the file. */
    readonly index: number,
    /** Line index of the RE. */
    readonly start: number,
    /** End of claim data (exclusive line index). */
    readonly claimEnd: number,
    /** End of return reasons (exclusive line index). */
    readonly reasonsEnd: number,
    /** End of the receipt (exclusive line index). */
    readonly end: number,
  ) {}

  private recs(s: number, e: number): Rec[] {
    const out: Rec[] = [];
    for (let i = s; i < e; i++) out.push(new Rec(this.table, i));
    return out;
  }

  /** The RE (レセプト共通レコード) that starts the receipt. */
  get re(): Rec<'RE'> {
    return this.claim[0] as Rec<'RE'>;
  }
  /** 請求データ: RE and the records that follow it, unprefixed. */
  get claim(): readonly Rec[] {
    return (this._claim ??= this.recs(this.start, this.claimEnd));
  }
  /** 返戻理由データ: the unprefixed HR records. */
  get reasons(): readonly Rec[] {
    return (this._reasons ??= this.recs(this.claimEnd, this.reasonsEnd));
  }
  /** 履歴管理ブロック: the prefixed lines, in order. */
  get history(): readonly Rec[] {
    return (this._history ??= this.recs(this.reasonsEnd, this.end));
  }
  /** Every line of the receipt in file order. */
  get records(): readonly Rec[] {
    return [...this.claim, ...this.reasons, ...this.history];
  }
  /** RE 検索番号 (a string: up to 30 digits), or '' when absent. */
  get searchNumber(): string {
    return this.re.get('searchNumber') ?? '';
  }
  /** The history block's bytes exactly as in the file, each line with its original line end. */
  historyBytes(): Uint8Array {
    const t = this.table;
    let n = 0;
    for (let i = this.reasonsEnd; i < this.end; i++) n += t.end[i]! - t.start[i]! + t.eol[i]!;
    const out = new Uint8Array(n);
    let o = 0;
    for (let i = this.reasonsEnd; i < this.end; i++) {
      const b = lineBytes(t, i);
      out.set(b, o);
      o += b.length;
      const k = t.eol[i]!;
      if (k === 2) {
        out[o++] = 0x0d;
        out[o++] = 0x0a;
      } else if (k === 1) out[o++] = 0x0a;
    }
    return out;
  }
}

export interface ReceFile {
  readonly kind: FileKind;
  /** The lossless line table (all lines, in order). */
  readonly table: LineTable;
  /** Lines before the first receipt (normally just IR or HI). */
  readonly lead: readonly Rec[];
  /** IR or HI, when the file starts with one. */
  readonly header: Rec | undefined;
  readonly receipts: readonly Receipt[];
  /** Lines from the unprefixed GO/HG on (normally just that record). */
  readonly tail: readonly Rec[];
  /** GO or HG, when present. */
  readonly trailer: Rec | undefined;
  /** Findings of the byte layer and structure scan (validation adds more). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface Structure {
  readonly leadEnd: number;
  readonly receipts: readonly { start: number; claimEnd: number; reasonsEnd: number; end: number }[];
  readonly tailStart: number;
}

/**
 * Cut the lines into lead, receipts and tail. A receipt starts at each unprefixed RE (a prefixed RE
 * never starts one); the tail starts at the first unprefixed GO/HG after the lead.
 */
export function structure(t: LineTable, ix: LineIndex): Structure {
  const n = t.count;
  let tailStart = n;
  for (let i = 0; i < n; i++) {
    if (!ix.prefixed[i] && (ix.ids[i] === 'GO' || ix.ids[i] === 'HG')) {
      tailStart = i;
      break;
    }
  }
  let leadEnd = tailStart;
  for (let i = 0; i < tailStart; i++) {
    if (!ix.prefixed[i] && ix.ids[i] === 'RE') {
      leadEnd = i;
      break;
    }
  }
  const receipts: { start: number; claimEnd: number; reasonsEnd: number; end: number }[] = [];
  let i = leadEnd;
  while (i < tailStart) {
    const start = i;
    i++;
    while (i < tailStart && !(ix.prefixed[i] === 0 && ix.ids[i] === 'RE')) i++;
    const end = i;
    let claimEnd = start + 1;
    while (claimEnd < end && !ix.prefixed[claimEnd] && ix.ids[claimEnd] !== 'HR') claimEnd++;
    let reasonsEnd = claimEnd;
    while (reasonsEnd < end && !ix.prefixed[reasonsEnd]) reasonsEnd++;
    receipts.push({ start, claimEnd, reasonsEnd, end });
  }
  return { leadEnd, receipts, tailStart };
}
