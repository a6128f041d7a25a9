/**
 * Contract checks, in the style of fast-check's shared contract tests: a vendor passes their own implementation
 * and the check runs it over files generated for the purpose, against receden's invariants. Each throws an
 * Error naming the generated case and what broke (so it fails a test in any framework) and returns the number of
 * cases checked. No fast-check needed: the cases come from receden's seeded generators.
 */
import { bytesEqualTo } from './bytes.js';
import { parse } from '../model/parse.js';
import type { ReceFile } from '../model/file.js';
import { amountTotals, computeTotals } from '../model/totals.js';
import { payerOfInsurer } from '../resubmit/corrections.js';
import { KINDS, recordIn } from '../spec/kinds.js';
import type { KindDef } from '../spec/types.js';
import { validate } from '../validate/index.js';
import { GENERATED_KINDS, PAYER_MIXES, payerOfMix, type GeneratedKind } from './files.js';
import { generateFile, reclaimDates, RETURN_KINDS, returnFileKinds, type GeneratedFile, type GenerateOptions } from './returns.js';

export interface ContractOptions {
  /** Generated cases. @defaultValue 30 */
  readonly numRuns?: number;
  /** @defaultValue 1 */
  readonly seed?: number;
  /** The claim kinds to generate (default: every kind the check applies to). */
  readonly kinds?: readonly GeneratedKind[];
}

/** A contract broken: which generated case, and why. */
export class ContractError extends Error {
  constructor(
    readonly contract: string,
    readonly options: GenerateOptions,
    readonly problem: string,
  ) {
    super(`${contract}: ${problem}\n  on the file generateFile(${JSON.stringify(options)})`);
    this.name = 'ContractError';
  }
}

/** The cases of a contract: kinds × file kinds × mixes × 和暦, drawn by seed (a SAH of a kind without one: its HEN). */
function cases(options: ContractOptions, kinds: readonly GeneratedKind[], fileKinds: readonly ('UKE' | 'HEN' | 'SAH' | 'reclaim')[]): GenerateOptions[] {
  const out: GenerateOptions[] = [];
  const n = options.numRuns ?? 30;
  const seed = options.seed ?? 1;
  for (let i = 0; i < n; i++) {
    const claimKind = kinds[i % kinds.length]!;
    const drawn = fileKinds[Math.floor(i / kinds.length) % fileKinds.length]!;
    const fk = drawn === 'SAH' && !returnFileKinds(claimKind).includes('SAH') ? 'HEN' : drawn;
    const payer = hasPayer(KINDS[claimKind]) && i % 3 === 2 ? '2' : '1';
    const wareki = i % 5 === 4 && KINDS[claimKind].editions.some((e) => e.dates === 'wareki');
    out.push({
      claimKind,
      seed: seed + i,
      receipts: 1 + (i % 4),
      ...(hasPayer(KINDS[claimKind]) ? { payer, mixes: PAYER_MIXES.filter((m) => !payerOfMix(m) || payerOfMix(m) === payer) } : {}),
      ...(wareki ? { dates: 'wareki' as const } : {}),
      ...(fk === 'reclaim' ? { reclaim: true } : { fileKind: fk }),
      ...(fk === 'HEN' || fk === 'reclaim' ? { returnCategory: String(1 + (i % 3)), historyDepth: 1 + (i % 2) } : fk === 'SAH' ? { returnCategory: String(4 + (i % 6)) } : {}),
    });
  }
  return out;
}

/** Whether a kind's claims go to a 審査支払機関 named in the header (労災: no; its IR #2 is 予備). */
function hasPayer(kind: KindDef): boolean {
  return recordIn(kind, kind.structure.header)?.fields.some((f) => f.key === 'payer') ?? false;
}

/**
 * `writer(reader(bytes))` gives the bytes back, byte for byte, for generated files of every kind and file kind
 * (claims, re-claims, HEN, SAH; 和暦 and 西暦; every payer mix).
 */
