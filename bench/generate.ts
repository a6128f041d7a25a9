/**
 * Deterministic generator of realistic synthetic 医科 claim files (RECEIPTC.UKE) and return files
 * (RECEIPTC.HEN) for the benchmark. Same seed and size → same bytes, on any machine.
 *
 * The mix follows the sample files and the spec notes (claim-records.md §1, §6; return-files.md
 * §2.5, §4): IR; per receipt RE (kanji, kana and half-width kana names), HO, 0–2 KO, SN, 1–8 SY
 * (some 未コード化傷病名 in kanji), then many SI/IY/TO/CO lines (外来 10–40, 入院 80–400), GO with
 * totals that add up. The HEN variant has HI, one or two HR per receipt with kanji reasons, and a
 * 履歴管理ブロック (prefixed copy of the claim, prefixed HR, RC), then HG.
 *
 * Output is written as it is produced, so generating 1 GB stays memory-flat.
 *
 *   npx tsx bench/generate.ts --size 100 --kind UKE --seed 1 [--out path]
 */
import { createWriteStream, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeSjis } from '../src/codec/sjis.js';
import { BURDEN_PAYERS } from '../src/spec/ika/codes.js';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

/** File name of a generated file. */
export function dataFile(kind: 'UKE' | 'HEN', sizeMB: number, seed: number): string {
  return join(DATA_DIR, `ika-${sizeMB}mb-s${seed}.${kind}`);
}

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES: [string, string][] = [
  ['佐藤', 'サトウ'], ['鈴木', 'スズキ'], ['高橋', 'タカハシ'], ['田中', 'タナカ'], ['伊藤', 'イトウ'], ['渡辺', 'ワタナベ'],
  ['山本', 'ヤマモト'], ['中村', 'ナカムラ'], ['小林', 'コバヤシ'], ['加藤', 'カトウ'], ['吉田', 'ヨシダ'], ['山田', 'ヤマダ'],
  ['佐々木', 'ササキ'], ['山口', 'ヤマグチ'], ['松本', 'マツモト'], ['井上', 'イノウエ'], ['木村', 'キムラ'], ['林', 'ハヤシ'],
  ['清水', 'シミズ'], ['森', 'モリ'], ['石原', 'イシハラ'], ['川野', 'カワノ'], ['大西', 'オオニシ'], ['森田', 'モリタ'],
];
const GIVEN: [string, string][] = [
  ['太郎', 'タロウ'], ['花子', 'ハナコ'], ['一郎', 'イチロウ'], ['由美子', 'ユミコ'], ['健一', 'ケンイチ'], ['誠', 'マコト'],
  ['さくら', 'サクラ'], ['浩二', 'コウジ'], ['美香', 'ミカ'], ['翔太', 'ショウタ'], ['陽子', 'ヨウコ'], ['大輔', 'ダイスケ'],
  ['恵子', 'ケイコ'], ['博', 'ヒロシ'], ['直美', 'ナオミ'], ['修', 'オサム'],
];
const HALF_KANA = ['ｷｷﾝ ﾊﾅｺ', 'ﾔﾏﾀﾞ ﾀﾛｳ', 'ｽｽﾞｷ ｲﾁﾛｳ', 'ﾀﾅｶ ﾕﾐｺ'];
const DISEASES = ['潰瘍性大腸炎', '高血圧症', '２型糖尿病', '急性上気道炎', '腰痛症', '骨粗鬆症', '慢性胃炎', '脂質異常症', '気管支喘息', '変形性膝関節症', '逆流性食道炎', 'アレルギー性鼻炎'];
const DISEASE_CODES = ['8833421', '4659007', '2500013', '5559001', '8848176', '4011004', '2720004', '4939004', '7224008'];
const COMMENTS = ['疼痛時', '手術前内服', '１日５回　右眼', '１日３回毎食後', '就寝前', '皮下注射　０－０－２０', '検査結果を確認のため', '発熱時　３８度以上', '朝食後', '入院中の経過観察'];
const REASONS = ['保険者において該当者なし。資格を確認のうえ請求してください。', '検査の算定根拠が不明のため返戻します。', '投与日数について確認を求めます。', '医療券の受給者番号が確認できません。'];
const SUPPLEMENTS = ['被保険者証の記号・番号を確認してください。', '症状詳記を添付のうえ再請求してください。', ''];
const FW_DIGITS = '０１２３４５６７８９';

