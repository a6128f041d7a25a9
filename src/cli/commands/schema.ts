import { JSON_SCHEMA_NAMES, jsonSchema } from '../../schema/index.js';
import { parseCommand } from '../args.js';
import { EXIT, usageError, type CliIo } from '../io.js';

export const HELP_SCHEMA = `receden schema [<name>]

  Print the JSON Schema (draft 2020-12) of one of receden's formats, as shipped in
  receden/schema/<name>.schema.json; without a name, list the names:
  json-form (any file's JSON form), json-form-<kind> (one claim kind's, every record's fields typed:
  ika shika chozai houkan dpc rosai), json-lines (a line of convert --jsonl), corrections (the
  corrections file), diagnostic (a finding of --json output), reason-row (a row of reasons --json).`;

/** The same help in Japanese (usage lines and option names as above). */
export const HELP_SCHEMA_JA = `receden schema [<name>]

  receden の形式の JSON Schema（draft 2020-12）を出力します。receden/schema/<name>.schema.json
  として同梱しているものと同じです。名前を省くと名前の一覧を出力します:
  json-form（任意のファイルの JSON 形式）、json-form-<kind>（一つの種類の JSON 形式。全レコードの
  項目に型付き: ika shika chozai houkan dpc rosai）、json-lines（convert --jsonl の1行）、corrections
  （修正指示ファイル）、diagnostic（--json 出力の指摘1件）、reason-row（reasons --json の1行）。`;

export async function schemaCommand(io: CliIo, args: string[]): Promise<number> {
  const { positionals } = parseCommand(io, 'schema', args, {});
  if (positionals.length > 1) throw usageError('bad-args', { detail: 'one schema name at most' });
  const name = positionals[0];
  if (name === undefined) {
    io.stdout.write(JSON_SCHEMA_NAMES.join('\n') + '\n');
    return EXIT.OK;
  }
  const schema = jsonSchema(name.replace(/\.schema\.json$/, ''));
  if (!schema) throw usageError('bad-choice', { option: '<name>', value: name, expected: JSON_SCHEMA_NAMES.join(', ') });
  io.stdout.write(JSON.stringify(schema, null, 2) + '\n');
  return EXIT.OK;
}