export function roundTripContract<M>(reader: (bytes: Uint8Array) => M, writer: (model: M) => Uint8Array, options: ContractOptions = {}): number {
  const all = cases(options, options.kinds ?? GENERATED_KINDS, ['UKE', 'HEN', 'SAH', 'reclaim']).map((o) => (RETURN_KINDS.includes(o.claimKind!) ? o : { ...o, reclaim: undefined, fileKind: 'UKE' as const, returnCategory: undefined, historyDepth: undefined }));
  for (const o of all) {
    const g = generateFile(o);
    let out: Uint8Array;
    try {
      out = writer(reader(g.bytes));
    } catch (e) {
      throw new ContractError('roundTripContract', o, `the reader or the writer threw: ${String((e as Error)?.message ?? e)}`);
    }
    const at = bytesEqualTo(g.bytes, out);
    if (at !== -1) throw new ContractError('roundTripContract', o, `the bytes written differ from the bytes read, first at byte ${at} (line ${lineAt(g.bytes, at)}; ${g.bytes.length} bytes read, ${out.length} written)`);
  }
  return all.length;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, bytes.length); i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** What a vendor's resubmission is given: return files (one per 審査支払機関) and the month to claim in. */
export interface ResubmitCase {
  /**
   * Return files (RECEIPTC.HEN / .SAH bytes …) of one facility: one from the 支払基金 (payer 1), one from the 国保連
   * (payer 2); 労災 (no payers): one RRECEC.HEN.
   */
  readonly returns: readonly Uint8Array[];
  readonly fileNames: readonly string[];
  /** 請求年月 of the resubmission (YYYYMM). */
  readonly billingMonth: string;
  /**
   * Kinds re-claimed by reception number (労災): the claim files the returned receipts were first sent in (their
   * IR and RS give the re-claim's facility fields; receden's `resubmit({ claimed })`), with their names.
   */
  readonly claimed?: readonly Uint8Array[];
  readonly claimedFileNames?: readonly string[];
  /** Kinds re-claimed by reception number (労災): the day the re-claim is sent, YYYYMMDD (RS 請求書提出年月日). */
  readonly submissionDate?: string;
}

/**
 * A vendor's resubmission (returns in, claim files out — one per 審査支払機関) keeps receden's invariants, for
 * generated returns of every kind resubmitted online (医科, 歯科, 調剤, DPC: 一次請求返戻 and 再審査等返戻; 訪問看護:
 * 一次請求返戻 — its 再審査 returns are re-claimed on paper; 労災: RRECEC.HEN, re-claimed by 電算処理受付番号 in
 * RRECnn00.UKS, with `claimed` and `submissionDate`), to both payers where the kind has them:
 * - every returned receipt is claimed again exactly once, with its 検索番号 carried (RE 検索番号 = the return's;
 *   労災 RE 電算処理受付番号);
 * - its 履歴管理ブロック is written back byte for byte (労災: none, so none is written);
 * - the trailer is recomputed: GO 総件数 and 総合計点数 are those of the receipts in that file (kinds that total
 *   by payer), 労災 RS 請求金額 and 内訳書添付枚数 those of its RR 合計額 (訪問看護 GO has no totals);
 * - payers are never mixed: each file goes to one 審査支払機関 (its IR), and holds only receipts of that payer;
 * - each file validates with no error under receden's resubmission preset.
 */
export function resubmissionContract(resubmitFn: (c: ResubmitCase) => readonly Uint8Array[], options: ContractOptions = {}): number {
  const n = options.numRuns ?? 20;
  const kinds = options.kinds ?? RETURN_KINDS.filter((k) => KINDS[k].resubmission);
  for (let i = 0; i < n; i++) {
    const claimKind = kinds[i % kinds.length]!;
    const kind = KINDS[claimKind];
    // A SAH only where the kind resubmits one online (訪問看護 SAH: on paper; 労災: no SAH).
    const sah = i % 2 === 1 && returnFileKinds(claimKind).includes('SAH') && !kind.resubmission?.onPaper?.includes('SAH');
    const base: GenerateOptions = { claimKind, seed: (options.seed ?? 1) + i, receipts: 1 + (i % 3), fileKind: sah ? 'SAH' : 'HEN', returnCategory: sah ? String(4 + (i % 6)) : String(1 + (i % 3)), historyDepth: 1 + (i % 2) };
    const payers = hasPayer(kind) ? (['1', '2'] as const) : [undefined];
    const optionsOf = (payer: '1' | '2' | undefined): GenerateOptions => (payer ? { ...base, payer, mixes: PAYER_MIXES.filter((m) => !payerOfMix(m) || payerOfMix(m) === payer) } : base);
    const files = payers.map((payer) => generateFile(optionsOf(payer)));
    // 労災: the claim files the receipts were first sent in — the first claims of the same options.
    const byNumber = kind.resubmission?.mode === 'reception-number';
    const claimed = byNumber ? payers.map((payer) => generateFile({ ...optionsOf(payer), fileKind: 'UKE' })) : [];
    const { billingMonth, submissionDate } = reclaimDates(files[0]!.file.header?.get('billingMonth') ?? claimed[0]?.file.header?.get('billingMonth') ?? '');
    const c: ResubmitCase = {
      returns: files.map((f) => f.bytes),
      fileNames: files.map((f) => f.fileName),
      billingMonth,
      ...(byNumber ? { claimed: claimed.map((f) => f.bytes), claimedFileNames: claimed.map((f) => f.fileName), submissionDate } : {}),
    };
    const fail = (problem: string) => new ContractError('resubmissionContract', base, problem);
    let outs: readonly Uint8Array[];
    try {
      outs = resubmitFn(c);
    } catch (e) {
      throw fail(`the resubmission threw: ${String((e as Error)?.message ?? e)}`);
    }
    checkResubmissionOutputs(files, outs.map((b) => parse(b, { claimKind })), fail);
  }
  return n;
}

