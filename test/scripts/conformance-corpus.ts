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
import { KINDS } from '../../src/spec/kinds.js';
import type { ClaimKind } from '../../src/spec/types.js';
import { decodeSjis } from '../../src/codec/sjis.js';
import { encodeLines, GENERATED_KINDS, type GeneratedKind } from '../../src/testing/files.js';
import { generateFile, returnFileKinds, type GenerateOptions } from '../../src/testing/returns.js';
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

/** Boundary cases (医科). */
function edge(): Item[] {
  const kind = 'ika' as const;
  const out: Item[] = [];
  const add = (name: string, description: string, bytes: Uint8Array, extra: Partial<Item> = {}) => out.push({ kind, category: 'edge', name, bytes, description, ...extra });
  const g = (o: GenerateOptions) => generateFile({ seed: 21, receipts: 2, mixes: ['shaho'], ...o });
  add('search-number-30.HEN', '30-digit 検索番号 (the longest)', g({ fileKind: 'HEN', searchNumberDigits: 30 }).bytes, { resubmit: true });
  add('search-number-17.HEN', '17-digit 検索番号 (the shortest)', g({ fileKind: 'HEN', searchNumberDigits: 17 }).bytes, { resubmit: true });
  add('kokuho-6-digit.UKE', '6-digit 国保 保険者番号, right-aligned after two spaces', g({ payer: '2', mixes: ['kokuho', 'kokuho+kohi'] }).bytes);
  // Maximum byte lengths: 氏名 20 full-width (40 bytes), 医療機関名称 40 bytes, カタカナ（氏名） at its width.
  const base = g({ receipts: 1 });
  const lines = linesOf(base.bytes).map((l) => l.split(','));
  const def = (id: string, key: string) => KINDS.ika.records[id]!.fields.findIndex((f) => f.key === key);
  const max = (id: string, key: string) => KINDS.ika.records[id]!.fields[def(id, key)]!.maxBytes;
  lines[0]![def('IR', 'facilityName')] = '医'.repeat(max('IR', 'facilityName') / 2);
  lines[1]![def('RE', 'patientName')] = '山'.repeat(max('RE', 'patientName') / 2);
  lines[1]![def('RE', 'patientNameKana')] = 'ア'.repeat(max('RE', 'patientNameKana') / 2);
  add('max-bytes.UKE', 'fields at their maximum byte length (IR 医療機関名称, RE 氏名, カタカナ（氏名）)', encodeLines(lines.map((l) => l.join(','))));
  // A 診療識別 followed by 98 摘要 records without one: the longest run allowed (99 is structure/category-run).
  {
    const ls = linesOf(base.bytes);
    const si = ls.findLastIndex((l) => l.startsWith('SI,'));
    const f = ls[si]!.split(',');
    const points = f[5]!;
    f[5] = '';
    const run = Array.from({ length: 98 }, (_, i) => {
      const c = [...f];
      c[1] = '';
      c[5] = i === 97 ? points : '';
      return c.join(',');
    });
    ls.splice(si, 1, f.join(','), ...run);
    add('run-98.UKE', 'a 診療識別 followed by 98 records without one (the longest run allowed)', encodeLines(ls));
  }
  // Multi-volume: two volumes of one claim (IR 00 / GO 01 without totals, IR 01 / GO 99).
  const four = linesOf(g({ receipts: 4 }).bytes);
  const cut = four.findIndex((l, i) => l.startsWith('RE,3,') && i > 0);
  const ir = four[0]!.split(',');
  const v2 = [...ir];
  v2[8] = '01';
  add('multi-volume-1.UKE', 'multi-volume claim, first volume (IR 00, GO 01 without totals)', encodeLines([four[0]!, ...four.slice(1, cut), 'GO,,,01']));
  add('multi-volume-2.UKE', 'multi-volume claim, final volume (IR 01, GO 99; レセプト番号 continue)', encodeLines([v2.join(','), ...four.slice(cut)]));
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
  const items = [...GENERATED_KINDS.flatMap(valid), ...edge(), ...invalid()];
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
      const billingMonth = nextMonth(file.header?.get('billingMonth') ?? claimed?.header?.get('billingMonth') ?? '202501');
      // 労災: the day the re-claim is sent, in the month after the resubmission's (after the first claim's RS date).
      const submissionDate = claimed ? `${nextMonth(billingMonth)}10` : undefined;
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

function nextMonth(ym: string): string {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(4, 6));
  return /^[0-9]{6}$/.test(ym) ? (m === 12 ? `${y + 1}01` : `${y}${String(m + 1).padStart(2, '0')}`) : '202501';
}
