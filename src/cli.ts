#!/usr/bin/env node
/**
 * The `receden` binary: bridges the shell (argv, environment, standard streams, signals, exit code)
 * into `run(io)` (./cli/run.ts), where all the logic lives. Started as a worker thread by a batch
 * (`--jobs`, ./cli/batch.ts), the same file serves the per-file tasks instead.
 */
import { run } from './cli/run.js';
import { isBatchWorker, useWorkerScript } from './cli/batch.js';
import { serveTasks } from './cli/worker.js';
import { removeSpoolsSync } from './cli/input.js';
import { removePendingTempsSync } from './node/write.js';

function cleanUp(): void {
  removePendingTempsSync();
  removeSpoolsSync();
}

if (isBatchWorker()) serveTasks();
else main();

function main(): void {
  // Batches run their files on worker threads: this very file, started as a worker.
  useWorkerScript(new URL(import.meta.url));

  // A killed run leaves no temporary file behind (kill -9 cannot be caught: the next write cleans up).
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(sig, () => {
      cleanUp();
      process.exit(code);
    });
  }
  process.once('exit', cleanUp);

  // `receden validate big.UKE | head -1`: when the reader goes away, stop quietly (as on SIGPIPE).
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      cleanUp();
      process.exit(141);
    }
    throw e;
  });

  run({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`receden: internal error: ${String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
