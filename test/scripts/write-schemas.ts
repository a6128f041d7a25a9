/**
 * `npm run schema`: write the JSON Schemas of receden's formats into schema/ (one
 * `<name>.schema.json` per name of JSON_SCHEMA_NAMES), from the zod schemas. test/schema fails when
 * the committed files differ from what this writes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/files.js';
import { schemaFiles } from './schema-files.js';

const dir = join(ROOT, 'schema');
mkdirSync(dir, { recursive: true });
const files = schemaFiles();
for (const name of readdirSync(dir)) if (!files.has(name)) rmSync(join(dir, name));
for (const [name, text] of files) writeFileSync(join(dir, name), text);
console.log(`wrote ${files.size} schemas into schema/`);
