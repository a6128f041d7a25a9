/**
 * The offline correction app's page: open returns, list their receipts with reasons, show one (the printed
 * rendering), edit fields with the verdict as the clerk types, add and delete records, drop a receipt, see the
 * audit diff, download the resubmission and the corrections file, print. Everything is asked of the Worker
 * (worker.ts), which runs the `receden` API; nothing here leaves the machine.
 */
import type { Correction, FieldVerdict, Locale } from 'receden';
import type { EditorField, EditorRecord, OpenedFile, ReceiptView, Request, ResubmitReply } from './protocol.js';
import { UI, type UiKey } from './ui.js';

declare const __RECEDEN_WORKER__: string;

// ---- the Worker, from inline code ----------------------------------------------------------------

const worker = new Worker(URL.createObjectURL(new Blob([__RECEDEN_WORKER__], { type: 'text/javascript' })));
let nextId = 1;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
worker.onmessage = (e: MessageEvent<{ id: number; ok: boolean; result?: unknown; error?: string }>) => {
  const p = pending.get(e.data.id);
  if (!p) return;
  pending.delete(e.data.id);
  if (e.data.ok) p.resolve(e.data.result);
  else p.reject(new Error(e.data.error));
};
function ask<T>(request: Request, transfer: Transferable[] = []): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    worker.postMessage({ id, request }, transfer);
  });
}

// ---- state ---------------------------------------------------------------------------------------

let locale: Locale = 'ja';
let opened: OpenedFile[] = [];
let corrections: Correction[] = [];
let selected: { file: number; position: number } | undefined;
let view: ReceiptView | undefined;

const t = (k: UiKey): string => UI[locale][k];
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}
function status(text: string): void {
  $('status').textContent = text;
}

/** The reference of the selected receipt in a correction: its 検索番号, or its position and file. */
function receiptRef(file: number, position: number): Correction['receipt'] {
  const sn = opened[file]?.receipts[position - 1]?.searchNumber ?? '';
  return sn ? { searchNumber: sn } : { position, file };
}
function refersTo(c: Correction, file: number, position: number): boolean {
  const r = receiptRef(file, position);
  return 'searchNumber' in r ? 'searchNumber' in c.receipt && c.receipt.searchNumber === r.searchNumber : 'position' in c.receipt && c.receipt.position === position && (c.receipt.file ?? 0) === file;
}
function dropped(file: number, position: number): Correction | undefined {
  return corrections.find((c) => c.op === 'drop' && refersTo(c, file, position));
}

// ---- labels of the static page ---------------------------------------------------------------------

function applyLanguage(): void {
  document.documentElement.lang = locale;
  for (const e of Array.from(document.querySelectorAll<HTMLElement>('[data-t]'))) e.textContent = t(e.dataset.t as UiKey);
  for (const e of Array.from(document.querySelectorAll<HTMLElement>('[data-t-label]'))) e.setAttribute('aria-label', t(e.dataset.tLabel as UiKey));
  document.title = t('title');
}

// ---- the list of receipts (rendered in batches: large files stay responsive) ----------------------

function renderList(): void {
  const body = $('list-body');
  body.replaceChildren();
  const rows: { file: number; r: OpenedFile['receipts'][number] }[] = [];
  opened.forEach((f, fi) => f.receipts.forEach((r) => rows.push({ file: fi, r })));
  $('list-count').textContent = `${rows.length}`;
  let at = 0;
  const batch = () => {
    const frag = document.createDocumentFragment();
    for (const end = Math.min(rows.length, at + 200); at < end; at++) {
      const { file, r } = rows[at]!;
      const f = opened[file]!;
      const drop = dropped(file, r.position);
      const edits = corrections.filter((c) => c.op !== 'drop' && refersTo(c, file, r.position)).length;
      const button = h('button', { type: 'button', class: 'open-receipt', 'data-file': String(file), 'data-position': String(r.position) }, `${f.name} #${r.position}`);
      button.addEventListener('click', () => void selectReceipt(file, r.position));
      const reasonsCell = h('td', { class: 'reasons' });
      for (const x of r.reasons) reasonsCell.append(h('div', {}, `${x.code ? `${x.code} ` : ''}${x.practice ? `[${x.practice}] ` : ''}${x.text}`));
      const state = drop ? t('stateDropped') : edits ? `${t('stateEdited')} (${edits})` : '';
      const tr = h('tr', selected && selected.file === file && selected.position === r.position ? { class: 'current', 'aria-current': 'true' } : {}, h('td', {}, button), h('td', { class: 'sn' }, r.searchNumber), h('td', {}, r.serviceMonth), reasonsCell, h('td', { class: 'state' }, state));
      frag.append(tr);
    }
    body.append(frag);
    if (at < rows.length) setTimeout(batch, 0);
  };
  batch();
}