const SI_GROUPS = ['11', '12', '13', '14', '40', '50', '60', '70', '80'];
const IY_GROUPS = ['21', '22', '23', '31', '32', '33'];
/** 12 再診 is 入院外 only (別表20; code/setting). */
const SI_GROUPS_INPATIENT = SI_GROUPS.filter((g) => g !== '12');

interface Ctx {
  r: () => number;
  int(min: number, max: number): number;
  pick<T>(a: readonly T[]): T;
  digits(n: number): string;
}

function ctx(seed: number): Ctx {
  const r = rng(seed);
  const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1));
  return {
    r,
    int,
    pick: (a) => a[Math.floor(r() * a.length)]!,
    digits: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String.fromCharCode(48 + int(0, 9));
      return s;
    },
  };
}

/** 検証番号 of a 保険者番号 / 公費負担者番号 body (weights 2,1,2,… from the right; products folded). */
function withCheckDigit(body: string): string {
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = 3 - w) {
    const p = (body.charCodeAt(i) - 48) * w;
    sum += p >= 10 ? p - 9 : p;
  }
  return body + String((10 - (sum % 10)) % 10);
}

function fullWidth(n: string): string {
  let s = '';
  for (const c of n) s += FW_DIGITS[c.charCodeAt(0) - 48]!;
  return s;
}

/** 31 day columns: `times` spread over days, as the sample files do. */
function days(c: Ctx, times: number): string[] {
  const d = new Array<string>(31).fill('');
  let left = times;
  let day = c.int(0, 20);
  while (left > 0) {
    const k = Math.min(left, c.int(1, 2));
    d[day % 31] = String((Number(d[day % 31]) || 0) + k);
    left -= k;
    day += c.int(1, 4);
  }
  return d;
}

interface Receipt {
  claim: string[];
  points: number;
  hasHo: boolean;
  ko: number;
}

