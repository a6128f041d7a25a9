/**
 * The tasks a batch worker thread can run (see ./batch.ts): the per-file parts of the commands that
 * take many files. src/cli.ts serves them when the built CLI is started as a worker.
 */
import { convertTask } from './commands/convert.js';
import { inspectTask } from './commands/inspect.js';
import { reasonsTask } from './commands/reasons.js';
import { validateTask } from './commands/validate.js';
import { serveBatch, type FileTask } from './batch.js';

export const TASKS: Readonly<Record<string, FileTask<never, never>>> = {
  validate: validateTask,
  inspect: inspectTask,
  convert: convertTask,
  reasons: reasonsTask,
};

/** Serve the tasks in this worker thread. */
export function serveTasks(): void {
  serveBatch(TASKS as Readonly<Record<string, FileTask<unknown, unknown>>>);
}