// ---- one receipt: the rendering and the editor ------------------------------------------------------

async function selectReceipt(file: number, position: number): Promise<void> {
  selected = { file, position };
  view = await ask<ReceiptView>({ type: 'receipt', file, position, corrections, locale, showNames: $<HTMLInputElement>('show-names').checked });
  $('receipt').innerHTML = view.html;
  renderEditor();
  for (const tr of Array.from(document.querySelectorAll('#list-body tr'))) {
    const b = tr.querySelector('button')!;
    const cur = Number(b.dataset.file) === file && Number(b.dataset.position) === position;
    tr.classList.toggle('current', cur);
    if (cur) tr.setAttribute('aria-current', 'true');
    else tr.removeAttribute('aria-current');
  }
}

function describeField(f: EditorField): string {
  return `${f.mode} · ${f.format} ${f.maxBytes} ${t('bytes')}${f.table ? ` · ${f.table.name}` : ''}${f.required === 'required' ? ` · ${t('required')}` : ''}`;
}

function verdictText(v: FieldVerdict): string {
  const head = `${v.ok ? '✓' : '✗'} ${v.bytes}/${v.maxBytes ?? '?'} ${t('bytes')}`;
  return [head, ...v.problems.map((p) => `${p.severity === 'error' ? t('error') : p.severity === 'warning' ? t('warning') : t('info')}: ${p.message}`)].join('\n');
}

/** A labelled input per field of a record, each with its verdict shown as the clerk types. */
function fieldForm(rec: EditorRecord, prefix: string, reclaimed: boolean): { form: HTMLElement; values: () => Map<EditorField, string>; ok: () => boolean } {
  const table = h('div', { class: 'fields' });
  const inputs = new Map<EditorField, HTMLInputElement>();
  const verdicts = new Map<EditorField, FieldVerdict>();
  for (const f of rec.fields) {
    if (f.required === 'omit' && f.value === '') continue;
    const id = `${prefix}-${f.position}`;
    const input = h('input', { id, type: 'text', value: f.value, 'data-key': f.key, autocomplete: 'off', 'aria-describedby': `${id}-info ${id}-verdict` });
    input.value = f.value;
    if (f.codes.length) {
      const list = h('datalist', { id: `${id}-codes` });
      for (const c of f.codes) list.append(h('option', { value: c.code }, `${c.code} ${c.meaning}`));
      input.setAttribute('list', `${id}-codes`);
      table.append(list);
    }
    const out = h('output', { id: `${id}-verdict`, class: 'verdict', 'aria-live': 'polite', for: id });
    const check = async () => {
      const v = await ask<FieldVerdict>({ type: 'verdict', file: selected!.file, record: rec.id, position: f.position, value: input.value, reclaimed, locale });
      verdicts.set(f, v);
      out.textContent = input.value === f.value && !prefix.startsWith('new') ? '' : verdictText(v);
      out.className = `verdict ${v.ok ? (v.problems.length ? 'warn' : 'ok') : 'bad'}`;
      const meaning = f.codes.find((c) => c.code === input.value)?.meaning;
      if (meaning) out.textContent += `\n${meaning}`;
    };
    input.addEventListener('input', () => void check());
    inputs.set(f, input);
    table.append(
      h(
        'div',
        { class: 'field' },
        h('label', { for: id }, `${f.name} `, h('span', { class: 'key' }, `(${f.position})`)),
        input,
        h('small', { id: `${id}-info`, class: 'info' }, describeField(f)),
        out,
      ),
    );
  }
  return {
    form: table,
    values: () => new Map([...inputs].map(([f, i]) => [f, i.value])),
    ok: () => [...inputs].every(([f, i]) => i.value === f.value || verdicts.get(f)?.ok !== false),
  };
}

