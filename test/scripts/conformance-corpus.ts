/**
 * The conformance corpus (conformance/), built deterministically from receden's generators: per claim kind,
 * `valid/` (generated files of every file kind), `edge/` (boundary cases) and `invalid/` (one file per rule of the
 * rule table, from its corruption), each with a JSON sidecar of the diagnostics receden reports — and, for returns,
 * the resubmission receden writes from it. `npm run conformance` writes it; a test checks that the committed corpus is
 * exactly what this produces.
 */
import { parse } from '../../src/model/parse.js';
import { validate, resolvePreset } from '../../src/validate/index.js';
import { resubmit } from '../../src/resubmit/index.js';
import { KINDS, recordIn } from '../../src/spec/kinds.js';
import type { ClaimKind } from '../../src/spec/types.js';
import { decodeSjis } from '../../src/codec/sjis.js';
import { encodeLines, GENERATED_KINDS, type GeneratedKind } from '../../src/testing/files.js';
import { generateFile, reclaimDates, RETURN_KINDS, returnFileKinds, searchNumberMax, type GenerateOptions } from '../../src/testing/returns.js';
import { corrupt, corruptionKind, CORRUPTIBLE_RULES } from '../../src/testing/corrupt.js';
import type { PresetId } from '../../src/validate/types.js';
import { RULES } from '../../src/validate/index.js';
import { conformanceDiagnostics, type CorpusEntry, type CorpusIndex, type Sidecar } from '../../src/testing/conformance.js';

