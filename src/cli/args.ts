/**
 * Command-line parsing shared by every command: the command's own options plus the common ones
 * (`--lang`, `--json`, `--quiet`), the locale settled first (so that even a usage error is in the
 * user's language), and Node's parse errors turned into catalogue messages.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../diagnostics/index.js';
import { CliExit, EXIT, usageError, type CliIo } from './io.js';
import { envLocale, pickLocale } from './locale.js';
import { CLAIM_KINDS, KINDS } from '../spec/kinds.js';
import type { ClaimKind } from '../spec/types.js';
import { UnknownEditionError } from '../model/edition.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  kind: { type: 'string' },
} as const satisfies Options;

export interface Parsed<V> {
  readonly values: V & { lang?: string; json?: boolean; quiet?: boolean; kind?: string };
  readonly positionals: string[];
  readonly locale: Locale;
  /** `--kind`: the claim kind forced on every input (undefined: told from each file's content). */
  readonly claimKind: ClaimKind | undefined;
}

/** `--kind` values: the kind ids and their names (医科, 歯科, 調剤, 訪問看護, DPC, 労災). */
const KIND_NAMES: Readonly<Record<string, ClaimKind>> = Object.fromEntries(CLAIM_KINDS.flatMap((k) => [[k, k], [KINDS[k].name, k], [KINDS[k].name.toLowerCase(), k]]));

function claimKindOption(value: string | undefined): ClaimKind | undefined {
  if (value === undefined) return undefined;
  const k = KIND_NAMES[value] ?? KIND_NAMES[value.toLowerCase()];
  if (!k) throw usageError('bad-choice', { option: '--kind', value, expected: CLAIM_KINDS.map((x) => `${x} (${KINDS[x].name})`).join(', ') });
  return k;
}

/** The locale a command's arguments ask for (a bad `--lang` falls back to the environment's, for the error). */
export function localeOfArgs(io: CliIo, args: readonly string[]): Locale {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const v = a === '--lang' ? args[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v !== undefined) return pickLocale(v, io.env) ?? envLocale(io.env);
  }
  return envLocale(io.env);
}

/** Parse a command's arguments. Usage problems throw {@link CliExit} (exit 2) with a catalogue message. */
export function parseCommand<const O extends Options>(io: CliIo, command: string, args: readonly string[], options: O): Parsed<ReturnType<typeof parseArgs<{ options: O & typeof COMMON; allowPositionals: true }>>['values']> {
  let r;
  try {
    r = parseArgs({ args: [...args], allowPositionals: true, options: { ...COMMON, ...options } as O & typeof COMMON });
  } catch (e) {
    throw argError(command, e);
  }
  const values = r.values as Record<string, unknown>;
  const lang = values.lang as string | undefined;
  const locale = pickLocale(lang, io.env);
  if (!locale) throw usageError('bad-lang', { value: String(lang) });
  return { values: r.values as never, positionals: r.positionals, locale, claimKind: claimKindOption(values.kind as string | undefined) };
}

/** Node's parseArgs errors as catalogue messages. */
function argError(command: string, e: unknown): CliExit {
  const code = (e as { code?: string }).code ?? '';
  const msg = (e as Error).message ?? '';
  const opt = /'(-[^' ]+)/.exec(msg)?.[1] ?? /(--?[\w-]+)/.exec(msg)?.[1] ?? '?';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usageError('unknown-option', { option: opt, command });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(msg) ? usageError('option-no-value', { option: opt }) : usageError('option-needs-value', { option: opt });
  }
  if (code.startsWith('ERR_PARSE_ARGS')) return usageError('bad-args', { detail: msg });
  return new CliExit(EXIT.INTERNAL, 'internal', { detail: msg });
}

/** A value that must be one of a list, else a usage error. */
export function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw usageError('bad-choice', { option, value, expected: allowed.join(', ') });
  return value as T;
}

/** Every kind's edition ids (`--edition` takes one; whether it fits a file's kind is known once the kind is). */
const EDITION_IDS: readonly string[] = [...new Set(CLAIM_KINDS.flatMap((k) => KINDS[k].editions.map((e) => e.id)))];

/** `--edition`: an edition id of some kind, else a usage error. */
export function editionOption(value: string | undefined): string | undefined {
  return choice('--edition', value, EDITION_IDS);
}

/** A forced edition the file's kind lacks (thrown by parse or the stream) as a usage error; anything else rethrown. */
export function editionMismatch(e: unknown): never {
  if (e instanceof UnknownEditionError) throw usageError('bad-choice', { option: '--edition', value: e.edition, expected: `${e.expected.join(', ')} (${KINDS[e.claimKind].name})` });
  throw e;
}
