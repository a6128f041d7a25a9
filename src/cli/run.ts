/**
 * The CLI as a function: `run(io) → exit code`. Never throws and never prints a stack trace for
 * bad input; only a bug (exit 70) prints one, to stderr.
 */
import { convertCommand, HELP_CONVERT } from './commands/convert.js';
import { inspectCommand, HELP_INSPECT } from './commands/inspect.js';
import { validateCommand, HELP_VALIDATE } from './commands/validate.js';
import { reasonsCommand, HELP_REASONS } from './commands/reasons.js';
import { resubmitCommand, HELP_RESUBMIT } from './commands/resubmit.js';
import { diffCommand, HELP_DIFF } from './commands/diff.js';
import { CliExit, EXIT, type CliIo } from './io.js';

type Command = (io: CliIo, args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  inspect: { run: inspectCommand, help: HELP_INSPECT },
  validate: { run: validateCommand, help: HELP_VALIDATE },
  convert: { run: convertCommand, help: HELP_CONVERT },
  reasons: { run: reasonsCommand, help: HELP_REASONS },
  resubmit: { run: resubmitCommand, help: HELP_RESUBMIT },
  diff: { run: diffCommand, help: HELP_DIFF },
};

export function registerCommand(name: string, run: Command, help: string): void {
  COMMANDS[name] = { run, help };
}

function usage(): string {
  return [
    'receden — レセプト電算 claim files and returns (UKE / HEN / SAH)',
    '',
    ...Object.values(COMMANDS).map((c) => c.help + '\n'),
    'Exit codes: 0 ok, 1 data problems, 2 usage error, 3 I/O error, 70 internal error.',
    '',
  ].join('\n');
}

export async function run(io: CliIo): Promise<number> {
  const [name, ...args] = io.argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(usage());
    return name ? EXIT.OK : EXIT.USAGE;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr.write(`receden: unknown command "${name}"\n\n${usage()}`);
    return EXIT.USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(cmd.help + '\n');
    return EXIT.OK;
  }
  try {
    return await cmd.run(io, args);
  } catch (e) {
    if (e instanceof CliExit) {
      io.stderr.write(`receden ${name}: ${e.message}\n`);
      return e.code;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`receden ${name}: ${(e as Error).message}\n\n${cmd.help}\n`);
      return EXIT.USAGE;
    }
    io.stderr.write(`receden ${name}: internal error (please report): ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.INTERNAL;
  }
}
