/**
 * The README's spec coverage table and field reference, generated from the kind descriptors (never
 * written by hand). `npm run docs` writes them into README.md between their markers; a test keeps
 * them in sync.
 */
import { KINDS } from './docs.js';
import { CLAIM_KINDS } from './kinds.js';
import { IKA } from './ika/index.js';
import { HISTORY_PREFIX } from './registry.js';
import type { Confidence, KindDef, RecordDef, Requirement } from './types.js';

/** The language of a generated section: the Japanese README (README.md) or the English one (README.en.md). */
export type DocLocale = 'ja' | 'en';

/** The words of the generated sections, per language (the data — 項目名, 別表 names, sources — is the spec's own). */
const WORDS = {
  en: {
    required: { required: 'required', conditional: 'conditional', optional: 'optional', omit: 'omit' } as Record<Requirement, string>,
    personal: 'personal',
    confidence: (c: string) => `confidence ${c}`,
    from: (m: string) => `from ${m}`,
    inpatientRequired: '入院: required',
    inpatientOnly: '入院 only',
    dependsOn: (then: string, key: string, values: string, otherwise: string | undefined) => `${then} if \`${key}\` ∈ ${values}${otherwise ? `, else ${otherwise}` : ''}`,
    capitals: (c: string) => `capitals ${c}`,
    repeat: (max: number, unit: number, parts: string) => ` ×${max} (${unit}B each${parts})`,
    source: 'Source',
    recordedFrom: (m: string, skipped: boolean) => `Recorded from 診療年月 ${m}${skipped ? ' (earlier: skipped by the payer)' : ''}.`,
    fieldHeader: '| # | key | 項目名 | モード | 最大バイト | 形式 | kind | 別表 | flags |',
    openRanges: ' + open ranges',
    withConditions: (n: number) => ` (${n} with conditions)`,
    disputed: (ids: string) => `; wording disputed: ${ids}`,
    ikaClaims: '### 医科 claim records (記録条件仕様 R04)',
    returnRecords: '### Return and history records (reconstructed; see confidence)',
    codeTables: '### Code tables (別表)',
    codeHeader: '| id | name | codes | source |',
    kindRecords: (name: string, kind: string, mark: string) => `### ${name} (${kind}) records${mark}`,
    official: ' (official)',
    claimRecords: (ids: string) => `Claim records: ${ids}`,
    ownReturns: (ids: string) => `Return records of their own: ${ids} (the others as 医科)`,
    codeTablesN: (n: number) => `Code tables (${n})`,
    weakFields: (mark: string, weak: number, all: number) => `${mark}; ${weak} of ${all} fields L/INF`,
    officialMark: 'official',
    coverageHeader: '| kind | 点数表 | claim file | structure | records | 別表 | returns | resubmission | source |',
    perReceipt: (id: string) => `${id} per receipt`,
    historyBlock: 'history block',
    noHistory: 'no history',
    onPaper: (ids: string) => ` (${ids}: on paper)`,
    reconstructed: (c: string) => `reconstructed [${c}]`,
    form: (name: string, id: string) => `↳ ${name} (form \`${id}\`)`,
    kindsOwn: (kind: string) => `(${kind}'s)`,
    sums: (c: string) => `; sums [${c}]`,
    recordsSummary: (name: string, kind: string) => `${name} (${kind}): records and confidence`,
    recordsHeader: '| record | name | fields | confidence |',
    editionsHeader: '| kind | edition | name | dates | header 請求年月 | layout | confidence | differences from the tables |',
    any: 'any',
    wareki: '和暦 GYYMM / GYYMMDD',
    seireki: '西暦 YYYYMM / YYYYMMDD',
    theTables: 'the tables',
    datesAside: 'the tables (dates aside)',
    notModelled: '**not modelled** (warnings)',
    partlyModelled: (ids: string) => `the tables; not modelled: ${ids} (warnings)`,
  },
  ja: {
    required: { required: '必須', conditional: '条件付き', optional: '任意', omit: '省略' } as Record<Requirement, string>,
    personal: '個人情報',
    confidence: (c: string) => `確度 ${c}`,
    from: (m: string) => `${m} から`,
    inpatientRequired: '入院: 必須',
    inpatientOnly: '入院のみ',
    dependsOn: (then: string, key: string, values: string, otherwise: string | undefined) =>
      `\`${key}\` ∈ ${values} のとき${then === 'required' ? '必須' : '省略'}${otherwise ? `、それ以外は${otherwise === 'required' ? '必須' : '省略'}` : ''}`,
    capitals: (c: string) => `半角大文字 ${c}`,
    repeat: (max: number, unit: number, parts: string) => ` ×${max}（${unit}バイトずつ${parts}）`,
    source: '出典',
    recordedFrom: (m: string, skipped: boolean) => `診療年月 ${m} から記録${skipped ? '（それ以前は審査支払機関が読み飛ばす）' : ''}。`,
    fieldHeader: '| # | キー | 項目名 | モード | 最大バイト | 形式 | 種類 | 別表 | 属性 |',
    openRanges: ' ＋範囲指定',
    withConditions: (n: number) => `（うち条件付き ${n}）`,
    disputed: (ids: string) => `。文言に異説: ${ids}`,
    ikaClaims: '### 医科 請求レコード（記録条件仕様 R04）',
    returnRecords: '### 返戻・履歴レコード（再構成。確度を参照）',
    codeTables: '### 別表（コード表）',
    codeHeader: '| id | 名称 | コード数 | 出典 |',
    kindRecords: (name: string, kind: string, mark: string) => `### ${name}（${kind}）のレコード${mark}`,
    official: '（公式）',
    claimRecords: (ids: string) => `請求レコード: ${ids}`,
    ownReturns: (ids: string) => `独自の返戻レコード: ${ids}（他は医科と同じ）`,
    codeTablesN: (n: number) => `別表（${n}）`,
    weakFields: (mark: string, weak: number, all: number) => `${mark}。${all} 項目中 ${weak} 項目が L/INF`,
    officialMark: '公式',
    coverageHeader: '| 種別 | 点数表 | 請求ファイル | 構成 | レコード数 | 別表 | 返戻 | 再請求 | 出典 |',
    perReceipt: (id: string) => `レセプトごとに ${id}`,
    historyBlock: '履歴管理ブロックあり',
    noHistory: '履歴なし',
    onPaper: (ids: string) => `（${ids}: 紙で再請求）`,
    reconstructed: (c: string) => `再構成 [${c}]`,
    form: (name: string, id: string) => `↳ ${name}（様式 \`${id}\`）`,
    kindsOwn: (kind: string) => `（${kind} と同じ）`,
    sums: (c: string) => `。合計 [${c}]`,
    recordsSummary: (name: string, kind: string) => `${name}（${kind}）: レコードと確度`,
    recordsHeader: '| レコード | 名称 | 項目数 | 確度 |',
    editionsHeader: '| 種別 | 版 | 名称 | 日付 | ヘッダの請求年月 | レイアウト | 確度 | レコード表との違い |',
    any: 'すべて',
    wareki: '和暦 GYYMM / GYYMMDD',
    seireki: '西暦 YYYYMM / YYYYMMDD',
    theTables: 'レコード表どおり',
    datesAside: 'レコード表どおり（日付を除く）',
    notModelled: '**モデル化していない**（警告）',
    partlyModelled: (ids: string) => `レコード表どおり。モデル化していない: ${ids}（警告）`,
  },
} as const;

