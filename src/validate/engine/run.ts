/**
 * The incremental validator (see {@link createValidator} in ../index.ts for the contract).
 */
import { diag, type Diagnostic, type DiagnosticField, type Severity } from '../../diagnostics/index.js';
import { buildLines, Eol, type LineTable } from '../../codec/lines.js';
import { codePointName, encodeSjis } from '../../codec/sjis.js';
import type { FileKind, Receipt } from '../../model/file.js';
import { Rec } from '../../model/record.js';
import { valueShape } from '../../model/shape.js';
import type { ClaimKind, EditionDef, KindDef, RecordDef } from '../../spec/types.js';
import { editionIn, layoutUnknown } from '../../spec/editions.js';
import { KINDS, kindDefOf, NO_TABLES, recordIn, type RecordTables } from '../../spec/kinds.js';
import { ALL_RULES } from '../rules/index.js';
import { defaultPreset, presetCap } from '../presets.js';
import { PRESET_IDS, type FieldRule, type FileInfo, type Finding, type PresetId, type ReceiptInfo, type RuleContext, type RuleMeta, type StreamRule, type ValidateOptions } from '../types.js';
import { compileRecord, ModeCode, type CompiledRecord, type FieldSpec } from './compile.js';
import { boundsOf, clearUnit, keyText, loadBounds, loadUnit, showable } from './read.js';
import { FieldValue } from './value.js';

/**
 * Where a unit (a record or a receipt) sits in the whole file, in either of two forms:
 * - `{ line, offset? }`: the file line number (1-based) and byte offset (0-based) of the unit's first
 *   line (the receipt's RE);
 * - `{ lineBase, byteBase? }`: the bases of the unit's own line table, as the streaming splitter
 *   gives them — a record's file line is `lineBase + rec.line` and, for lines in the table's first
 *   buffer, its file offset is `byteBase + rec.offset`.
 */
export type Position =
  | { readonly line: number; readonly offset?: number }
  | { readonly lineBase: number; readonly byteBase?: number };

export interface BeginHints {
  /** The byte layer found the file to be UTF-8: character-class checks would only repeat that finding. */
  readonly encodingBroken?: boolean;
  /**
   * The file's claim kind (`parse()`'s `claimKind`, the splitter's end event): its tables and the rules
   * that apply to it are used. `unknown` runs no rule (the file has its one `kind/unknown`). @defaultValue 'ika'
   */
  readonly claimKind?: ClaimKind | 'unknown';
  /**
   * The file's edition (`parse()`'s `edition`, the splitter's end event), an id of the kind's editions:
   * rules meant for another date layout do not run, and findings on records whose layout in that
   * edition is not modelled are warnings. @defaultValue the kind's first edition (its tables')
   */
  readonly edition?: string;
  /** The kind's form (`parse()`'s `form`, the splitter's end event): its structure, sums and re-claim rules are used. */
  readonly form?: string;
}

