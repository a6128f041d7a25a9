/** Run the CLI in-process and capture its output. */
import { run } from '../../src/cli/run.js';
import { concatBytes } from './files.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Uint8Array;
}

/** `env`: the environment the CLI sees (LANG, LC_ALL …); none by default (the CLI's default language, Japanese). */
export async function runCli(argv: string[], cwd: string, env?: Readonly<Record<string, string>>): Promise<CliResult> {
  const out: Uint8Array[] = [];
  let stderr = '';
  const code = await run({
    argv,
    cwd,
    ...(env ? { env } : {}),
    stdout: { write: (s: string | Uint8Array) => out.push(typeof s === 'string' ? new TextEncoder().encode(s) : s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  const stdoutBytes = concatBytes(...out);
  return { code, stdout: new TextDecoder().decode(stdoutBytes), stderr, stdoutBytes };
}