function receipt(c: Ctx, no: number, month: string, inpatient: boolean, searchNumber: string): Receipt {
  const lines: string[] = [];
  const [sn, snKana] = c.pick(SURNAMES);
  const [gn, gnKana] = c.pick(GIVEN);
  const halfKana = c.r() < 0.08;
  const name = halfKana ? c.pick(HALF_KANA) : `${sn}　${gn}`;
  const kana = halfKana ? '' : snKana + gnKana;
  const sex = c.int(1, 2);
  const koCount = c.r() < 0.25 ? c.int(1, 2) : 0;
  const hasHo = koCount === 0 || c.r() < 0.6;
  // レセプト種別: 医科, 医保 (1) or 公費 (2), 単独/併用 count, then 本人/家族… (odd 入院, even 外来).
  // (公費単独・併用 receipts have only 入院 1 / 入院外 2 in the 4th digit: 別表5.)
  const type = hasHo ? `11${koCount + 1}${c.pick(inpatient ? ['1', '5', '7'] : ['2', '6', '8'])}` : `12${koCount}${inpatient ? '1' : '2'}`;
  // 高齢受給者 (4桁目 7/8) are 70–74 in the service month (cross/age-type): born 72 years before it.
  const elderly = type[3] === '7' || type[3] === '8';
  const birthYear = elderly ? Number(month.slice(0, 4)) - 72 : c.int(1950, 2015);
  const birth = `${birthYear}${String(c.int(1, 12)).padStart(2, '0')}${String(c.int(1, 28)).padStart(2, '0')}`;
  const kokuho = hasHo && c.r() < 0.4;
  const admission = inpatient ? `${month}${String(c.int(1, 20)).padStart(2, '0')}` : '';
  const re = ['RE', String(no), type, month, name, String(sex), birth, kokuho ? '70' : '', admission, inpatient ? '01' : '', '', c.r() < 0.1 ? '28' : '', inpatient ? String(c.int(20, 400)) : '', c.digits(5), '', '', '', '', searchNumber, searchNumber ? '50404' : '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', kana, ''];
  lines.push(re.join(','));
  const body: string[] = [];
  // SY: 1–8, some 未コード化傷病名 (0000999 + kanji), some 疑い (8002).
  const sy = c.int(1, 8);
  for (let i = 0; i < sy; i++) {
    const uncoded = c.r() < 0.3;
    const code = uncoded ? '0000999' : c.pick(DISEASE_CODES);
    body.push(['SY', code, `${c.int(2015, 2024)}${String(c.int(1, 12)).padStart(2, '0')}${String(c.int(1, 28)).padStart(2, '0')}`, '1', c.r() < 0.15 ? '8002' : '', uncoded ? c.pick(DISEASES) : '', i === 0 ? '01' : '', ''].join(','));
  }
  // 摘要: 点数・回数算定単位 of SI / IY / TO (CO mixed in), in ascending 診療識別 (structure/practice-order);
  // 診療識別 on the first record of a unit, 点数 on its last, the same 回数 and days on each
  // (record/calc-unit). Each unit's 負担区分 names payers the receipt has (cross/burden-payers), and each
  // payer's 合計点数 is the sum of the units that name it (cross/payer-totals).
  const payers = (hasHo ? '1' : '') + Array.from({ length: koCount }, (_, i) => String(i + 2)).join('');
  const burdens = Object.keys(BURDEN_PAYERS).filter((code) => [...BURDEN_PAYERS[code]!].every((d) => payers.includes(d)));
  const all = burdens.find((code) => BURDEN_PAYERS[code] === payers)!; // every payer: the first unit's, so each has points
  const sums = new Map<string, number>();
  const target = inpatient ? c.int(80, 400) : c.int(10, 40);
  const units: { group: string; kind: number; times: number; size: number; burden: string; p: number }[] = [];
  for (let n = 0; n < target; ) {
    const kind = c.r();
    const times = c.int(1, inpatient ? 20 : 3);
    const size = Math.min(c.int(1, 4), target - n);
    const group = kind < 0.55 ? c.pick(inpatient ? SI_GROUPS_INPATIENT : SI_GROUPS) : kind < 0.9 ? c.pick(IY_GROUPS) : '40';
    const burden = units.length === 0 ? all : c.r() < 0.7 ? all : c.pick(burdens);
    const p = c.int(5, inpatient ? 3000 : 500);
    for (const d of BURDEN_PAYERS[burden]!) sums.set(d, (sums.get(d) ?? 0) + p * times);
    units.push({ group, kind, times, size, burden, p });
    n += size;
  }
  units.sort((x, y) => (x.group < y.group ? -1 : x.group > y.group ? 1 : 0));
  for (const u of units) {
    const d = days(c, u.times);
    for (let k = 0; k < u.size; k++) {
      const last = k === u.size - 1;
      const cat = k === 0 ? u.group : '';
      const pts = last ? String(u.p) : '';
      if (u.kind < 0.55) {
        body.push(['SI', cat, u.burden, `1${c.digits(8)}`, c.r() < 0.1 ? String(c.int(1, 99)) : '', pts, String(u.times), '', '', '', '', '', '', ...d].join(','));
      } else if (u.kind < 0.9) {
        if (k === 0 && c.r() < 0.3) body.push(['CO', cat, u.burden, '810000001', c.pick(COMMENTS)].join(','));
        body.push(['IY', cat, u.burden, `6${c.digits(8)}`, c.r() < 0.2 ? `${c.int(1, 9)}.${c.int(1, 9)}` : String(c.int(1, 30)), pts, String(u.times), '', '', '', '', '', '', ...d].join(','));
      } else {
        body.push(['TO', cat, u.burden, `7${c.digits(8)}`, String(c.int(1, 10)), pts, String(u.times), '001', String(c.int(100, 99999)), '', '', '', '', '', '', '', '', ...d].join(','));
      }
    }
  }
  const points = sums.get(payers[0]!) ?? 0; // the 主保険's 合計点数 (GO 総合計点数)
  if (hasHo) {
    const ins = kokuho ? `  ${withCheckDigit(`${c.int(1, 3)}${c.digits(4)}`)}` : withCheckDigit(`${c.pick(['01', '02', '06', '31', '32', '34'])}13${c.digits(3)}`);
    lines.push(['HO', ins, fullWidth(c.digits(c.int(2, 6))), fullWidth(c.digits(c.int(3, 8))), String(c.int(1, inpatient ? 31 : 6)), String(sums.get('1') ?? 0), '', '', '', '', '', '', '', '', ''].join(','));
  }
  // 公費 in priority order (法別 21 before 54, as 「法別番号及び制度の略称表」 orders them).
  const laws = koCount === 2 ? ['21', '54'] : [c.pick(['21', '54', '81'])];
  for (let i = 0; i < koCount; i++) {
    lines.push(['KO', withCheckDigit(`${laws[i]}13${c.digits(3)}`), c.digits(7), '', String(c.int(1, 6)), String(sums.get(String(i + 2)) ?? 0), String(c.int(0, 3000)), '', '', '', '', ''].join(','));
  }
  // SN belongs to the 医療保険 (HO); a 公費-only receipt has none.
  if (hasHo && c.r() < 0.7) lines.push(['SN', '1', '01', '', '', '', c.pick(['00', '01']), '', ''].join(','));
  lines.push(...body);
  return { claim: lines, points, hasHo, ko: koCount };
}