/** An incremental validator; see `createValidator` (src/validate/index.ts) for the call order and positions. */
export interface Validator {
  /** The preset in use (known after {@link Validator.begin}). */
  readonly preset: PresetId | undefined;
  /** Start a file of this kind (picks the default preset). Call once, first. */
  begin(kind: FileKind, hints?: BeginHints): void;
  /** A line before the first receipt; the first unprefixed IR/HI is the header. Returns its findings. */
  lead(rec: Rec, at?: Position): Diagnostic[];
  /** The next receipt, in file order. Returns its findings. */
  receipt(receipt: Receipt, at?: Position): Diagnostic[];
  /** A line from the trailer on; the first unprefixed GO/HG is the trailer. Returns its findings. */
  tail(rec: Rec, at?: Position): Diagnostic[];
  /** Byte-layer findings to merge into the result (parse's `file.diagnostics`, the splitter's end event). */
  add(diagnostics: readonly Diagnostic[]): void;
  /** End-of-file checks; every finding, merged with the added ones, deduplicated, ordered by line. Call once, last. */
  finish(): Diagnostic[];
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
function minSev(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Byte-layer character findings that are warnings on history lines (see Validator.historyRated). */
const HISTORY_WARNING_CODES = new Set(['encoding/user-defined', 'encoding/cp932-extension']);

/** Checks whose findings only repeat the byte layer when the file is not Shift_JIS at all. */
const TEXT_RULES = new Set(['field/mode', 'field/mode-mixed', 'field/jis-x0208', 'field/max-bytes', 'field/fixed-length', 'field/trailing-space']);

/** Characters that would split a field, a record or the file: the field separator, CR, LF and EOF (0x1A). */
const SEPARATORS = /[,\r\n\x1a]/;

interface Locator {
  readonly table: LineTable;
  /** File line of the table's line index 0. */
  readonly line0: number;
  /** File offset of byte 0 of buffer `buf` (undefined: offsets unknown). */
  readonly byte0: number | undefined;
  readonly buf: number;
}

/** Field rules per field position: for non-empty values and for empty ones, on plain and on history lines. */
interface Hooks {
  /** For 数字 fields: rules to run on a clean digit value (see {@link FieldRule.digitsSafe}); undefined for other modes. */
  readonly plainDigits: readonly (readonly FieldRule[] | undefined)[];
  readonly historyDigits: readonly (readonly FieldRule[] | undefined)[];
  readonly plain: readonly (readonly FieldRule[] | undefined)[];
  readonly plainEmpty: readonly (readonly FieldRule[] | undefined)[];
  readonly history: readonly (readonly FieldRule[] | undefined)[];
  readonly historyEmpty: readonly (readonly FieldRule[] | undefined)[];
}

interface PerId {
  readonly comp: CompiledRecord;
  readonly hooks: Hooks;
  /** Record hooks for this id ('*' rules and id-specific ones), in rule order. */
  readonly recordRules: readonly { rule: StreamRule<unknown>; state: unknown }[];
}

function nonEmpty(l: FieldRule[]): FieldRule[] | undefined {
  return l.length > 0 ? l : undefined;
}

export class ValidatorImpl implements Validator {
  preset: PresetId | undefined;
  private readonly showPersonal: boolean;
  private readonly maxPerRule: number;
  private fieldRules: FieldRule[] = [];
  private streamRules: { rule: StreamRule<unknown>; state: unknown }[] = [];
  private readonly hookCache = new WeakMap<CompiledRecord, Hooks>();
  /** Everything the engine needs per record id, looked up once per line. */
  private readonly byId = new Map<string, PerId | null>();
  private readonly fv = new FieldValue();
  private file!: FileInfo;
  private ctx!: RuleContext;
  private out: Diagnostic[] = [];
  private added: Diagnostic[] = [];
  private counts = new Map<string, number>();
  private loc: Locator | undefined;
  private receiptOrdinal: number | undefined;
  private receipts = 0;
  /** Checking a value on its own (see {@link ValidatorImpl.checkValue}): findings carry no line or offset. */
  private detached = false;
  private begun = false;
  private finished = false;

  constructor(private readonly options: ValidateOptions = {}) {
    this.showPersonal = options.showPersonalData ?? false;
    this.maxPerRule = options.maxPerRule ?? 500;
  }

  begin(kind: FileKind, hints: BeginHints = {}): void {
    if (this.begun) throw new Error('validator: begin() called twice');
    this.begun = true;
    const isReturn = kind === 'HEN' || kind === 'SAH';
    const preset = this.options.preset ?? defaultPreset(kind);
    if (!PRESET_IDS.includes(preset)) throw new TypeError(`validator: unknown preset "${String(preset)}" (expected ${PRESET_IDS.join(', ')})`);
    this.preset = preset;
    const claimKind = hints.claimKind ?? 'ika';
    const def = claimKind === 'unknown' ? undefined : kindDefOf(claimKind, hints.form);
    this.kindDef = def;
    this.tables = def ?? NO_TABLES;
    if (def) {
      this.headerIds = new Set([def.structure.header, ...(def.returns?.header ? [def.returns.header] : [])]);
      this.trailerIds = new Set([def.structure.trailer, ...(def.returns?.trailer ? [def.returns.trailer] : [])]);
    }
    let edition: EditionDef | undefined;
    if (def) {
      edition = hints.edition === undefined ? def.editions[0] : editionIn(def, hints.edition);
      if (!edition) throw new TypeError(`validator: unknown edition "${hints.edition}" for ${def.id} (expected ${def.editions.map((e) => e.id).join(', ')})`);
    }
    this.file = { kind, claimKind, kindDef: def, edition, isReturn, preset, header: undefined, headerBillingMonth: '', headerVolume: '' };
    this.encodingBroken = hints.encodingBroken === true;
    const overrides = this.options.rules ?? {};
    for (const rule of ALL_RULES) {
      if (!rule.presets.includes(preset) || overrides[rule.id] === 'off') continue;
      // A file of unknown kind: no rule (its records have no tables); a kind's own rules run only there.
      if (!def || (rule.kinds && !rule.kinds.includes(def.id))) continue;
      // A rule about one date layout runs only on files of an edition with that layout.
      if (rule.editionDates && rule.editionDates !== edition!.dates) continue;
      if (hints.encodingBroken && TEXT_RULES.has(rule.id)) continue;
      if (rule.scope === 'field') this.fieldRules.push(rule as FieldRule);
      else {
        const r = rule as StreamRule<unknown>;
        const entry = { rule: r, state: r.init ? r.init(this.file) : undefined };
        this.streamRules.push(entry);
      }
    }
    this.ctx = {
      file: this.file,
      report: (rule, f) => this.report(rule, f),
      pin: (rec, at) => ({ line: this.detached ? undefined : this.lineOf(rec), offset: this.detached || at === undefined ? undefined : this.offsetOf(rec, at), receipt: this.detached ? undefined : this.receiptOrdinal }),
      showPersonalData: this.showPersonal,
    };
  }

  private started(): void {
    if (!this.begun) throw new Error('validator: call begin() first');
    if (this.finished) throw new Error('validator: already finished');
  }

  lead(rec: Rec, at?: Position): Diagnostic[] {
    this.started();
    return this.unit(rec.table, rec.index, at, undefined, () => {
      const isHeader = !this.file.header && !rec.prefixed && this.headerIds.has(rec.id);
      if (isHeader) {
        this.file.header = rec;
        this.file.headerBillingMonth = keyText(rec, 'billingMonth');
        this.file.headerVolume = keyText(rec, 'volume');
        this.checkRecord(rec, undefined);
      }
      for (const { rule, state } of this.streamRules) rule.lead?.(rec, this.ctx, state);
    });
  }

  receipt(receipt: Receipt, at?: Position): Diagnostic[] {
    this.started();
    const ordinal = this.receipts++;
    return this.unit(receipt.table, receipt.start, at, ordinal, () => {
      // Every line's field boundaries, found once for all the rules of the receipt.
      loadUnit(receipt.table, receipt.start, receipt.end);
      try {
        const info = receiptInfo(receipt, ordinal, this.file.kind, this.kindDef);
        // The file lines of its 履歴管理ブロック (after the reasons): the byte layer's character findings there are warnings.
        if (receipt.end > receipt.reasonsEnd) {
          const l0 = this.loc ? this.loc.line0 : 1;
          this.historyLines.push(l0 + receipt.reasonsEnd, l0 + receipt.end);
        }
        for (const list of [info.claim, info.reasons, info.history]) for (let i = 0; i < list.length; i++) this.checkRecord(list[i]!, info);
        const sr = this.streamRules;
        for (let j = 0; j < sr.length; j++) sr[j]!.rule.receipt?.(info, this.ctx, sr[j]!.state);
      } finally {
        clearUnit();
      }
    });
  }

  tail(rec: Rec, at?: Position): Diagnostic[] {
    this.started();
    return this.unit(rec.table, rec.index, at, undefined, () => {
      const isTrailer = !rec.prefixed && this.trailerIds.has(rec.id) && !this.trailerSeen;
      if (isTrailer) {
        this.trailerSeen = true;
        this.checkRecord(rec, undefined);
      }
      for (const { rule, state } of this.streamRules) rule.tail?.(rec, this.ctx, state);
    });
  }
  private trailerSeen = false;
  /** The byte layer found the file not to be Shift_JIS (the begin hint). */
  private encodingBroken = false;
  /** Findings lowered to warnings because their record's layout in the file's edition is not modelled. */
  private editionLowered = 0;
  /** The kind's tables (none for a file of unknown kind). */
  private tables: RecordTables = NO_TABLES;
  private kindDef: KindDef | undefined;
  /** Record ids that are the kind's header / trailer (claim and return files). */
  private headerIds: ReadonlySet<string> = new Set();
  private trailerIds: ReadonlySet<string> = new Set();

  add(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) this.added.push(d);
  }

  finish(): Diagnostic[] {
    this.started();
    this.loc = undefined;
    this.receiptOrdinal = undefined;
    for (const { rule, state } of this.streamRules) rule.finish?.(this.ctx, state);
    const ed = this.file.edition;
    if (this.editionLowered > 0 && ed) {
      this.out.push(diag({ code: 'validate/edition-layout', severity: 'info', params: { edition: ed.id, name: ed.name, count: this.editionLowered } }));
    }
    // A one-pass check learns that the file is not Shift_JIS only from the byte layer's findings added at the end
    // (src/write/check.ts createOutputCheck): the character-class rules' findings then only repeat that one, as
    // when the hint came first (their rules are field rules, each capped on its own: dropping them changes no other).
    const lateBroken = !this.encodingBroken && this.added.some((d) => d.code === 'encoding/utf8' || d.code === 'encoding/utf8-bom');
    if (lateBroken) this.out = this.out.filter((d) => !TEXT_RULES.has(d.code));
    for (const [id, n] of this.counts) {
      if (lateBroken && TEXT_RULES.has(id)) continue;
      if (n > this.maxPerRule) {
        this.out.push(diag({ code: 'validate/truncated', severity: 'info', params: { rule: id, count: n - this.maxPerRule, max: this.maxPerRule } }));
      }
    }
    this.finished = true;
    return mergeDiagnostics(this.out, this.historyRated(this.added));
  }

  /** [from, to) file lines of each receipt's history block, in file order. */
  private historyLines: number[] = [];

  /**
   * The byte layer's findings of characters outside JIS X 0208 on history lines are warnings: the payer
   * wrote those lines and they go back untouched (the same rating as the strict writers', src/write/check.ts).
   */
  private historyRated(list: readonly Diagnostic[]): readonly Diagnostic[] {
    const h = this.historyLines;
    if (h.length === 0) return list;
    return list.map((d) => {
      if (!HISTORY_WARNING_CODES.has(d.code) || d.severity !== 'error' || d.line === undefined) return d;
      let lo = 0;
      let hi = h.length / 2 - 1;
      while (lo <= hi) {
        const m = (lo + hi) >> 1;
        if (d.line < h[2 * m]!) hi = m - 1;
        else if (d.line >= h[2 * m + 1]!) lo = m + 1;
        else return { ...d, severity: 'warning' as const };
      }
      return d;
    });
  }

  /**
   * The preset's field rules on one value, as if it stood at 1-based 項目 `position` of a record of
   * type `def` (see `checkFieldValue` in ../index.ts for the contract). Call after `begin()`; the
   * validator's own findings and per-rule counts are left as they were.
   */
  checkValue(def: RecordDef | undefined, position: number, value: string, receipt?: { readonly reclaimed: boolean }): Diagnostic[] {
    this.started();
    const comp = def ? compileRecord(def) : undefined;
    const spec = position >= 1 ? comp?.fields[position - 1] : undefined;
    const field: DiagnosticField | undefined = spec?.field;
    const record = def?.id;
    // Strict stage: what can never be written into a field, whatever the field.
    const sep = value.search(SEPARATORS);
    if (sep >= 0) {
      return [this.valueDiag('value/separator', record, field, { codePoint: codePointName(value.charCodeAt(sep)), index: sep + 1 })];
    }
    const enc = encodeSjis(value, 'strict');
    if (!enc.ok) {
      const { index, char, codePoint: cp } = enc.failure;
      const show = spec !== undefined && showable(spec, this.showPersonal);
      // The character (and its code point, which names it as well) only where the value may be shown.
      return [this.valueDiag('value/unencodable', record, field, { index: index + 1, ...(show ? { char, codePoint: cp } : {}) })];
    }
    if (!def || !comp || !spec || position < 2 || this.fieldRules.length === 0) return [];
    // The value alone in a one-line record of its own table: the rules see it exactly as in a file.
    const line = new Uint8Array(def.id.length + position - 1 + enc.bytes.length);
    for (let i = 0; i < def.id.length; i++) line[i] = def.id.charCodeAt(i) & 0x7f;
    line.fill(0x2c, def.id.length, def.id.length + position - 1);
    line.set(enc.bytes, def.id.length + position - 1);
    const rec = new Rec(buildLines([{ bytes: line, eol: Eol.CRLF }], false), 0);
    const saved = { out: this.out, counts: this.counts };
    this.out = [];
    this.counts = new Map();
    this.detached = true;
    try {
      // Field rules read only these two facts of the receipt (omitted, first-claim codes).
      const info = receipt ? ({ reclaimed: receipt.reclaimed, firstClaim: !receipt.reclaimed } as ReceiptInfo) : undefined;
      this.checkRecord(rec, info, position - 1, { comp, hooks: this.hooksFor(comp), recordRules: [] });
      return this.out;
    } finally {
      this.out = saved.out;
      this.counts = saved.counts;
      this.detached = false;
    }
  }

  private valueDiag(code: string, record: string | undefined, field: DiagnosticField | undefined, params: Record<string, string | number>): Diagnostic {
    return stripUndefined(diag({ code, severity: 'error', record, field, params }));
  }

  // ---- internals ----

  private unit(table: LineTable, baseIndex: number, at: Position | undefined, ordinal: number | undefined, f: () => void): Diagnostic[] {
    if (!at) this.loc = undefined;
    else if ('lineBase' in at) this.loc = { table, line0: at.lineBase + 1, byte0: at.byteBase, buf: 0 };
    else {
      const buf = table.buf[baseIndex]!;
      this.loc = { table, line0: at.line - baseIndex, byte0: at.offset === undefined ? undefined : at.offset - table.start[baseIndex]!, buf };
    }
    this.receiptOrdinal = ordinal;
    const before = this.out.length;
    f();
    this.loc = undefined;
    this.receiptOrdinal = undefined;
    return this.out.slice(before);
  }

  private lineOf(rec: Rec): number {
    const l = this.loc;
    if (l && rec.table === l.table) return l.line0 + rec.index;
    return rec.line;
  }

  private offsetOf(rec: Rec, at: number): number | undefined {
    const l = this.loc;
    if (l) {
      if (l.byte0 === undefined || rec.table !== l.table || l.table.buf[rec.index] !== l.buf) return undefined;
      return l.byte0 + at;
    }
    return rec.original ? at : undefined;
  }

  private report(rule: RuleMeta, f: Finding): void {
    const n = (this.counts.get(rule.id) ?? 0) + 1;
    this.counts.set(rule.id, n);
    if (n > this.maxPerRule) return;
    let sev = f.severity ? minSev(f.severity, rule.severity) : rule.severity;
    if (rule.scope === 'field' && f.rec?.prefixed) sev = minSev(sev, 'warning');
    // A record whose layout in the file's edition is not modelled: nothing about it is certain.
    if (sev === 'error' && layoutUnknown(this.file.edition, f.rec?.id ?? f.record ?? '*')) {
      sev = 'warning';
      this.editionLowered++;
    }
    const cap = presetCap(this.file.preset, rule.id);
    if (cap) sev = minSev(sev, cap);
    const o = this.options.rules?.[rule.id];
    if (o && o !== 'off') sev = minSev(sev, o);
    const rec = f.rec;
    const placed = !this.detached;
    let params = f.params ? { ...f.params } : undefined;
    // A damaged record (field count off its table): a field's position does not tell its meaning (a
    // shifted 氏名 may sit in a code field), so values are given by shape only.
    // (A value checked on its own sits in a one-line record of its own making: not damaged.)
    if (params && rec && params.value !== undefined && !this.showPersonal && !this.detached && rec.damaged) params.value = valueShape(String(params.value));
    const d = diag(
      {
        code: rule.id,
        severity: sev,
        line: placed ? (f.pinned ? f.pinned.line : rec ? this.lineOf(rec) : f.line) : undefined,
        record: rec ? rec.id || undefined : f.record,
        field: f.field,
        offset: placed ? (f.pinned ? f.pinned.offset : rec && f.at !== undefined ? this.offsetOf(rec, f.at) : undefined) : undefined,
        length: f.length,
        receipt: placed ? (f.pinned ? f.pinned.receipt : this.receiptOrdinal) : undefined,
        expected: f.expected,
        found: f.found,
        params,
      });
    this.out.push(stripUndefined(d));
  }

  private hooksFor(c: CompiledRecord): Hooks {
    let h = this.hookCache.get(c);
    if (!h) {
      const plain = c.fields.map((f) => this.fieldRules.filter((r) => r.applies(f)));
      const history = plain.map((l) => l.filter((r) => r.history));
      const digits = (l: FieldRule[][]): (FieldRule[] | undefined)[] => l.map((x, i) => (c.fields[i]!.mode === ModeCode.Digit ? nonEmpty(x.filter((r) => !r.digitsSafe)) : undefined));
      h = {
        plainDigits: digits(plain),
        historyDigits: digits(history),
        plain: plain.map(nonEmpty),
        plainEmpty: plain.map((l) => nonEmpty(l.filter((r) => r.onEmpty))),
        history: history.map(nonEmpty),
        historyEmpty: history.map((l) => nonEmpty(l.filter((r) => r.onEmpty))),
      };
      this.hookCache.set(c, h);
    }
    return h;
  }

  private perId(id: string): PerId | null {
    let p = this.byId.get(id);
    if (p === undefined) {
      const def = recordIn(this.tables, id);
      if (!def) p = null;
      else {
        const comp = compileRecord(def);
        const recordRules = this.streamRules.filter(({ rule }) => rule.record && (rule.records === '*' || rule.records === undefined || rule.records.includes(id)));
        p = { comp, hooks: this.hooksFor(comp), recordRules };
      }
      this.byId.set(id, p);
    }
    return p;
  }

  /**
   * The field rules on a record's fields from 項目 2 on, then its record rules; or, with `only` > 0,
   * the field rules on the field at 0-based index `only` alone, against the tables `p` (see
   * {@link ValidatorImpl.checkValue}).
   */
  private checkRecord(rec: Rec, info: ReceiptInfo | undefined, only = 0, p: PerId | null = this.perId(rec.id)): void {
    if (!p) return;
    const ctx = this.ctx;
    loadBounds(rec);
    if (this.fieldRules.length > 0) {
      const prefixed = rec.prefixed;
      const hooks = p.hooks;
      const lists = prefixed ? hooks.history : hooks.plain;
      const empties = prefixed ? hooks.historyEmpty : hooks.plainEmpty;
      const digitLists = prefixed ? hooks.historyDigits : hooks.plainDigits;
      const fields = p.comp.fields;
      const t = rec.table;
      const buf = t.buffers[t.buf[rec.index]!]!;
      const { a: bounds, o, n: nb } = boundsOf(rec);
      const k0 = prefixed ? 3 : 0;
      const n = Math.min(nb - 1 - k0, fields.length);
      const v = this.fv;
      const first = only > 0 ? only : 1;
      const last = only > 0 ? Math.min(only + 1, n) : n;
      let e = bounds[o + k0 + first]! - 1; // start of field `first` − 1
      for (let i = first; i < last; i++) {
        const s = e + 1;
        e = bounds[o + k0 + i + 1]! - 1;
        let list: readonly FieldRule[] | undefined;
        if (s === e) {
          list = empties[i];
          if (list === undefined) continue;
        } else {
          const spec = fields[i]!;
          list = spec.mode === ModeCode.Digit && cleanDigits(buf, s, e, spec) ? digitLists[i] : lists[i];
          if (list === undefined) continue;
        }
        v.reset(fields[i]!, rec, buf, s, e, prefixed, info);
        for (let j = 0; j < list.length; j++) list[j]!.check(v, ctx);
      }
    }
    if (only > 0) return;
    const rr = p.recordRules;
    for (let j = 0; j < rr.length; j++) rr[j]!.rule.record!(rec, info, ctx, rr[j]!.state);
  }
}

/** A 数字 value of ASCII digits that fits its width, without a leading zero where the kind forbids one. */
function cleanDigits(b: Uint8Array, s: number, e: number, spec: FieldSpec): boolean {
  const n = e - s;
  if (n > spec.max || (spec.fixed && n !== spec.max)) return false;
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    if (c < 0x30 || c > 0x39) return false;
  }
  return !(n > 1 && b[s] === 0x30 && (spec.kind === 'integer' || spec.kind === 'decimal'));
}

