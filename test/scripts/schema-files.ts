/** The files of schema/: name → text, as `npm run schema` writes them. */
import { JSON_SCHEMA_NAMES, jsonSchema } from '../../src/schema/index.js';

export function schemaFiles(): Map<string, string> {
  return new Map(JSON_SCHEMA_NAMES.map((n) => [`${n}.schema.json`, JSON.stringify(jsonSchema(n), null, 2) + '\n']));
}