export const REFERENCE_START = '<!-- field-reference:start (generated by `npm run docs` from src/spec; do not edit) -->';
export const REFERENCE_END = '<!-- field-reference:end -->';
export const COVERAGE_START = '<!-- coverage:start (generated by `npm run docs` from src/spec; do not edit) -->';
export const COVERAGE_END = '<!-- coverage:end -->';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const low = (c: Confidence | undefined) => c === 'L' || c === 'INF';

function recordSection(def: RecordDef, locale: DocLocale): string {
  const w = WORDS[locale];
  const rows = def.fields.map((f, i) => {
    const flags = [
      f.required ? w.required[f.required] : '',
      f.personal ? w.personal : '',
      f.confidence ? w.confidence(f.confidence) : '',
      f.since ? w.from(f.since.month) : '',
      f.inpatient ? (f.inpatient === 'required' ? w.inpatientRequired : w.inpatientOnly) : '',
      f.dependsOn ? w.dependsOn(f.dependsOn.then, f.dependsOn.key, f.dependsOn.values.join('/'), f.dependsOn.otherwise) : '',
      f.upperCase ? w.capitals(f.upperCase) : '',
    ]
      .filter(Boolean)
      .join(locale === 'ja' ? '、' : ', ');
    const parts = f.repeat?.parts ? `: ${f.repeat.parts.map((p) => `${p.name} ${p.width}${p.table ? ` ${p.table}` : ''}`).join(' + ')}` : '';
    const repeat = f.repeat ? w.repeat(f.repeat.max, f.repeat.unit, parts) : '';
    const kind = (f.kind ?? 'text') + (f.decimal ? ` ${f.decimal.int}+${f.decimal.frac}${f.decimal.confidence ? ` (${f.decimal.confidence})` : ''}` : '');
    return `| ${i + 1} | \`${f.key}\` | ${esc(f.name)} | ${f.mode} | ${f.maxBytes} | ${f.format} | ${kind} | ${f.table ?? ''}${repeat} | ${flags} |`;
  });
  return [
    `#### ${def.id} ${def.name}${def.confidence ? (locale === 'ja' ? `（確度 ${def.confidence}）` : ` (confidence ${def.confidence})`) : ''}`,
    '',
    `${w.source}: ${esc(def.source)}`,
    '',
    ...(def.since ? [w.recordedFrom(def.since.month, def.since.skipped === true), ''] : []),
    w.fieldHeader,
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** The return records of a kind that are not the 医科 ones (same id, another table: HI, HR of 歯科 …). */
function ownReturnRecords(k: KindDef): RecordDef[] {
  return Object.values(k.returnRecords).filter((d) => (IKA.returnRecords as Record<string, RecordDef>)[d.id] !== d);
}

function codeTableRows(k: KindDef, skip: ReadonlySet<string>, locale: DocLocale): string[] {
  const w = WORDS[locale];
  return k.codes
    .filter((t) => !skip.has(t.id))
    .map((t) => {
      const conditions = t.conditions ? Object.keys(t.conditions).length : 0;
      const extra = `${t.open?.length ? w.openRanges : ''}${conditions ? w.withConditions(conditions) : ''}${t.disputed ? w.disputed(Object.keys(t.disputed).join(', ')) : ''}`;
      return `| \`${t.id}\` | ${esc(t.name)} | ${Object.keys(t.codes).length}${extra} | ${esc(t.source)}${t.confidence ? (locale === 'ja' ? `（確度 ${t.confidence}）` : ` (confidence ${t.confidence})`) : ''} |`;
    });
}

/** The whole generated field reference: per kind its claim records, its own return records and its 別表. */
export function fieldReference(locale: DocLocale = 'en'): string {
  const w = WORDS[locale];
  const parts: string[] = [REFERENCE_START, ''];
  parts.push(w.ikaClaims, '');
  for (const def of Object.values(IKA.records)) parts.push(recordSection(def, locale));
  parts.push(w.returnRecords, '');
  parts.push(recordSection(HISTORY_PREFIX as RecordDef, locale));
  for (const def of Object.values(IKA.returnRecords)) parts.push(recordSection(def, locale));
  parts.push(w.codeTables, '', w.codeHeader, '|---|---|---|---|');
  parts.push(...codeTableRows(IKA, new Set(), locale));
  parts.push('');
  const shown = new Set(IKA.codes.map((t) => t.id));
  for (const kind of CLAIM_KINDS) {
    if (kind === 'ika') continue;
    const k = KINDS[kind];
    const own = ownReturnRecords(k);
    parts.push(w.kindRecords(k.name, kind, k.official ? w.official : k.confidence ? (locale === 'ja' ? `（確度 ${k.confidence}）` : ` (confidence ${k.confidence})`) : ''), '');
    parts.push(`${w.source}: ${esc(k.source)}`, '');
    parts.push(`<details><summary>${w.claimRecords(Object.keys(k.records).join(' '))}</summary>`, '');
    for (const def of Object.values(k.records)) parts.push(recordSection(def, locale));
    parts.push('</details>', '');
    if (own.length > 0) {
      parts.push(`<details><summary>${w.ownReturns(own.map((d) => d.id).join(' '))}</summary>`, '');
      for (const def of own) parts.push(recordSection(def, locale));
      parts.push('</details>', '');
    }
    const rows = codeTableRows(k, shown, locale);
    for (const t of k.codes) shown.add(t.id);
    if (rows.length > 0) parts.push(`<details><summary>${w.codeTablesN(rows.length)}</summary>`, '', w.codeHeader, '|---|---|---|---|', ...rows, '', '</details>', '');
  }
  parts.push(REFERENCE_END);
  return parts.join('\n');
}

/** How much of a record table rests on weak facts: the table's own mark, else the count of L / INF fields. */
function recordConfidence(k: KindDef, def: RecordDef, locale: DocLocale): string {
  const w = WORDS[locale];
  const weak = def.fields.filter((f) => low(f.confidence)).length;
  const mark = def.confidence ?? (k.official ? w.officialMark : '—');
  return weak > 0 ? w.weakFields(mark, weak, def.fields.length) : mark;
}

/** The coverage table: kind by kind (files, structure, returns, resubmission), then record by record with confidence. */
export function coverageTable(locale: DocLocale = 'en'): string {
  const w = WORDS[locale];
  const parts: string[] = [COVERAGE_START, ''];
  parts.push(w.coverageHeader, '|---|---|---|---|---|---|---|---|---|');
  for (const kind of CLAIM_KINDS) {
    const k = KINDS[kind];
    const st = k.structure;
    const shape = `${st.header} … ${st.receiptHeader ? `(${st.receiptHeader} RE …)×n` : '(RE …)×n'} … ${st.trailer}`;
    const ret = k.returns ? `${[k.returns.header, k.returns.reasons && w.perReceipt(k.returns.reasons), k.returns.history ? w.historyBlock : w.noHistory, k.returns.trailer].filter(Boolean).join(', ')}; ${k.returns.fileNames.join(', ')}${k.returns.confidence ? ` [${k.returns.confidence}]` : ''}` : '—';
    const res = k.resubmission ? `${k.resubmission.mode}${k.resubmission.onPaper ? w.onPaper(k.resubmission.onPaper.join(', ')) : ''}${k.resubmission.confidence ? ` [${k.resubmission.confidence}]` : ''}` : '—';
    const src = k.official ? w.officialMark : w.reconstructed(k.confidence ?? '?');
    parts.push(`| ${k.name} \`${kind}\` | ${k.scoreTables.join(', ')} | ${k.fileNames.join(', ')} | ${shape} | ${Object.keys(k.records).length} | ${k.codes.length} | ${esc(ret)} | ${esc(res)} | ${src} |`);
    // The kind's other claim files (労災 アフターケア): same tables, their own order.
    for (const f of k.forms ?? []) {
      const fs = f.structure;
      const fshape = `${fs.header} … (${fs.receipt.map((s) => s.ids.join('/')).slice(0, 2).join(' ')} …)×n … ${fs.trailer}`;
      parts.push(`| ${w.form(f.name, f.id)} | ${k.scoreTables.join(', ')} | ${f.fileNames.join(', ')} | ${fshape} | ${w.kindsOwn(kind)} | ${w.kindsOwn(kind)} | ${f.returns ? esc(f.returns.fileNames.join(', ')) : '—'} | ${f.resubmission ? esc(f.resubmission.mode) : '—'} | ${w.reconstructed(f.confidence ?? '?')}${w.sums(f.amounts?.confidence ?? '—')} |`);
    }
  }
  parts.push('');
  for (const kind of CLAIM_KINDS) {
    const k = KINDS[kind];
    parts.push(`<details><summary>${w.recordsSummary(k.name, kind)}</summary>`, '', w.recordsHeader, '|---|---|---|---|');
    for (const def of [...Object.values(k.records), ...ownReturnRecords(k)]) parts.push(`| ${def.id} | ${esc(def.name)} | ${def.fields.length} | ${recordConfidence(k, def, locale)} |`);
    parts.push('', '</details>', '');
  }
  parts.push(COVERAGE_END);
  return parts.join('\n');
}

export const EDITIONS_START = '<!-- editions:start (generated by `npm run docs` from src/spec/editions.ts; do not edit) -->';
export const EDITIONS_END = '<!-- editions:end -->';

/** The README's table of editions, kind by kind (what each is read as, and how it differs from the tables). */
export function editionsTable(locale: DocLocale = 'en'): string {
  const w = WORDS[locale];
  const parts: string[] = [EDITIONS_START, '', w.editionsHeader, '|---|---|---|---|---|---|---|---|'];
  for (const kind of CLAIM_KINDS) {
    const k = KINDS[kind];
    k.editions.forEach((e, i) => {
      const period = e.from || e.until ? `${e.from ?? '…'} – ${e.until ?? ''}`.trim() : w.any;
      const layout = i === 0 ? w.theTables : e.unknownLayout === undefined ? w.datesAside : e.unknownLayout === '*' ? w.notModelled : w.partlyModelled(e.unknownLayout.join(', '));
      const diffs = e.differences.map((d) => `${locale === 'ja' ? d.whatJa : d.what}${d.confidence ? ` [${d.confidence}]` : ''}`).join('<br>') || ((locale === 'ja' ? e.noteJa : e.note) ?? '—');
      parts.push(`| ${k.name} \`${kind}\` | \`${e.id}\` | ${esc(e.name)} | ${e.dates === 'wareki' ? w.wareki : w.seireki} | ${period} | ${layout} | ${e.confidence ?? w.officialMark} | ${esc(diffs)} |`);
    });
  }
  parts.push('', EDITIONS_END);
  return parts.join('\n');
}
