/**
 * Help in the CLI's language: every command has its help in English (`HELP_<NAME>`, also the README's
 * CLI reference) and in Japanese (`HELP_<NAME>_JA`) with the same usage line, the same options and the
 * same layout; `receden --help`, `receden help` and a command's `--help` / `-h` print the one of
 * `--lang`, else of the environment (Japanese unless LC_ALL / LC_MESSAGES / LANG start with en).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { usage } from '../../src/cli/run.js';
import { HELP_VALIDATE, HELP_VALIDATE_JA } from '../../src/cli/commands/validate.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/files.js';

const EN_ENV = { LANG: 'en_US.UTF-8' };
const JA_ENV = { LANG: 'ja_JP.UTF-8' };

/** Terminal columns: East Asian wide and full-width characters take two. */
function displayWidth(s: string): number {
  let n = 0;
  for (const c of s) n += /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1;
  return n;
}

/** The usage lines: everything before the first blank line. */
const usageLines = (help: string): string[] => help.split('\n').slice(0, help.split('\n').indexOf(''));
const bodyLines = (help: string): string[] => help.split('\n').slice(help.split('\n').indexOf('') + 1);
const longOptions = (text: string): string[] => [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])].sort();

/**
 * An option line's head: indentation, the option (with at most one argument, `/ --other` for a pair),
 * and the spaces before its explanation; its display width is the explanation's column.
 */
const OPTION_HEAD = /^( +)(-[^\s]*(?: (?:[A-Z]+|<[^>]+>\S*))?(?: \/ -\S+)?)( +)(?=\S)/;

function optionHeads(help: string): string[] {
  return bodyLines(help).flatMap((l) => OPTION_HEAD.exec(l)?.[0] ?? []);
}

/** Continuation lines (deeper than their option line, not an option themselves) must start at its explanation's column. */
function misalignedContinuations(help: string): string[] {
  const bad: string[] = [];
  let option: { indent: number; column: number } | undefined;
  for (const l of bodyLines(help)) {
    const head = OPTION_HEAD.exec(l);
    if (head) {
      option = { indent: head[1]!.length, column: displayWidth(head[0]) };
      continue;
    }
    const indent = /^ */.exec(l)![0].length;
    if (!option || !l.trim() || indent <= option.indent) option = undefined;
    else if (indent !== option.column) bad.push(l);
  }
  return bad;
}

interface CommandHelp {
  readonly name: string;
  readonly en: string;
  readonly ja: string;
}

let helps: CommandHelp[] = [];

beforeAll(async () => {
  const dir = join(ROOT, 'src', 'cli', 'commands');
  helps = await Promise.all(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map(async (f) => {
        const name = f.slice(0, -3);
        const mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
        const key = `HELP_${name.toUpperCase()}`;
        return { name, en: mod[key] as string, ja: mod[`${key}_JA`] as string };
      }),
  );
});

describe('every command has its help in English and in Japanese', () => {
  it('each command module exports HELP_<NAME> and HELP_<NAME>_JA, and the CLI prints them', async () => {
    expect(helps.length).toBeGreaterThanOrEqual(11);
    for (const h of helps) {
      expect(typeof h.en, h.name).toBe('string');
      expect(typeof h.ja, h.name).toBe('string');
      expect(h.ja, h.name).not.toBe(h.en);
      expect((await runCli([h.name, '--help', '--lang', 'en'], ROOT)).stdout, h.name).toBe(`${h.en}\n`);
      expect((await runCli([h.name, '--help', '--lang', 'ja'], ROOT)).stdout, h.name).toBe(`${h.ja}\n`);
      expect((await runCli([h.name, '-h'], ROOT, EN_ENV)).stdout, h.name).toBe(`${h.en}\n`);
      expect((await runCli([h.name, '-h'], ROOT, JA_ENV)).stdout, h.name).toBe(`${h.ja}\n`);
    }
  });

  it('the Japanese usage line is the English one, byte for byte', () => {
    for (const h of helps) {
      expect(usageLines(h.en).length, h.name).toBeGreaterThan(0);
      expect(usageLines(h.ja), h.name).toEqual(usageLines(h.en));
    }
  });

  it('every option the English help mentions is in the Japanese one, and vice versa', () => {
    for (const h of helps) {
      expect(longOptions(h.en).length, h.name).toBeGreaterThan(0);
      expect(longOptions(h.ja), h.name).toEqual(longOptions(h.en));
    }
  });

  it('the option lines are the same (names, arguments, explanation column) and continuation lines stay aligned', () => {
    for (const h of helps) {
      expect(optionHeads(h.ja), h.name).toEqual(optionHeads(h.en));
      expect(misalignedContinuations(h.en), h.name).toEqual([]);
      expect(misalignedContinuations(h.ja), h.name).toEqual([]);
    }
  });

  it('Japanese lines are no wider on a terminal than the English help (or 104 columns)', () => {
    for (const h of helps) {
      const max = Math.max(104, ...bodyLines(h.en).map(displayWidth));
      expect(bodyLines(h.ja).filter((l) => displayWidth(l) > max), h.name).toEqual([]);
    }
  });

  it('the Japanese help explains in Japanese', () => {
    for (const h of helps) expect(bodyLines(h.ja).join('\n'), h.name).toMatch(/[\u3041-\u3096]/u);
  });
});