export interface GenerateOptions {
  readonly kind: 'UKE' | 'HEN';
  /** Target size in bytes (the file ends with the first receipt that reaches it, plus the trailer). */
  readonly bytes: number;
  readonly seed: number;
  readonly out: string;
}

/** Generate one file. Returns its size in bytes. */
export async function generate(o: GenerateOptions): Promise<number> {
  mkdirSync(dirname(o.out), { recursive: true });
  const tmp = `${o.out}.tmp`;
  const ws = createWriteStream(tmp, { highWaterMark: 1 << 20 });
  const c = ctx(o.seed);
  const hen = o.kind === 'HEN';
  let written = 0;
  let batch: string[] = [];
  let batchLen = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const parts: Uint8Array[] = [];
    let n = 0;
    for (const line of batch) {
      const enc = encodeSjis(line, 'strict');
      if (!enc.ok) throw new Error(`generator produced an unencodable character ${enc.failure.codePoint}`);
      parts.push(enc.bytes);
      n += enc.bytes.length + 2;
    }
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
      out[o++] = 0x0d;
      out[o++] = 0x0a;
    }
    batch = [];
    batchLen = 0;
    written += n;
    if (!ws.write(out)) await new Promise<void>((res) => ws.once('drain', () => res()));
  };
  const emit = async (line: string): Promise<void> => {
    batch.push(line);
    batchLen += line.length + 2;
    if (batchLen > 1 << 19) await flush();
  };
  const month = '202411';
  await emit(hen ? 'HI,1,202412,13,1,0512347,,00' : 'IR,1,13,1,0512347,,さくら台総合病院,202412,00,03-5555-0123');
  let no = 0;
  let count = 0;
  let total = 0;
  // Rough size accounting on the text (mostly ASCII, kanji ~2 bytes): stop when the target is reached.
  let approx = 0;
  while (approx < o.bytes) {
    no++;
    const inpatient = c.r() < 0.3;
    const search = hen ? `20241213005123470${String(no).padStart(8, '0')}` : '';
    const r = receipt(c, no, month, inpatient, search);
    count += (r.hasHo ? 1 : 0) + r.ko;
    total += r.points;
    for (const l of r.claim) {
      await emit(l);
      approx += l.length + 2 + (l.charCodeAt(5) > 0x7f ? 20 : 0);
    }
    if (hen) {
      const hrs = c.int(1, 2);
      const hrLines: string[] = [];
      for (let i = 0; i < hrs; i++) {
        const cat = c.pick(['1', '2', '3']);
        hrLines.push(['HR', '202412', cat, c.r() < 0.5 ? c.pick(IY_GROUPS) : '', `L${c.int(1000, 2999)}`, c.pick(REASONS), c.pick(SUPPLEMENTS), '', '', search, '', '', '', ''].join(','));
      }
      for (const l of hrLines) await emit(l);
      let ln = 0;
      for (const l of r.claim) await emit(`1,${++ln},0,${l}`);
      for (const l of hrLines) await emit(`8,${++ln},0,${l}`);
      await emit(`8,${++ln},0,RC,K${c.digits(8)}${String.fromCharCode(65 + c.int(0, 25))}${c.digits(2)}${String.fromCharCode(65 + c.int(0, 25))}`);
      approx = written + batchLen * 1.15;
    } else {
      approx = written + batchLen * 1.15;
    }
  }
  await emit(`${hen ? 'HG' : 'GO'},${count},${total},99`);
  await flush();
  await new Promise<void>((res, rej) => {
    ws.write(new Uint8Array([0x1a]));
    written++;
    ws.end((e?: Error | null) => (e ? rej(e) : res()));
  });
  renameSync(tmp, o.out);
  return written;
}

// ---- CLI ----
if (process.argv[1] && /generate\.[cm]?[tj]s$/.test(process.argv[1]) && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const get = (k: string, d: string) => {
    const i = args.indexOf(k);
    return i >= 0 && args[i + 1] ? args[i + 1]! : d;
  };
  const size = Number(get('--size', '10'));
  const kind = get('--kind', 'UKE') as 'UKE' | 'HEN';
  const seed = Number(get('--seed', '1'));
  const out = get('--out', dataFile(kind, size, seed));
  const t0 = performance.now();
  generate({ kind, bytes: size * 1_000_000, seed, out }).then((n) => {
    const s = (performance.now() - t0) / 1000;
    process.stdout.write(`${out}: ${(n / 1e6).toFixed(1)} MB in ${s.toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
  });
}
