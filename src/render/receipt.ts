/**
 * A receipt for people: the 診療報酬明細書 as far as the kind allows, as a deterministic HTML string.
 *
 * Everything on the page is derived from the descriptors: the receipt's records in the order of its kind's
 * structure, each record titled with its レコード名, each value labelled with its 項目名 and, for a field with a
 * 別表, followed by the code's meaning. The 摘要 slot (the records that carry a 診療識別) is grouped by 診療識別
 * as コード・名称 × 点数 × 回数; the return reasons (via {@link reasons}) come first, and the 摘要 part of the
 * 診療識別 a reason names is highlighted and carries the reason. Names of 診療行為・医薬品・特定器材 come from a
 * master the caller may supply (`names`); without one the code is shown with room for the name.
 *
 * Personal fields (FieldDef.personal) are shown as 「(個人情報)」 unless asked for; a damaged record's values
 * (field count off its table) by shape only. The same input gives the same bytes.
 */
import type { Locale } from '../diagnostics/index.js';
import type { ReceFile, Receipt } from '../model/file.js';
import type { Rec } from '../model/record.js';
import { valueShape } from '../model/shape.js';
import { receiptTotals } from '../model/totals.js';
import { splitUnits } from '../model/units.js';
import { reasons, type ReasonRow } from '../resubmit/reasons.js';
import { KINDS, kindDefOf, recordIn } from '../spec/kinds.js';
import { codeMeaning } from '../spec/docs.js';
import type { FieldDef, KindDef, RecordDef, StructureDef } from '../spec/types.js';
import { el, esc } from './html.js';
import { label, type LabelKey } from './labels.js';

export interface PrintOptions {
  /** Language of the page's own words (titles, column heads); 項目名 and code meanings are the spec's. @defaultValue 'ja' */
  readonly locale?: Locale;
  /** Show patient names (personal fields whose key names a name: 氏名, カタカナ氏名 …). @defaultValue false */
  readonly showNames?: boolean;
  /** Show every patient-identifying value (氏名, 生年月日, 記号・番号, 受給者番号 …). @defaultValue false */
  readonly showPersonalData?: boolean;
  /**
   * The name of a 診療行為・医薬品・特定器材・コメント code, from the caller's master (the library has none):
   * `record` is the レコード識別情報 (SI, IY, TO, CO …). Undefined leaves room for the name on the page.
   */
  readonly names?: (code: string, record: string) => string | undefined;
  /** The file the receipt belongs to ({@link renderReceipt}): its header and kind head the page. */
  readonly file?: ReceFile;
  /** The file's name, shown on every page. */
  readonly fileName?: string;
  /** Page numbers in the footer (`page` of `pages`), as {@link renderFile} writes them. */
  readonly page?: { readonly page: number; readonly pages: number };
}

/** The most columns a record table gets; a record with more non-empty fields is shown as a list. */
const MAX_COLUMNS = 9;

type Lbl = (k: LabelKey) => string;

interface Ctx {
  readonly o: PrintOptions;
  readonly l: Lbl;
  /** Prefix of element ids, unique per receipt in a document. */
  readonly id: string;
}

/** The fields a page shows: every field but レコード識別情報 and those the spec says to omit (予備). */
function visibleFields(def: RecordDef): { f: FieldDef; pos: number }[] {
  const out: { f: FieldDef; pos: number }[] = [];
  def.fields.forEach((f, i) => {
    if (i > 0 && f.required !== 'omit') out.push({ f, pos: i + 1 });
  });
  return out;
}

/** May this personal field's value be shown? */
function revealed(f: FieldDef, o: PrintOptions): boolean {
  return !f.personal || o.showPersonalData === true || (o.showNames === true && /Name/.test(f.key));
}

/** A code and its meaning (when its table has it). */
function coded(code: string, table: string | undefined): string {
  const m = table ? codeMeaning(table, code) : undefined;
  return m === undefined ? esc(code) : `${esc(code)}<span class="m">${esc(m)}</span>`;
}

/** A field's value as HTML: masked, by shape, with code meanings, or as written. */
function valueHtml(rec: Rec, f: FieldDef, pos: number, c: Ctx): string {
  const v = rec.at(pos) ?? '';
  if (v === '') return '';
  if (rec.damaged) return `<span class="masked">${esc(valueShape(v))}</span>`;
  if (!revealed(f, c.o)) return `<span class="masked">${esc(c.l('masked'))}</span>`;
  if (f.repeat && f.table) return splitUnits(v, f.repeat).map((u) => coded(u.code, f.table)).join('、');
  if (f.table) return coded(v, f.table);
  return esc(v);
}

