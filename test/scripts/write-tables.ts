/** `npm run tables`: writes the runtime tables (src/spec/tables.generated.ts) from the descriptors. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runtimeTablesSource, TABLES_FILE } from './runtime-tables.js';

const root = join(import.meta.dirname, '..', '..');
const text = runtimeTablesSource();
writeFileSync(join(root, TABLES_FILE), text);
process.stdout.write(`${TABLES_FILE}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB\n`);
