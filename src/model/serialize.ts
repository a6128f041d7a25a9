/**
 * `serialize(model)`: the file's bytes. Every line is written from its bytes (original lines are a
 * copy of the input; edited lines were encoded strictly when the edit was made), with its line end,
 * then the EOF byte if the model has one. `serialize(parse(bytes))` is byte-identical for any input.
 */
import { writeLines } from '../codec/lines.js';
import type { ReceFile } from './file.js';

export function serialize(file: ReceFile): Uint8Array {
  return writeLines(file.table);
}
