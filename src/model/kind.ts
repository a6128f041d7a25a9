/**
 * Telling the claim kind (医科, 歯科, 調剤, 訪問看護, DPC, 労災) from a file's content.
 *
 * The evidence is the first {@link KIND_WINDOW} lines, read once by both the whole-file parser and the
 * stream splitter (so both always agree, for any chunking):
 * - the header record: UK (歯科), YK (調剤), HM / HH (訪問看護); IR and HI name the 医科 family, HI's
 *   点数表 (3 歯科, 4 調剤) or an IR without 審査支払機関 (労災) narrow it;
 * - records that only one kind defines (歯科 SS / HS, 調剤 SH / CZ / KI …, 訪問看護 IH / KA …, DPC BU /
 *   SB …, 労災 RR / RI …): they decide within the 医科 family, and where there is no header;
 * - without a header or such records, any 医科 record (RE, SI …) means 医科.
 * The file name decides only what the content leaves open. A file none of this settles is `unknown`.
 */
import { CLAIM_KINDS, KINDS } from '../spec/kinds.js';
import type { ClaimKind } from '../spec/types.js';
import { LINE_PREFIXED, lineCodeId } from './record.js';

/** Lines the decision looks at. */
export const KIND_WINDOW = 200;

/** Record ids that exactly one kind has among its claim records → that kind. */
const SIGNATURES: ReadonlyMap<string, ClaimKind> = (() => {
  const owners = new Map<string, ClaimKind[]>();
  for (const k of CLAIM_KINDS) for (const id of Object.keys(KINDS[k].records)) owners.set(id, [...(owners.get(id) ?? []), k]);
  const out = new Map<string, ClaimKind>();
  for (const [id, ks] of owners) if (ks.length === 1) out.set(id, ks[0]!);
  return out;
})();

/** The value of field `k` (0-based) of a line, when it is short ASCII (the only kind the decision reads). */
function fieldAt(b: Uint8Array, s: number, e: number, k: number): string {
  let p = s;
  for (let i = 0; i < k; i++) {
    while (p < e && b[p] !== 0x2c) p++;
    if (p >= e) return '';
    p++;
  }
  let out = '';
  for (let q = p; q < e && b[q] !== 0x2c && out.length < 4; q++) out += String.fromCharCode(b[q]! & 0x7f);
  return out;
}

/** Collects the evidence line by line (only the first {@link KIND_WINDOW} lines count). */
export class ClaimKindEvidence {
  private lines = 0;
  /** The first unprefixed line's record id and the fields the decision reads. */
  private header: { id: string; scoreTable: string; payer: string } | undefined;
  private readonly signatures = new Set<ClaimKind>();
  private ikaRecords = false;
  /** Every record id seen (a file name's hint must know them all). */
  private readonly seen = new Set<string>();

  /** True once the window is full: nothing more would change the decision. */
  get done(): boolean {
    return this.lines >= KIND_WINDOW;
  }

  /** One line (`code` its lineCode, `b[s, e)` its content). */
  line(code: number, b: Uint8Array, s: number, e: number): void {
    if (this.lines++ >= KIND_WINDOW) return;
    const id = lineCodeId(code);
    if (!id) return;
    // (History lines count as records of their kind; only an unprefixed line is a header.)
    if (!(code & LINE_PREFIXED) && (this.lines === 1 || (this.header === undefined && !this.ikaRecords && this.signatures.size === 0))) {
      if (id === 'IR' || id === 'HI' || id === 'UK' || id === 'YK' || id === 'HM' || id === 'HH') {
        // HI: 審査支払機関, 請求年月, 都道府県, 点数表 …; the claim headers: 審査支払機関, 都道府県, 点数表 ….
        this.header = { id, scoreTable: fieldAt(b, s, e, id === 'HI' ? 4 : 3), payer: fieldAt(b, s, e, 1) };
        return;
      }
    }
    this.seen.add(id);
    const k = SIGNATURES.get(id);
    if (k) this.signatures.add(k);
    else if (Object.prototype.hasOwnProperty.call(KINDS.ika.records, id) || Object.prototype.hasOwnProperty.call(KINDS.ika.returnRecords, id)) this.ikaRecords = true;
  }

  /** The claim kind the evidence (and, where it leaves the kind open, the file name) points to. */
  decide(fileName?: string, forced?: ClaimKind): ClaimKind | 'unknown' {
    if (forced) return forced;
    const sig = (k: ClaimKind) => this.signatures.has(k);
    const h = this.header;
    if (h) {
      switch (h.id) {
        case 'UK':
          return 'shika';
        case 'YK':
          return 'chozai';
        case 'HM':
        case 'HH':
          return 'houkan';
        case 'HI':
          if (h.scoreTable === '3') return 'shika';
          if (h.scoreTable === '4') return 'chozai';
          if (h.scoreTable === '6') return 'houkan';
          return sig('dpc') ? 'dpc' : 'ika';
        case 'IR':
          if (sig('rosai')) return 'rosai';
          if (sig('dpc')) return 'dpc';
          if (sig('shika')) return 'shika';
          return 'ika';
      }
    }
    // No header: the records that only one kind has, then any 医科 record.
    for (const k of ['rosai', 'dpc', 'shika', 'chozai', 'houkan'] as const) if (sig(k)) return k;
    // The name decides only between kinds that have every record seen (a headerless RE + HO named RREC… is 医科).
    const hint = kindFromFileName(fileName);
    if (hint && [...this.seen].every((id) => hasRecord(hint, id))) return hint;
    if (this.ikaRecords) return 'ika';
    return 'unknown';
  }
}

function hasRecord(k: ClaimKind, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(KINDS[k].records, id) || Object.prototype.hasOwnProperty.call(KINDS[k].returnRecords, id);
}

/** The claim kind a file name suggests (a hint only). */
export function kindFromFileName(name: string | undefined): ClaimKind | undefined {
  if (!name) return undefined;
  const n = name.toUpperCase().replace(/^.*[\\/]/, '');
  if (/^RECEIPTY\./.test(n) || /\.CYO$/.test(n)) return 'chozai';
  if (/^RECEIPTH\./.test(n)) return 'houkan';
  if (/^RECEIPTS\./.test(n)) return 'shika';
  if (/^(RREC|AREC)/.test(n)) return 'rosai';
  return undefined;
}
