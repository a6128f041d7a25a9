/**
 * Telling the edition (版) a file was written in, from its content.
 *
 * The evidence is the header's 請求年月 (IR, HI, UK, YK, HM …, field key `billingMonth`): 5 digits are
 * 和暦 `GYYMM`, so an edition before the 令和2年 改正; 6 digits are 西暦. Among a kind's editions with
 * that date layout the month picks one (医科 和暦: 平成30年4月版 from 2018-05, earlier ones before it).
 * Anything else — no header, an empty or malformed 請求年月 — leaves the kind's default edition, the
 * one its tables transcribe. The file name is not evidence.
 *
 * Both the whole-file parser and the stream splitter call {@link editionOf} with the same header
 * record, so they always agree.
 */
import { readSpecDate } from '../codec/dates.js';
import { editionFor, editionIn } from '../spec/editions.js';
import { KINDS } from '../spec/kinds.js';
import type { ClaimKind, EditionDef } from '../spec/types.js';
import type { Rec } from './record.js';

/** The header's 請求年月 as edition evidence: its date layout and, when it reads as a date, its ISO month. */
export function headerDateLayout(value: string | undefined): { dates: EditionDef['dates']; month: string | undefined } | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  if (value.length !== 5 && value.length !== 6) return undefined;
  return { dates: value.length === 5 ? 'wareki' : 'seireki', month: readSpecDate(value)?.iso };
}

/** A forced edition (`ParseOptions.edition`) that the file's claim kind does not have. */
export class UnknownEditionError extends TypeError {
  constructor(
    /** The edition asked for. */
    readonly edition: string,
    readonly claimKind: ClaimKind,
    /** The kind's edition ids. */
    readonly expected: readonly string[],
  ) {
    super(`unknown edition "${edition}" for ${KINDS[claimKind].nameEn} (${claimKind}) files (expected ${expected.join(', ')})`);
    this.name = 'UnknownEditionError';
  }
}

/**
 * The edition id of a file of claim kind `claimKind` with this header (undefined for a file of unknown
 * kind). `forced` (`ParseOptions.edition`) wins; it must be one of the kind's editions.
 *
 * @throws {@link UnknownEditionError} (a TypeError) when `forced` is not an edition of the kind.
 */
export function editionOf(claimKind: ClaimKind | 'unknown', header: Rec | undefined, forced?: string): string | undefined {
  if (claimKind === 'unknown') return undefined;
  const kind = KINDS[claimKind];
  if (forced !== undefined) {
    if (!editionIn(kind, forced)) throw new UnknownEditionError(forced, claimKind, kind.editions.map((e) => e.id));
    return forced;
  }
  const ev = headerDateLayout(header?.get('billingMonth'));
  if (!ev) return kind.editions[0]!.id;
  return editionFor(kind, ev.dates, ev.month).id;
}
