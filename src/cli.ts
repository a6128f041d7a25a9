#!/usr/bin/env node
import { run } from './cli/run.js';

run({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`receden: internal error: ${String(e)}\n`);
    process.exitCode = 70;
  },
);
