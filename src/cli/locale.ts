/**
 * The CLI's language: `--lang ja|en`, else the environment (`LC_ALL`, then `LC_MESSAGES`, then
 * `LANG`): a value starting with `en` means English; anything else (ja_JP, C, POSIX, unset) means
 * Japanese, the language of the people who run these files.
 */
import type { Locale } from '../diagnostics/index.js';

export function envLocale(env: Readonly<Record<string, string | undefined>> | undefined): Locale {
  const v = env?.LC_ALL || env?.LC_MESSAGES || env?.LANG || '';
  return /^en/i.test(v) ? 'en' : 'ja';
}

/** The locale for a command: the flag when valid, else the environment's; undefined for an invalid flag. */
export function pickLocale(flag: string | undefined, env: Readonly<Record<string, string | undefined>> | undefined): Locale | undefined {
  if (flag === undefined) return envLocale(env);
  return flag === 'ja' || flag === 'en' ? flag : undefined;
}