function stripUndefined(d: Diagnostic): Diagnostic {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) if (v !== undefined) o[k] = v;
  return o as unknown as Diagnostic;
}

/** Facts about a receipt shared by every receipt rule (`def`: the file's claim kind; 医科 by default). */
export function receiptInfo(receipt: Receipt, ordinal: number, kind: FileKind, def: KindDef | undefined = KINDS.ika): ReceiptInfo {
  const claim = receipt.claim;
  const reasons = receipt.reasons;
  const history = receipt.history;
  const ho: Rec[] = [];
  const ko: Rec[] = [];
  for (const r of claim) {
    const id = r.id;
    if (id === 'HO') ho.push(r);
    else if (id === 'KO') ko.push(r);
  }
  const re = receipt.re;
  const receiptType = keyText(re, 'receiptType');
  const claimFile = kind === 'UKE' || kind === 'unknown';
  // A kind re-claimed by reception number (労災) has no history block: a receipt is a re-claim when its
  // RE carries the number (a first claim leaves it empty).
  const rn = def?.resubmission?.mode === 'reception-number' ? def.resubmission.receptionNumber : undefined;
  const reclaimed = claimFile && (rn ? keyText(re, rn.key) !== '' : history.length > 0);
  return {
    receipt,
    ordinal,
    kind,
    claim,
    reasons,
    history,
    re,
    ho,
    ko,
    receiptType,
    inpatient: def?.inpatientOf?.(receiptType),
    reclaimed,
    firstClaim: claimFile && !reclaimed,
  };
}