/** A list of 項目名 → value (the non-empty visible fields of one record). */
function recordList(rec: Rec, def: RecordDef, c: Ctx, skip: (f: FieldDef) => boolean = () => false): string {
  const items = visibleFields(def)
    .filter(({ f, pos }) => !skip(f) && (rec.at(pos) ?? '') !== '')
    .map(({ f, pos }) => `<div><dt>${esc(f.name)}</dt><dd>${valueHtml(rec, f, pos, c)}</dd></div>`);
  return items.length ? `<dl>${items.join('')}</dl>` : '';
}

function damagedNote(recs: readonly Rec[], c: Ctx): string {
  return recs.some((r) => r.damaged && r.def) ? `<p class="note">${esc(c.l('damaged'))}</p>` : '';
}

/** One record type's run of records: a table of the fields any of them fills, or a list per record when that is too wide. */
function recordBlock(recs: readonly Rec[], c: Ctx, lead?: { head: string; cell: (r: Rec) => string }): string {
  const first = recs[0]!;
  const def = first.def;
  if (!def) {
    const rows = recs.map((r) => `<tr><td>${esc(r.id || '?')}</td><td><span class="masked">${esc(r.values().slice(1).map(valueShape).join(' '))}</span></td></tr>`);
    return el('section', { class: 'rec rec-unknown' }, `<h3>${esc(c.l('unknownRecord'))}</h3><table><tbody>${rows.join('')}</tbody></table>`);
  }
  const head = `<h3>${esc(def.name)} <span class="m">${esc(def.id)}</span></h3>`;
  const cols = visibleFields(def).filter(({ pos }) => recs.some((r) => (r.at(pos) ?? '') !== ''));
  let body: string;
  if ((recs.length === 1 && !lead) || cols.length > MAX_COLUMNS) body = recs.map((r) => recordList(r, def, c)).join('');
  else {
    const th = (lead ? `<th>${esc(lead.head)}</th>` : '') + cols.map(({ f }) => `<th>${esc(f.name)}</th>`).join('');
    const rows = recs.map((r) => `<tr>${lead ? `<td>${lead.cell(r)}</td>` : ''}${cols.map(({ f, pos }) => `<td${f.kind === 'integer' || f.kind === 'decimal' ? ' class="n"' : ''}>${valueHtml(r, f, pos, c)}</td>`).join('')}</tr>`);
    body = `<table><thead><tr>${th}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
  return el('section', { class: `rec rec-${def.id}` }, head + damagedNote(recs, c) + body);
}

/** Key of the field that carries 診療識別 in the 摘要 records. */
const PRACTICE = 'practiceCategory';
/** Keys of a 摘要 record's columns: コード, 数量, 点数, 回数 (by the keys the tables share). */
const ITEM_KEYS = ['code', 'quantity', 'points', 'times'] as const;
/** Keys of the per-day fields (１日の情報 … ３１日の情報), shown together as 算定日. */
const DAY = /^day(\d+)$/;

function fieldPos(def: RecordDef, key: string): number {
  return def.fields.findIndex((f) => f.key === key) + 1;
}

/** A record's name as the page shows it: the caller's master, else its own text fields (コメント文, 商品名 …). */
function itemName(rec: Rec, def: RecordDef, c: Ctx): { html: string; used: Set<string> } {
  const used = new Set<string>();
  const code = rec.get('code') ?? '';
  const supplied = code && !rec.damaged ? c.o.names?.(code, rec.id) : undefined;
  if (supplied) return { html: esc(supplied), used };
  const parts: string[] = [];
  for (const { f, pos } of visibleFields(def)) {
    if ((f.mode !== '漢字' && f.mode !== '英数又は漢字') || (f.kind ?? 'text') !== 'text' || f.key.startsWith('comment')) continue;
    const v = rec.at(pos) ?? '';
    if (v === '') continue;
    used.add(f.key);
    parts.push(valueHtml(rec, f, pos, c));
  }
  return { html: parts.length ? parts.join(' ') : `<span class="room">${esc(c.l('nameRoom'))}</span>`, used };
}

interface Marked {
  readonly no: number;
  readonly row: ReasonRow;
}

/** The 摘要: its records grouped by 診療識別 (an empty one continues the one before), reasons marked on their part. */
function tekiyoBlock(recs: readonly Rec[], marks: readonly Marked[], found: Set<string>, c: Ctx): string {
  const groups: { practice: string; table: string | undefined; recs: Rec[] }[] = [];
  let current = '';
  for (const r of recs) {
    const p = r.damaged ? '' : (r.get(PRACTICE) ?? '');
    if (p !== '') current = p;
    const last = groups[groups.length - 1];
    if (last && last.practice === current) last.recs.push(r);
    else groups.push({ practice: current, table: r.def?.fields.find((f) => f.key === PRACTICE)?.table, recs: [r] });
  }
  const l = c.l;
  const head = ['record', 'code', 'name', 'quantity', 'points', 'times', 'notes'] as const;
  const widths = ['9%', '13%', '25%', '8%', '8%', '6%', '31%'];
  const colgroup = `<colgroup>${widths.map((w) => `<col style="width:${w}">`).join('')}</colgroup>`;
  const bodies = groups.map((g) => {
    const mine = marks.filter((m) => m.row.practice !== '' && m.row.practice === g.practice);
    const firstOf = !found.has(g.practice);
    found.add(g.practice);
    const markHtml = mine.map((m) => ` <span class="mark">※${m.no}</span>`).join('');
    const notes = mine.map((m) => `<tr class="reason-note"><td colspan="7">※${m.no} ${esc(l('reasonMark'))}: ${esc(m.row.text || m.row.codeMeaning || m.row.code)}</td></tr>`).join('');
    const rows = g.recs.map((r) => itemRow(r, c)).join('');
    const title = g.practice ? coded(g.practice, g.table) : '—';
    return el(
      'tbody',
      { class: mine.length ? 'practice hl' : 'practice', 'data-practice': g.practice, id: firstOf && g.practice ? `${c.id}-p${g.practice}` : undefined },
      `<tr class="group"><th colspan="7">${esc(l('practice'))} ${title}${markHtml}</th></tr>${notes}${rows}`,
    );
  });
  const th = head.map((k) => `<th>${esc(l(k))}</th>`).join('');
  return el('section', { class: 'tekiyo' }, `<h2>${esc(l('tekiyo'))}</h2>${damagedNote(recs, c)}<table>${colgroup}<thead><tr>${th}</tr></thead>${bodies.join('')}</table>`);
}

/** One 摘要 record: レコード, コード, 名称, 数量, 点数, 回数, and every other filled field as 備考. */
function itemRow(r: Rec, c: Ctx): string {
  const def = r.def!;
  const cell = (key: string) => {
    const pos = fieldPos(def, key);
    return pos > 0 ? valueHtml(r, def.fields[pos - 1]!, pos, c) : '';
  };
  const name = itemName(r, def, c);
  const notes: string[] = [];
  const days: string[] = [];
  for (const { f, pos } of visibleFields(def)) {
    if (f.key === PRACTICE || (ITEM_KEYS as readonly string[]).includes(f.key) || name.used.has(f.key)) continue;
    const v = r.at(pos) ?? '';
    if (v === '') continue;
    const d = DAY.exec(f.key);
    if (d && !r.damaged) days.push(v === '1' ? d[1]! : `${d[1]}×${esc(v)}`);
    else notes.push(`${esc(f.name)} ${valueHtml(r, f, pos, c)}`);
  }
  if (days.length) notes.unshift(`${esc(c.l('days'))} ${days.join(', ')}`);
  return `<tr><td><abbr title="${esc(def.name)}">${esc(def.id)}</abbr></td><td>${cell('code')}</td><td>${name.html}</td><td class="n">${cell('quantity')}</td><td class="n">${cell('points')}</td><td class="n">${cell('times')}</td><td>${notes.join(' / ')}</td></tr>`;
}

/** The 請求データ as blocks: consecutive records of one id, and the 摘要 records together. */
function claimBlocks(receipt: Receipt, marks: readonly Marked[], found: Set<string>, c: Ctx): string {
  const tekiyo = (r: Rec) => !r.damaged && r.def !== undefined && r.def.fields.some((f) => f.key === PRACTICE) && r.def.id !== 'HR';
  const out: string[] = [];
  let run: Rec[] = [];
  let runTekiyo = false;
  const flush = () => {
    if (run.length === 0) return;
    if (runTekiyo) out.push(tekiyoBlock(run, marks, found, c));
    else if (run[0]!.def && run[0] === receipt.re) out.push(el('section', { class: 'rec rec-RE patient' }, `<h2>${esc(run[0]!.def.name)} <span class="m">RE</span></h2>${damagedNote(run, c)}${recordList(run[0]!, run[0]!.def, c)}`));
    else out.push(recordBlock(run, c));
    run = [];
  };
  for (const r of receipt.claim) {
    const t = tekiyo(r);
    if (run.length && (t !== runTekiyo || (!t && (r.id !== run[0]!.id || r === receipt.re || run[0] === receipt.re)))) flush();
    runTekiyo = t;
    run.push(r);
  }
  flush();
  return out.join('');
}

/** The return block: each HR with its meanings, and where on the page its 診療識別 is. */
function returnsBlock(marks: readonly Marked[], hr: RecordDef | undefined, found: ReadonlySet<string>, c: Ctx): string {
  const l = c.l;
  const name = (key: string, fallback: string) => hr?.fields.find((f) => f.key === key)?.name ?? fallback;
  const items = marks.map(({ no, row }) => {
    const entry = (key: string, html: string) => (html ? `<div><dt>${esc(name(key, key))}</dt><dd>${html}</dd></div>` : '');
    const withMeaning = (code: string, meaning: string) => (code ? `${esc(code)}${meaning ? `<span class="m">${esc(meaning)}</span>` : ''}` : '');
    const where = !row.practice
      ? esc(l('noPractice'))
      : found.has(row.practice)
        ? `<a href="#${esc(`${c.id}-p${row.practice}`)}">${withMeaning(row.practice, row.practiceMeaning)}</a>`
        : `${withMeaning(row.practice, row.practiceMeaning)} ${esc(l('practiceMissing'))}`;
    return el(
      'li',
      { class: 'reason', 'data-line': row.line, 'data-practice': row.practice || undefined },
      `<span class="mark">※${no}</span> <span class="reason-text">${esc(row.text)}</span><dl>` +
        entry('returnCategory', withMeaning(row.category, row.categoryMeaning)) +
        entry('reasonCode', withMeaning(row.code, row.codeMeaning)) +
        `<div><dt>${esc(l('concerns'))}</dt><dd>${where}</dd></div>` +
        entry('supplement', esc(row.supplement)) +
        entry('correctionInfo', withMeaning(row.correction, row.correctionMeaning)) +
        entry('processingMonth', esc(row.processingMonth)) +
        entry('noticeMonth', esc(row.noticeMonth)) +
        `</dl>`,
    );
  });
  return el('section', { class: 'returns' }, `<h2>${esc(l('returns'))}</h2>${items.length ? `<ol>${items.join('')}</ol>` : `<p class="note">${esc(l('noReasons'))}</p>`}`);
}

/** Totals: the 主保険's 合計点数 (as GO counts it) and Σ 点数 × 回数 of the 摘要. */
function totalsBlock(receipt: Receipt, st: StructureDef | undefined, c: Ctx): string {
  const main = receiptTotals(receipt, st);
  let sum = 0;
  let any = false;
  for (const r of receipt.claim) {
    if (r.damaged || !r.def?.fields.some((f) => f.key === PRACTICE) || r.id === 'HR') continue;
    const p = r.get('points') ?? '';
    const t = r.get('times') ?? '';
    if (!/^[0-9]+$/.test(p) || !/^[0-9]+$/.test(t)) continue;
    sum += Number(p) * Number(t);
    any = true;
  }
  const rows: string[] = [];
  if (main.points !== undefined) rows.push(`<div><dt>${esc(c.l('mainTotal'))}</dt><dd>${esc(main.points)}</dd></div>`);
  if (any) rows.push(`<div><dt>${esc(c.l('itemTotal'))}</dt><dd>${esc(sum)}</dd></div>`);
  return rows.length ? el('section', { class: 'totals' }, `<h2>${esc(c.l('totals'))}</h2><dl>${rows.join('')}</dl>`) : '';
}

/** The history block in summary: the データ識別 present (lines and records of each), and the returns it records. */
function historyBlock(receipt: Receipt, c: Ctx): string {
  const l = c.l;
  const history = receipt.history;
  if (history.length === 0) return el('section', { class: 'history' }, `<h2>${esc(l('history'))}</h2><p class="note">${esc(l('noHistory'))}</p>`);
  const kinds = new Map<string, { lines: number; ids: string[] }>();
  for (const r of history) {
    const k = r.prefix?.dataKind ?? '';
    const e = kinds.get(k) ?? kinds.set(k, { lines: 0, ids: [] }).get(k)!;
    e.lines++;
    if (r.id && !e.ids.includes(r.id)) e.ids.push(r.id);
  }
  const order = [...kinds.keys()].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const rows = order.map((k) => {
    const e = kinds.get(k)!;
    return `<tr><td>${esc(k)}</td><td>${esc(codeMeaning('ret:data-kind', k) ?? '')}</td><td class="n">${e.lines}</td><td>${esc(e.ids.join(' '))}</td></tr>`;
  });
  const table = `<table><colgroup><col style="width:10%"><col style="width:60%"><col style="width:8%"><col style="width:22%"></colgroup><thead><tr><th>${esc(l('dataKind'))}</th><th>${esc(l('meaning'))}</th><th>${esc(l('lines'))}</th><th>${esc(l('records'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  // The return's own reasons are copied into the history (データ識別 8): the earlier ones are the others.
  const current = new Set(receipt.reasons.map((r) => r.values().join(',')));
  const hrs = history.filter((r) => r.id === 'HR' && !current.has(r.values().join(',')));
  const earlier = hrs.length ? `<h3>${esc(l('earlierReturns'))}</h3>${recordBlock(hrs, c, { head: l('dataKind'), cell: (r) => esc(r.prefix?.dataKind ?? '') })}` : '';
  return el('section', { class: 'history' }, `<h2>${esc(l('history'))}</h2>${table}${earlier}`);
}

/** The descriptor of a receipt's kind (its file's, with the file's form), when it can be told. */
function kindOf(receipt: Receipt, file: ReceFile | undefined): KindDef | undefined {
  if (file && file.claimKind !== 'unknown') return kindDefOf(file.claimKind, file.form);
  return Object.values(KINDS).find((k) => k.records === receipt.kind.records);
}

/** A stand-in file of one receipt, for the reasons of a receipt given without its file. */
function fileOfOne(receipt: Receipt, file: ReceFile | undefined): ReceFile {
  return {
    kind: file?.kind ?? 'unknown',
    claimKind: file?.claimKind ?? 'unknown',
    edition: file?.edition,
    table: receipt.table,
    lead: [],
    header: file?.header,
    receipts: [receipt],
    tail: [],
    trailer: undefined,
    diagnostics: [],
  };
}

/**
 * One receipt as an HTML fragment (`<section class="receipt">…</section>`), to be shown inside an element
 * of class `receden-print` with {@link PRINT_CSS} (as {@link renderFile} does). Give `file` for the page's
 * header (医療機関, 請求年月, 審査支払機関) and the kind.
 */
export function renderReceipt(receipt: Receipt, options: PrintOptions = {}): string {
  const o = options;
  const c: Ctx = { o, l: (k) => label(k, o.locale), id: `r${receipt.index + 1}` };
  const file = o.file;
  const kd = kindOf(receipt, file);
  const rows = reasons(fileOfOne(receipt, file)).filter((r) => r.position === receipt.index + 1);
  const marks = rows.map((row, i) => ({ no: i + 1, row }));
  const found = new Set<string>();
  const claim = claimBlocks(receipt, marks, found, c);
  const hrDef = recordIn(receipt.kind, 'HR');
  const fileKind = file ? c.l(file.kind) : '';
  const sn = receipt.re.damaged ? '' : receipt.searchNumber || rows[0]?.searchNumber || '';
  const title =
    `<h1><span>${esc(kd ? (o.locale === 'en' ? kd.nameEn : kd.name) : '')} ${esc(c.l('receipt'))} <small>${esc(fileKind)}</small></span>` +
    `<small>${esc(c.l('position'))} ${receipt.index + 1}${sn ? ` · <span class="sn">${esc(hrDef?.fields.find((f) => f.key === 'searchNumber')?.name ?? '')} ${esc(sn)}</span>` : ''}</small></h1>`;
  const header = file?.header;
  const headBlock = header?.def ? el('section', { class: 'facility' }, `<h2>${esc(c.l('facility'))} <span class="m">${esc(header.def.name)}</span></h2>${recordList(header, header.def, c)}`) : '';
  const isReturn = file ? file.kind === 'HEN' || file.kind === 'SAH' : rows.length > 0 || receipt.history.length > 0;
  const foot = [o.fileName ? esc(o.fileName) : '', o.page ? `${esc(c.l('page'))} ${o.page.page} / ${o.page.pages}` : ''].filter((x) => x).join(' ');
  const footer = foot ? `<footer class="pg">${foot}</footer>` : '';
  return el(
    'section',
    { class: 'receipt', 'data-position': receipt.index + 1, 'data-search-number': sn || undefined, 'data-reasons': rows.length },
    title +
      headBlock +
      (isReturn ? returnsBlock(marks, hrDef, found, c) : '') +
      claim +
      totalsBlock(receipt, kd?.structure ?? receipt.kind.structure, c) +
      (isReturn ? historyBlock(receipt, c) : '') +
      footer,
  );
}
