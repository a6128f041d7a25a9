import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseCommand } from '../args.js';
import { IoExit, EXIT, usageError, type CliIo } from '../io.js';
import { writeOutput } from '../output.js';

export const HELP_APP = `receden app [-o receden-app.html]

  Writes the offline correction app: one self-contained HTML file (inline script and styles; its
  Content-Security-Policy forbids every connection) that runs from file:// in a browser. Open returns
  (HEN / SAH) and this month's claims (UKE), see each receipt with its reasons (as receden print shows it),
  correct fields with the verdict shown as you type, add or delete records, drop receipts, see the audit
  diff, and download the resubmission (one RECEIPTC.UKE per payer, refused on errors as receden resubmit
  refuses) and the corrections file (replayable with receden resubmit --corrections). Japanese, or English.
  -o <file>        where to write it (default receden-app.html; - is stdout)`;

/** The built app: dist/app.html beside the bundled CLI, or (running from the sources) in dist/. */
const CANDIDATES = ['./app.html', '../../../dist/app.html'];

export async function appCommand(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(io, 'app', args, { output: { type: 'string', short: 'o' } });
  if (positionals.length > 0) throw usageError('bad-args', { detail: positionals.join(' ') });
  let html: Uint8Array | undefined;
  for (const c of CANDIDATES) {
    try {
      html = new Uint8Array(await readFile(fileURLToPath(new URL(c, import.meta.url))));
      break;
    } catch {
      // try the next place
    }
  }
  if (!html) throw new IoExit('read', 'dist/app.html', 'ENOENT');
  await writeOutput(io, values.output ?? 'receden-app.html', html);
  return EXIT.OK;
}