function renderEditor(): void {
  const box = $('editor');
  box.replaceChildren();
  if (!selected || !view) return;
  const { file, position } = selected;
  const ref = receiptRef(file, position);
  const reclaimed = opened[file]!.kind !== 'UKE';
  box.append(h('h2', {}, `${t('editor')} — ${opened[file]!.name} #${position}`));
  for (const p of view.problems) box.append(h('p', { class: 'bad' }, p));

  // Drop the receipt.
  const drop = dropped(file, position);
  const dropBox = h('input', { type: 'checkbox', id: 'drop' });
  dropBox.checked = drop !== undefined;
  const dropReason = h('input', { type: 'text', id: 'drop-reason', value: drop?.op === 'drop' ? (drop.reason ?? '') : '' });
  dropBox.addEventListener('change', () => {
    corrections = corrections.filter((c) => !(c.op === 'drop' && refersTo(c, file, position)));
    if (dropBox.checked) corrections.push({ op: 'drop', receipt: ref, ...(dropReason.value ? { reason: dropReason.value } : {}) });
    void changed();
  });
  box.append(h('fieldset', {}, h('legend', {}, t('dropLegend')), h('label', { for: 'drop' }, dropBox, ` ${t('drop')}`), ' ', h('label', { for: 'drop-reason' }, t('dropReason')), dropReason));

  // Edit a record.
  const pick = h('select', { id: 'record' });
  view.records.forEach((r, i) => pick.append(h('option', { value: String(i) }, `${r.id}[${r.occurrence}] ${r.name}`)));
  const editArea = h('div', {});
  const showRecord = () => {
    const rec = view!.records[Number(pick.value)]!;
    const form = fieldForm(rec, `f${rec.line}`, reclaimed);
    const apply = h('button', { type: 'button', id: 'apply' }, t('apply'));
    apply.addEventListener('click', () => {
      if (!form.ok()) return status(t('refusedValue'));
      for (const [f, v] of form.values()) if (v !== f.value) corrections.push({ op: 'set', receipt: ref, record: { id: rec.id, occurrence: rec.occurrence }, field: f.key, value: v });
      void changed();
    });
    const del = h('button', { type: 'button', id: 'delete-record' }, t('deleteRecord'));
    if (rec.id === 'RE') del.setAttribute('disabled', '');
    del.addEventListener('click', () => {
      corrections.push({ op: 'delete', receipt: ref, record: { id: rec.id, occurrence: rec.occurrence } });
      void changed();
    });
    editArea.replaceChildren(form.form, h('div', { class: 'actions' }, apply, ' ', del));
  };
  pick.addEventListener('change', showRecord);
  box.append(h('fieldset', {}, h('legend', {}, t('editLegend')), h('label', { for: 'record' }, t('record')), pick, editArea));
  showRecord();

  // Add a record.
  const kind = h('select', { id: 'new-record' });
  kind.append(h('option', { value: '' }, '—'));
  for (const r of view.insertable) kind.append(h('option', { value: r.id }, `${r.id} ${r.name}`));
  const addArea = h('div', {});
  kind.addEventListener('change', async () => {
    if (!kind.value) return addArea.replaceChildren();
    const rec = await ask<EditorRecord>({ type: 'fields', file, record: kind.value });
    const form = fieldForm(rec, `new-${rec.id}`, reclaimed);
    const add = h('button', { type: 'button', id: 'add-record' }, t('addRecord'));
    add.addEventListener('click', () => {
      if (!form.ok()) return status(t('refusedValue'));
      const values: Record<string, string> = {};
      for (const [f, v] of form.values()) if (v !== '') values[f.key] = v;
      corrections.push({ op: 'insert', receipt: ref, record: rec.id, values });
      kind.value = '';
      void changed();
    });
    addArea.replaceChildren(form.form, h('div', { class: 'actions' }, add));
  });
  box.append(h('fieldset', {}, h('legend', {}, t('addLegend')), h('label', { for: 'new-record' }, t('record')), kind, addArea));
}

// ---- corrections, audit, downloads ----------------------------------------------------------------------

function describe(c: Correction): string {
  const r = 'searchNumber' in c.receipt ? c.receipt.searchNumber : `#${c.receipt.position}`;
  const rec = (x: unknown) => (typeof x === 'string' ? x : x && typeof x === 'object' && 'id' in x ? `${(x as { id: string }).id}[${(x as { occurrence?: number }).occurrence ?? 1}]` : JSON.stringify(x));
  switch (c.op) {
    case 'set':
      return `${r}: ${t('opSet')} ${rec(c.record)} ${c.field} = ${c.value}`;
    case 'insert':
      return `${r}: ${t('opInsert')} ${c.record}`;
    case 'delete':
      return `${r}: ${t('opDelete')} ${rec(c.record)}`;
    case 'drop':
      return `${r}: ${t('opDrop')}${c.reason ? ` (${c.reason})` : ''}`;
    default:
      return `${r}: ${c.op}`;
  }
}