/** A rule's finding at an offset replaces the byte layer's finding of these codes at the same offset. */
const SUPERSEDES_AT_OFFSET: Readonly<Record<string, readonly string[]>> = {
  'field/jis-x0208': ['encoding/cp932-extension', 'encoding/user-defined'],
};
/** A rule's finding about a field replaces these (more generic) findings about the same field of the same line. */
const SUPERSEDES_FIELD: Readonly<Record<string, readonly string[]>> = {
  'cross/insurer-number': ['field/fixed-length'],
  'cross/public-payer-number': ['field/fixed-length'],
};
/** A rule's finding about a line replaces these findings on the same line. */
const SUPERSEDES_LINE: Readonly<Record<string, readonly string[]>> = {
  'history/rc-format': ['field/count', 'field/max-bytes', 'field/mode', 'field/mode-mixed'],
};

/**
 * Merge rule findings with the byte layer's: exact duplicates dropped, findings superseded by a more specific one dropped, and the whole list
 * ordered by line, then offset.
 */
export function mergeDiagnostics(rules: readonly Diagnostic[], bytes: readonly Diagnostic[]): Diagnostic[] {
  const superseded = new Set<string>();
  for (const d of rules) {
    for (const c of SUPERSEDES_AT_OFFSET[d.code] ?? []) if (d.offset !== undefined) superseded.add(`${c}@o${d.offset}`);
    for (const c of SUPERSEDES_FIELD[d.code] ?? []) if (d.field) superseded.add(`${c}@l${d.line}@f${d.field.position}`);
    for (const c of SUPERSEDES_LINE[d.code] ?? []) superseded.add(`${c}@l${d.line}`);
  }
  const gone = (d: Diagnostic): boolean =>
    superseded.size > 0 &&
    ((d.offset !== undefined && superseded.has(`${d.code}@o${d.offset}`)) ||
      (d.field !== undefined && superseded.has(`${d.code}@l${d.line}@f${d.field.position}`)) ||
      superseded.has(`${d.code}@l${d.line}`));
  const seen = new Set<string>();
  const all: Diagnostic[] = [];
  const push = (d: Diagnostic): void => {
    const key = `${d.code}|${d.line ?? ''}|${d.offset ?? ''}|${d.field?.position ?? ''}|${d.record ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    all.push(d);
  };
  for (const d of bytes) if (!gone(d)) push(d);
  for (const d of rules) if (!gone(d)) push(d);
  const idx = new Map<Diagnostic, number>();
  all.forEach((d, i) => idx.set(d, i));
  all.sort((a, b) => {
    const la = a.line ?? Number.MAX_SAFE_INTEGER;
    const lb = b.line ?? Number.MAX_SAFE_INTEGER;
    if (la !== lb) return la - lb;
    const oa = a.offset ?? -1;
    const ob = b.offset ?? -1;
    if (oa !== ob) return oa - ob;
    return idx.get(a)! - idx.get(b)!;
  });
  return all;
}