function checkResubmissionOutputs(returns: readonly GeneratedFile[], outs: readonly ReceFile[], fail: (p: string) => Error): void {
  const wanted = new Map<string, { payer: string; history: Uint8Array }>();
  for (const g of returns) for (const r of g.file.receipts) wanted.set(r.searchNumber, { payer: g.file.header?.get('payer') ?? '', history: r.historyBytes() });
  const seen = new Set<string>();
  outs.forEach((f, k) => {
    const name = `output ${k + 1}`;
    if (f.kind !== 'UKE') throw fail(`${name} is not a claim file (read as ${f.kind})`);
    const payer = f.header?.get('payer') ?? '';
    for (const r of f.receipts) {
      const sn = r.searchNumber;
      const w = wanted.get(sn);
      if (!w) throw fail(`${name}, receipt ${r.index + 1}: 検索番号 ${sn ? sn : '(empty)'} is not one of the returned receipts' (the 検索番号 must be carried)`);
      if (seen.has(sn)) throw fail(`${name}: the receipt of 検索番号 ${sn} is claimed twice`);
      seen.add(sn);
      if (w.payer !== payer) throw fail(`${name} (審査支払機関 ${payer}): the receipt of 検索番号 ${sn} was returned by payer ${w.payer} — payers must not be mixed`);
      for (const ho of r.claim.filter((x) => x.id === 'HO')) {
        const p = payerOfInsurer(ho.get('insurerNumber') ?? '');
        if (p && p !== payer) throw fail(`${name} (審査支払機関 ${payer}): receipt ${r.index + 1} has a 保険者番号 of payer ${p} — payers must not be mixed`);
      }
      const at = bytesEqualTo(w.history, r.historyBytes());
      if (at !== -1) throw fail(`${name}, receipt ${r.index + 1} (検索番号 ${sn}): the 履歴管理ブロック is not the return's byte for byte (first difference at byte ${at} of the block)`);
    }
    checkTrailer(f, name, fail);
    const errors = validate(f, { preset: 'resubmission' }).filter((d) => d.severity === 'error');
    if (errors.length > 0) throw fail(`${name}: ${errors.length} validation error(s), first ${errors[0]!.code} at line ${errors[0]!.line ?? '-'}`);
  });
  for (const sn of wanted.keys()) if (!seen.has(sn)) throw fail(`the receipt of 検索番号 ${sn} is not claimed again`);
}

/** The trailer recomputed by the kind's totals rule: GO by payer, 労災 RS in yen (AmountsDef), 訪問看護 none. */
function checkTrailer(f: ReceFile, name: string, fail: (p: string) => Error): void {
  const kind = KINDS[f.claimKind === 'unknown' ? 'ika' : f.claimKind];
  const t = f.trailer;
  if (kind.totals === 'payers') {
    const totals = computeTotals(f.receipts, kind.structure);
    if (t?.get('totalCount') !== String(totals.totalCount) || t?.get('totalPoints') !== String(totals.totalPoints)) {
      throw fail(`${name}: the trailer says ${t?.get('totalCount')} / ${t?.get('totalPoints')}, its receipts add up to ${totals.totalCount} / ${totals.totalPoints} (GO must be recomputed)`);
    }
  } else if (kind.amounts) {
    const k = kind.amounts.trailerKeys;
    const sums = amountTotals(f.receipts, kind.amounts);
    const [amount, count] = [t?.get(k.amount as never), t?.get(k.count as never)];
    if (amount !== String(sums.amount) || count !== String(sums.count)) {
      throw fail(`${name}: the trailer says ${amount} / ${count}, its receipts add up to ${sums.amount} / ${sums.count} (${t?.id ?? 'the trailer'} must be recomputed)`);
    }
  }
}