function renderCorrections(): void {
  const list = $('corrections');
  list.replaceChildren();
  corrections.forEach((c, i) => {
    const del = h('button', { type: 'button', 'aria-label': `${t('remove')}: ${describe(c)}` }, t('remove'));
    del.addEventListener('click', () => {
      corrections.splice(i, 1);
      void changed();
    });
    list.append(h('li', {}, `${describe(c)} `, del));
  });
  $('corrections-empty').hidden = corrections.length > 0;
}

async function changed(): Promise<void> {
  renderCorrections();
  renderList();
  if (selected) await selectReceipt(selected.file, selected.position);
  status(`${t('corrections')}: ${corrections.length}`);
}

function download(name: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>)], { type });
  const a = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

async function downloadResubmission(): Promise<void> {
  const r = await ask<ResubmitReply>({
    type: 'resubmit',
    corrections,
    billingMonth: $<HTMLInputElement>('billing-month').value.trim(),
    facilityName: $<HTMLInputElement>('facility-name').value.trim(),
    phone: $<HTMLInputElement>('phone').value.trim(),
    force: $<HTMLInputElement>('force').checked,
    locale,
  });
  const box = $('resubmit-result');
  box.replaceChildren(...r.summary.map((s) => h('div', {}, s)));
  const problems = h('ul', { class: 'problems' });
  for (const p of r.problems) problems.append(h('li', { class: p.severity === 'error' ? 'bad' : 'warn' }, `${p.severity === 'error' ? t('error') : t('warning')} ${p.where}: ${p.message}`));
  if (r.problems.length) box.append(problems);
  if (!r.files) {
    box.prepend(h('p', { class: 'bad', role: 'alert' }, t('notWritten')));
    return;
  }
  for (const f of r.files) {
    download(f.fileName, f.bytes, 'application/octet-stream');
    box.append(h('div', {}, `${t('downloaded')} ${f.path}`));
  }
}

// ---- wiring ---------------------------------------------------------------------------------------------

async function openFiles(list: FileList | null): Promise<void> {
  if (!list || list.length === 0) return;
  status(t('reading'));
  const files = await Promise.all(Array.from(list).map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
  opened = await ask<OpenedFile[]>({ type: 'open', files, locale }, files.map((f) => f.bytes));
  corrections = [];
  selected = undefined;
  view = undefined;
  $('receipt').replaceChildren();
  $('editor').replaceChildren();
  renderCorrections();
  renderList();
  const errors = opened.flatMap((f) => f.errors.map((e) => `${f.name}: ${e}`));
  $('open-errors').replaceChildren(...errors.map((e) => h('li', { class: 'bad' }, e)));
  status(`${t('opened')}: ${opened.map((f) => `${f.name} (${f.kind}, ${f.receipts.length})`).join(', ')}`);
}

function start(): void {
  applyLanguage();
  $<HTMLInputElement>('files').addEventListener('change', (e) => void openFiles((e.target as HTMLInputElement).files));
  $<HTMLSelectElement>('lang').addEventListener('change', (e) => {
    locale = (e.target as HTMLSelectElement).value === 'en' ? 'en' : 'ja';
    applyLanguage();
    renderCorrections();
    renderList();
    if (selected) void selectReceipt(selected.file, selected.position);
  });
  $('show-names').addEventListener('change', () => selected && void selectReceipt(selected.file, selected.position));
  $('show-audit').addEventListener('click', async () => {
    $('audit').textContent = await ask<string>({ type: 'audit', corrections, locale });
  });
  $('download-resubmission').addEventListener('click', () => void downloadResubmission());
  $('download-corrections').addEventListener('click', async () => download('corrections.json', await ask<string>({ type: 'corrections', corrections }), 'application/json'));
  $('print').addEventListener('click', async () => {
    if (!selected) return status(t('selectFirst'));
    const html = await ask<string>({ type: 'print', file: selected.file, corrections, locale, showNames: $<HTMLInputElement>('show-names').checked });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    $('print-area').replaceChildren(...Array.from(doc.querySelector('main')!.children).map((n) => document.importNode(n, true)));
    window.print();
  });
  document.body.dataset.ready = 'true';
}

start();