describe('usage(locale)', () => {
  it('is English by default (the README’s CLI reference) and lists every command’s help in its language', () => {
    expect(usage()).toBe(usage('en'));
    for (const h of helps) {
      expect(usage('en'), h.name).toContain(`${h.en}\n`);
      expect(usage('ja'), h.name).toContain(`${h.ja}\n`);
      expect(usage('ja'), h.name).not.toContain(h.en);
    }
    expect(usage('en')).toContain('Exit codes: 0 ok');
    expect(usage('ja')).toContain('終了コード: 0 正常');
    expect(usage('ja')).not.toMatch(/Every command|Exit codes/);
  });

  it('keeps the general usage line and the same options in both languages', () => {
    const line = 'receden <command> [options]        receden --version | -V        receden --help';
    expect(usage('en').split('\n')).toContain(line);
    expect(usage('ja').split('\n')).toContain(line);
    expect(longOptions(usage('ja'))).toEqual(longOptions(usage('en')));
  });
});

describe('help follows the CLI’s language: --lang, else the environment', () => {
  it('receden validate --help --lang ja prints the Japanese help; LANG=en_US.UTF-8 receden validate --help the English', async () => {
    expect((await runCli(['validate', '--help', '--lang', 'ja'], ROOT)).stdout).toBe(`${HELP_VALIDATE_JA}\n`);
    expect((await runCli(['validate', '--help', '--lang', 'ja'], ROOT, EN_ENV)).stdout).toBe(`${HELP_VALIDATE_JA}\n`);
    expect((await runCli(['validate', '--help'], ROOT, EN_ENV)).stdout).toBe(`${HELP_VALIDATE}\n`);
    expect((await runCli(['validate', '--help'], ROOT, { LC_ALL: 'en_GB.UTF-8', LANG: 'ja_JP.UTF-8' })).stdout).toBe(`${HELP_VALIDATE}\n`);
    expect((await runCli(['validate', '--help', '--lang=en'], ROOT, JA_ENV)).stdout).toBe(`${HELP_VALIDATE}\n`);
    // No environment at all: Japanese, the CLI's default.
    expect((await runCli(['validate', '--help'], ROOT)).stdout).toBe(`${HELP_VALIDATE_JA}\n`);
    expect((await runCli(['validate', '--help'], ROOT, { LANG: 'C' })).stdout).toBe(`${HELP_VALIDATE_JA}\n`);
  });

  it('receden --help / -h / help follow the same rule', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const en = await runCli([flag], ROOT, EN_ENV);
      expect(en.code, flag).toBe(0);
      expect(en.stdout, flag).toBe(usage('en'));
      expect((await runCli([flag], ROOT, JA_ENV)).stdout, flag).toBe(usage('ja'));
      expect((await runCli([flag], ROOT)).stdout, flag).toBe(usage('ja'));
      expect((await runCli([flag, '--lang', 'ja'], ROOT, EN_ENV)).stdout, flag).toBe(usage('ja'));
      expect((await runCli([flag, '--lang', 'en'], ROOT, JA_ENV)).stdout, flag).toBe(usage('en'));
      // --lang before the command, too.
      expect((await runCli(['--lang', 'en', flag], ROOT, JA_ENV)).stdout, flag).toBe(usage('en'));
    }
    const bare = await runCli([], ROOT, EN_ENV);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe(usage('en'));
  });

  it('--lang before the command reaches the command', async () => {
    expect((await runCli(['--lang', 'en', 'validate', '--help'], ROOT, JA_ENV)).stdout).toBe(`${HELP_VALIDATE}\n`);
    expect((await runCli(['--lang=ja', 'validate', '-h'], ROOT, EN_ENV)).stdout).toBe(`${HELP_VALIDATE_JA}\n`);
    const r = await runCli(['--lang', 'en', 'validate', '--bogus'], ROOT, JA_ENV);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option "--bogus"');
  });

  it('an unknown command prints the error and the usage in the CLI’s language', async () => {
    const en = await runCli(['frobnicate'], ROOT, EN_ENV);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`receden: unknown command "frobnicate"\n\n${usage('en')}`);
    const ja = await runCli(['frobnicate'], ROOT, JA_ENV);
    expect(ja.stderr).toBe(`receden: コマンド「frobnicate」はありません\n\n${usage('ja')}`);
    expect((await runCli(['frobnicate', '--lang', 'en'], ROOT, JA_ENV)).stderr).toBe(`receden: unknown command "frobnicate"\n\n${usage('en')}`);
    expect((await runCli(['frobnicate', '--lang', 'ja'], ROOT, EN_ENV)).stderr).toBe(`receden: コマンド「frobnicate」はありません\n\n${usage('ja')}`);
  });

  it('a usage error shows the command’s help in the same language as the message', async () => {
    const en = await runCli(['validate'], ROOT, EN_ENV);
    expect(en.code).toBe(2);
    expect(en.stderr.endsWith(`\n\n${HELP_VALIDATE}\n`)).toBe(true);
    const ja = await runCli(['validate'], ROOT, JA_ENV);
    expect(ja.code).toBe(2);
    expect(ja.stderr.endsWith(`\n\n${HELP_VALIDATE_JA}\n`)).toBe(true);
    expect((await runCli(['validate', '--lang', 'en'], ROOT, JA_ENV)).stderr.endsWith(`\n\n${HELP_VALIDATE}\n`)).toBe(true);
  });
});
