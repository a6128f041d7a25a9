/**
 * The typed model of a claim or return file: header, receipts (claim data, return reasons,
 * history block), trailer — all as views over one {@link LineTable}, derived from it by a
 * byte-level scan. The line table stays the single source of truth, which is what makes
 * `serialize(parse(bytes))` byte-identical for any input.
 */
import { lineBytes, type LineTable } from '../codec/lines.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { LINE_PREFIXED, lineCode, lineCodeId, Rec } from './record.js';
import { KINDS, type RecordTables } from '../spec/kinds.js';
import type { ClaimKind } from '../spec/types.js';

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
    /** Line index of the receipt's first line (its RE; 歯科: the IR before it). */
    readonly start: number,
    /** End of claim data (exclusive line index). */
    readonly claimEnd: number,
    /** End of return reasons (exclusive line index). */
    readonly reasonsEnd: number,
    /** End of the receipt (exclusive line index). */
    readonly end: number,
    /** The tables the receipt's records are read with (the file's claim kind; 医科 by default). */
    readonly kind: RecordTables = KINDS.ika,
  ) {}

  private recs(s: number, e: number): Rec[] {
    const out: Rec[] = [];
    for (let i = s; i < e; i++) out.push(new Rec(this.table, i, this.kind));
    return out;
  }

  /** The RE (レセプト共通レコード) of the receipt: its first line, or (歯科) the line after its IR. */
  get re(): Rec<'RE'> {
    const c = this.claim;
    if (c.length > 1 && c[0]!.id !== 'RE' && c[1]!.id === 'RE') return c[1] as Rec<'RE'>;
    return c[0] as Rec<'RE'>;
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
  /** 請求 (UKE), 一次請求返戻 (HEN), 再審査等返戻 (SAH), or not recognisable. */
  readonly kind: FileKind;
  /** The claim kind (医科, 歯科, 調剤, 訪問看護, DPC, 労災), from the content; `unknown` when it cannot be told. */
  readonly claimKind: ClaimKind | 'unknown';
  /**
   * The edition (版) the file was written in, an id of its kind's `editions` (医科 `R04`, `H30`, `H28` …),
   * told from the header's 請求年月 (和暦 GYYMM: before R02); undefined when the kind is unknown.
   */
  readonly edition: string | undefined;
  /**
   * The kind's form the file is (労災 `aftercare`: ARECnn00.UKE), told from its first lines like the claim
   * kind; absent for the kind's ordinary claim and return files.
   */
  readonly form?: string;
  /** The lossless line table (all lines, in order). */
  readonly table: LineTable;
  /** Lines before the first receipt (normally just the header). */
  readonly lead: readonly Rec[];
  /** The header (IR, UK, YK, HM; HI / HH in returns), when the file starts with one. */
  readonly header: Rec | undefined;
  readonly receipts: readonly Receipt[];
  /** Lines from the trailer on (normally just that record). */
  readonly tail: readonly Rec[];
  /** The trailer (GO, RS; HG in returns), when present. */
  readonly trailer: Rec | undefined;
  /** Findings of the byte layer and structure scan (validation adds more). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface Structure {
  readonly leadEnd: number;
  readonly receipts: readonly { start: number; claimEnd: number; reasonsEnd: number; end: number }[];
  readonly tailStart: number;
}

/** The packed code of a record id ("RE" → 0x5245), as {@link lineCode} gives it for an unprefixed line. */
export function idCode(id: string): number {
  return (id.charCodeAt(0) << 8) | id.charCodeAt(1);
}

/**
 * How a file is cut into lead, receipts and tail: by its claim kind (see {@link cutFor}), which the
 * whole-file parser and the stream splitter decide alike, so both cut every file alike. Record
 * ids are held as their packed codes ({@link idCode}): the splitter tests every line against them.
 */
export interface Cut {
  /** A record that heads each receipt before its RE (歯科 IR; 0 for none); a receipt also starts at an RE without one. */
  readonly receiptHeader: number;
  /** Header ids: the first unprefixed one in the lead is the file's header. */
  readonly headers: ReadonlySet<number>;
  /** Ids that are a second header when they appear after the lead (unprefixed). */
  readonly duplicates: ReadonlySet<number>;
  /** Trailer ids: the first unprefixed one after the lead starts the tail. */
  readonly trailers: ReadonlySet<number>;
}

const codes = (ids: readonly string[]): ReadonlySet<number> => new Set(ids.map(idCode));

/** Every kind but 歯科: receipts start at RE. */
export const DEFAULT_CUT: Cut = {
  receiptHeader: 0,
  headers: codes(['IR', 'HI', 'YK', 'HM', 'HH']),
  // HH is also a DPC claim record (包括評価): it is a header only where it comes first.
  duplicates: codes(['IR', 'HI', 'YK', 'HM']),
  trailers: codes(['GO', 'HG', 'RS']),
};

/** 歯科: UK once, then IR at the head of every receipt (returns: HI, then IR per receipt). */
export const SHIKA_CUT: Cut = {
  receiptHeader: idCode('IR'),
  headers: codes(['UK', 'HI']),
  duplicates: codes(['UK', 'HI']),
  trailers: codes(['GO', 'HG']),
};

/** The cut of a claim kind (歯科 cuts a receipt at each IR; every other kind, and an unknown one, at RE). */
export function cutFor(kind: ClaimKind | 'unknown'): Cut {
  if (kind === 'shika') return SHIKA_CUT;
  return (kind !== 'unknown' && FORM_CUTS.get(kind)) || DEFAULT_CUT;
}

/** Kinds with forms (労災 アフターケア): their trailers end a file too (AS). */
const FORM_CUTS: ReadonlyMap<ClaimKind, Cut> = new Map(
  (Object.keys(KINDS) as ClaimKind[])
    .filter((k) => k !== 'shika' && (KINDS[k].forms?.length ?? 0) > 0)
    .map((k) => [k, { ...DEFAULT_CUT, trailers: new Set([...DEFAULT_CUT.trailers, ...KINDS[k].forms!.map((f) => idCode(f.structure.trailer))]) }]),
);

/**
 * Whether a line starts a receipt under `cut`: `code` is its {@link lineCode}, `i` its index; `start`
 * is where the current receipt started (-1 in the lead) and `startCode` that line's code.
 */
export function startsReceipt(cut: Cut, code: number, i: number, start: number, startCode: number): boolean {
  if (code & LINE_PREFIXED) return false;
  const id = code & 0xffff;
  if (cut.receiptHeader !== 0 && id === cut.receiptHeader) return true;
  // An RE right after the IR that heads its receipt belongs to it.
  return id === ID_RE_CODE && !(cut.receiptHeader !== 0 && start >= 0 && start === i - 1 && startCode === cut.receiptHeader);
}

const ID_RE_CODE = 0x5245;

/** The packed line code of line `i`, from the index. */
export function codeAt(ix: LineIndex, i: number): number {
  const id = ix.ids[i]!;
  return (ix.prefixed[i] ? LINE_PREFIXED : 0) | (id ? idCode(id) : 0);
}

/**
 * Cut the lines into lead, receipts and tail. A receipt starts at each unprefixed RE (歯科: at each
 * unprefixed IR, or an RE without one; a prefixed line never starts one); the tail starts at the first
 * unprefixed trailer after the lead.
 */
export function structure(t: LineTable, ix: LineIndex, cut: Cut = DEFAULT_CUT): Structure {
  const n = t.count;
  let tailStart = n;
  for (let i = 0; i < n; i++) {
    if (!ix.prefixed[i] && ix.ids[i] && cut.trailers.has(idCode(ix.ids[i]!))) {
      tailStart = i;
      break;
    }
  }
  const receipts: { start: number; claimEnd: number; reasonsEnd: number; end: number }[] = [];
  let leadEnd = tailStart;
  let start = -1;
  let startCode = 0;
  const close = (end: number) => {
    let claimEnd = start + 1;
    while (claimEnd < end && !ix.prefixed[claimEnd] && ix.ids[claimEnd] !== 'HR') claimEnd++;
    let reasonsEnd = claimEnd;
    while (reasonsEnd < end && !ix.prefixed[reasonsEnd]) reasonsEnd++;
    receipts.push({ start, claimEnd, reasonsEnd, end });
  };
  for (let i = 0; i < tailStart; i++) {
    const code = codeAt(ix, i);
    if (!startsReceipt(cut, code, i, start, startCode)) continue;
    if (start < 0) leadEnd = i;
    else close(i);
    start = i;
    startCode = code;
  }
  if (start >= 0) close(tailStart);
  return { leadEnd, receipts, tailStart };
}