export interface CorpusFile {
  /** Path under conformance/. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

const text = (s: string) => new TextEncoder().encode(s);

/** The text lines of a generated file (CR LF and EOF dropped). */
function linesOf(bytes: Uint8Array): string[] {
  const body = bytes[bytes.length - 1] === 0x1a ? bytes.subarray(0, -1) : bytes;
  return decodeSjis(body).split('\r\n').slice(0, -1);
}

interface Item {
  readonly kind: GeneratedKind;
  readonly category: 'valid' | 'edge' | 'invalid';
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly description: string;
  readonly preset?: PresetId;
  readonly rule?: string;
  /** A return: write its resubmission beside it. */
  readonly resubmit?: boolean;
  /** A return re-claimed by reception number (労災): the claim file its receipts were first sent in, written beside it. */
  readonly claimed?: Uint8Array;
}

/** What a return's resubmission takes besides it: 労災 (reception-number mode) its first claim (the same options, UKE). */
function claimedOf(o: GenerateOptions, fileKind: string): Pick<Item, 'resubmit' | 'claimed'> {
  if (fileKind === 'UKE') return {};
  const byNumber = KINDS[o.claimKind ?? 'ika'].resubmission?.mode === 'reception-number';
  return { resubmit: true, ...(byNumber ? { claimed: generateFile({ ...o, fileKind: 'UKE', reclaim: false }).bytes } : {}) };
}

/** The facility data the resubmissions are written with (a return's HI has neither name nor phone). */
const FACILITY = { name: 'テスト医院', phone: '03-0000-0000' } as const;

const EXT = { UKE: 'UKE', HEN: 'HEN', SAH: 'SAH', unknown: 'UKE' } as const;

function valid(kind: GeneratedKind): Item[] {
  const out: Item[] = [];
  const add = (name: string, description: string, o: GenerateOptions) => {
    const options: GenerateOptions = { claimKind: kind, seed: 11, receipts: 3, ...o };
    const g = generateFile(options);
    out.push({ kind, category: 'valid', name: `${name}.${EXT[g.fileKind]}`, bytes: g.bytes, description, ...claimedOf(options, g.fileKind) });
  };
  add('claim', `${KINDS[kind].nameEn} first claims, the default payer mixes`, {});
  if (kind !== 'rosai') {
    add('claim-payer-2', `${KINDS[kind].nameEn} first claims to the 国保連 (国保, 後期, 公費 mixes)`, { payer: '2', receipts: 5 });
    add('claim-every-mix', `${KINDS[kind].nameEn} first claims of every 社保 and 公費 mix`, { mixes: ['shaho', 'shaho+kohi', 'shaho+kohi+kohi', 'kohi', 'kohi+kohi'], receipts: 5 });
  }
  if (KINDS[kind].editions.some((e) => e.dates === 'wareki')) add('claim-wareki', `${KINDS[kind].nameEn} first claims in 和暦 (the kind's 和暦 edition)`, { dates: 'wareki' });
  const ret = KINDS[kind].returns;
  if (ret) {
    const [hen] = ret.fileNames;
    if (ret.history) add('reclaim', 're-claims with their history blocks', { reclaim: true });
    else add('reclaim', `re-claims (${KINDS[kind].resubmission?.fileName ?? 'UKE'}): RE with the payer's number, no history block`, { reclaim: true });
    add('return-hen', ret.reasons ? '一次請求返戻 (返戻区分 2)' : `return (${hen}): the receipts as claimed, RE with the payer's number`, { fileKind: 'HEN', returnCategory: '2' });
    if (returnFileKinds(kind).includes('SAH')) add('return-sah', '再審査等返戻 (返戻区分 5, MN/MD/MK in the history)', { fileKind: 'SAH', returnCategory: '5' });
    if (ret.history) add('return-hen-depth-2', '一次請求返戻 of receipts claimed twice (two rounds in the history)', { fileKind: 'HEN', historyDepth: 2 });
  }
  return out;
}

/**
 * Boundary cases of a kind, each where the kind has what it tests (read from its descriptor): the longest and shortest
 * 検索番号 (kinds with returns; 労災's 電算処理受付番号 is at most 20), a 6-digit 国保 保険者番号 (kinds with HO), fields at
 * their maximum byte length, the longest run of 摘要 records without 診療識別 (kinds with that limit), a claim in two
 * volumes (kinds whose header and trailer carry マルチボリューム識別情報 and whose trailer totals by payer: not 訪問看護,
 * whose files are one volume [OFFICIAL], nor 労災, whose non-final RS is not known), and the EOF byte and line ends.
 */
function edge(kind: GeneratedKind): Item[] {
  const k = KINDS[kind];
  const out: Item[] = [];
  const add = (name: string, description: string, bytes: Uint8Array, extra: Partial<Item> = {}) => out.push({ kind, category: 'edge', name, bytes, description, ...extra });
  const options = (o: GenerateOptions): GenerateOptions => ({ claimKind: kind, seed: 21, receipts: 2, mixes: ['shaho'], ...o });
  const g = (o: GenerateOptions) => generateFile(options(o));
  const at = (id: string, key: string) => recordIn(k, id)?.fields.findIndex((f) => f.key === key) ?? -1;
  if (RETURN_KINDS.includes(kind)) {
    const max = searchNumberMax(kind);
    for (const [digits, what] of [[max, 'the longest'], [17, 'the shortest']] as const) {
      const o = options({ fileKind: 'HEN', searchNumberDigits: digits });
      add(`search-number-${digits}.HEN`, `${digits}-digit 検索番号 (${what}${max < 30 && digits === max ? `: ${recordIn(k, 'RE')!.fields[at('RE', 'searchNumber')]!.name} is 英数 ${max}` : ''})`, generateFile(o).bytes, claimedOf(o, 'HEN'));
    }
  }
  if (recordIn(k, 'HO')) add('kokuho-6-digit.UKE', '6-digit 国保 保険者番号, right-aligned after two spaces', g({ payer: '2', mixes: ['kokuho', 'kokuho+kohi'] }).bytes);
  // Maximum byte lengths: 漢字 fields at their width in full-width characters (the header's and, 歯科, each receipt's IR
  // 医療機関名称; RE 氏名 and カタカナ（氏名）), where the kind has them.
  const base = g({ receipts: 1 });
  const lines = linesOf(base.bytes).map((l) => l.split(','));
  const widest: [readonly string[], string, string][] = [
    [[k.structure.header, ...(k.structure.receiptHeader ? [k.structure.receiptHeader] : [])], 'facilityName', '医'],
    [['RE'], 'patientName', '山'],
    [['RE'], 'patientNameKana', 'ア'],
  ];
  const set: string[] = [];
  for (const [ids, key, ch] of widest) {
    for (const id of ids) {
      const i = at(id, key);
      if (i < 0) continue;
      const f = recordIn(k, id)!.fields[i]!;
      lines.forEach((l, n) => {
        if (l[0] === id && (n === 0 || id !== k.structure.header)) l[i] = ch.repeat(f.maxBytes / 2);
      });
      if (!set.includes(`${id} ${f.name}`)) set.push(`${id} ${f.name}`);
    }
  }
  add('max-bytes.UKE', `fields at their maximum byte length (${set.join(', ')})`, encodeLines(lines.map((l) => l.join(','))));
  // A 診療識別 followed by the longest run of 摘要 records without one (one more is structure/category-run).
  const run = k.structure.practiceRun;
  if (run) {
    const ls = linesOf(base.bytes);
    const si = ls.findLastIndex((l) => run.ids.includes(l.slice(0, 2)) && l.split(',')[at(l.slice(0, 2), 'practiceCategory')] !== '');
    const id = ls[si]!.slice(0, 2);
    const f = ls[si]!.split(',');
    const price = at(id, 'points');
    const points = f[price]!;
    f[price] = '';
    const copies = Array.from({ length: run.limit }, (_, i) => {
      const c = [...f];
      c[at(id, 'practiceCategory')] = '';
      c[price] = i === run.limit - 1 ? points : '';
      return c.join(',');
    });
    ls.splice(si, 1, f.join(','), ...copies);
    add(`run-${run.limit}.UKE`, `a 診療識別 followed by ${run.limit} records without one (the longest run allowed)`, encodeLines(ls));
  }
  // Multi-volume: two volumes of one claim (header 00 / trailer 01 without totals, header 01 / trailer 99).
  const hv = at(k.structure.header, 'volume');
  const tv = at(k.structure.trailer, 'volume');
  if (hv > 0 && tv > 0 && k.totals === 'payers') {
    const four = linesOf(g({ receipts: 4 }).bytes);
    const head = k.structure.receiptHeader ?? 'RE';
    const cut = four.map((l, i) => (i > 0 && l.startsWith(`${head},`) ? i : -1)).filter((i) => i > 0)[2]!;
    const v2 = four[0]!.split(',');
    v2[hv] = '01';
    const trailer = recordIn(k, k.structure.trailer)!.fields.map((f, i) => (i === 0 ? k.structure.trailer : i === tv ? '01' : ''));
    const [h, t] = [k.structure.header, k.structure.trailer];
    add('multi-volume-1.UKE', `multi-volume claim, first volume (${h} 00, ${t} 01 without totals)`, encodeLines([four[0]!, ...four.slice(1, cut), trailer.join(',')]));
    add('multi-volume-2.UKE', `multi-volume claim, final volume (${h} 01, ${t} 99; レセプト番号 continue)`, encodeLines([v2.join(','), ...four.slice(cut)]));
  }
  const plain = g({});
  add('eof-present.UKE', 'the EOF byte 0x1A after the last CR LF', plain.bytes);
  add('eof-absent.UKE', 'no EOF byte (eof/missing, information)', plain.bytes.subarray(0, plain.bytes.length - 1));
  // CR dropped before every LF (a Shift_JIS trail byte is never 0x0D).
  add('lf-only.UKE', 'LF-only line ends (line/lf-only, a warning)', plain.bytes.filter((b, i, all) => !(b === 0x0d && all[i + 1] === 0x0a)));
  return out;
}

function invalid(): Item[] {
  return CORRUPTIBLE_RULES.map((rule) => {
    const c = corrupt(rule, { seed: 1, receipts: 2 });
    const ext = c.fileName.slice(c.fileName.lastIndexOf('.') + 1).replace('CYO', 'UKE');
    return { kind: corruptionKind(rule), category: 'invalid', name: `${rule.replace('/', '--')}.${ext}`, bytes: c.bytes, description: c.description, preset: c.preset, rule } satisfies Item;
  });
}

/** Every file of the corpus, index.json and the sidecars included, in a fixed order. */
export function buildCorpus(): CorpusFile[] {
  const items = [...GENERATED_KINDS.flatMap(valid), ...GENERATED_KINDS.flatMap(edge), ...invalid()];
  const files: CorpusFile[] = [];
  const entries: CorpusEntry[] = [];
  for (const it of items) {
    const path = `${it.kind}/${it.category}/${it.name}`;
    const file = parse(it.bytes, { fileName: it.name });
    const preset = it.preset ?? resolvePreset(file);
    const sidecar: Sidecar = {
      file: it.name,
      claimKind: file.claimKind as ClaimKind,
      fileKind: file.kind,
      category: it.category,
      description: it.description,
      preset,
      ...(it.rule ? { rule: it.rule } : {}),
      diagnostics: conformanceDiagnostics(validate(file, { preset })),
    };
    let resubmission: string | undefined;
    if (it.resubmit) {
      const claimed = it.claimed ? parse(it.claimed, { fileName: `${it.name}.claimed.UKE` }) : undefined;
      const dates = reclaimDates(file.header?.get('billingMonth') ?? claimed?.header?.get('billingMonth') ?? '202501');
      const billingMonth = dates.billingMonth;
      // 労災: the day the re-claim is sent, in the month after the resubmission's (after the first claim's RS date).
      const submissionDate = claimed ? dates.submissionDate : undefined;
      const r = resubmit({ returns: [file], billingMonth, facility: FACILITY, ...(claimed ? { claimed: [claimed], submissionDate } : {}) });
      const out = r.outputs[0];
      if (!r.ok || r.outputs.length !== 1 || !out?.bytes) throw new Error(`conformance: ${path} does not resubmit cleanly`);
      resubmission = `${it.name}.resubmission.UKE`;
      files.push({ path: `${it.kind}/${it.category}/${resubmission}`, bytes: out.bytes });
      if (it.claimed) files.push({ path: `${it.kind}/${it.category}/${it.name}.claimed.UKE`, bytes: it.claimed });
      Object.assign(sidecar, { resubmission: { file: resubmission, payer: out.payer, billingMonth, facilityName: FACILITY.name, phone: FACILITY.phone, ...(claimed ? { claimed: `${it.name}.claimed.UKE`, submissionDate } : {}) } });
    }
    files.push({ path, bytes: it.bytes });
    files.push({ path: `${path}.json`, bytes: text(JSON.stringify(sidecar, null, 2) + '\n') });
    entries.push({ path, sidecar: `${path}.json`, claimKind: sidecar.claimKind, fileKind: sidecar.fileKind, category: it.category, preset, ...(it.rule ? { rule: it.rule } : {}), ...(resubmission ? { resubmission: `${it.kind}/${it.category}/${resubmission}` } : {}) });
  }
  const ruleIds = RULES.map((r) => r.id);
  const index: CorpusIndex = { version: 1, rules: ruleIds, files: entries };
  files.push({ path: 'index.json', bytes: text(JSON.stringify(index, null, 2) + '\n') });
  return files;
}
