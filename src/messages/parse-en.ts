/** English messages, keyed by diagnostic code (same keys as the Japanese catalogue; a test keeps them in sync). */
import type { MessageCatalogue } from './types.js';

export const MESSAGES_EN: MessageCatalogue = {
  'file/empty': () => 'The file is empty — pass a claim or return file',
  'encoding/utf8-bom': () => 'The file starts with a UTF-8 BOM (it must be Shift_JIS) — save it again as Shift_JIS',
  'encoding/utf8': () => 'The file looks like UTF-8 (it must be Shift_JIS) — save it again as Shift_JIS',
  'encoding/invalid-sjis': (p) => `Invalid Shift_JIS byte sequence (${p.found}) — fix the garbled data`,
  'encoding/cp932-extension': (p) => `CP932 extension character outside JIS X 0208 (${p.found}) — read, but it cannot be written to a claim file`,
  'encoding/user-defined': (p) => `User-defined (gaiji) character (${p.found}) — it cannot be written to a claim file`,
  'encoding/control': (p) => `Control character (${p.found}) — remove it`,
  'line/lf-only': (p) => `LF-only line ends (${p.count} lines, first at line ${p.first}; the spec says CR+LF) — writing uses CR+LF`,
  'line/lone-cr': () => 'CR without LF (the spec line end is CR+LF) — fix the line ends',
  'line/no-final-eol': () => 'The last line has no line end (the spec ends every record with CR+LF) — writing adds it',
  'line/too-long': (p) => `Line too long (max ${p.expected}, found ${p.found}) — check for a missing line end or a damaged file`,
  'line/empty': () => 'Empty line — remove it',
  'eof/missing': () => 'No EOF byte 0x1A at the end (the spec wants one byte after the last CR+LF) — writing adds it',
  'eof/not-last': () => 'Data after the EOF byte 0x1A — check the file for damage',
  'record/unknown': (p) => `Unknown record (${p.found}) — kept as it is`,
  'record/no-id': () => 'No record identifier — check the line',
  'structure/no-header': (p) => `The file does not start with ${p.expected} (found ${p.found}) — check the first record`,
  'structure/duplicate-header': (p) => `More than one ${p.record} (line ${p.line}) — one per file`,
  'structure/no-trailer': (p) =>
    p.found ? `The file ends with ${p.found} instead of ${p.expected} — check the file's claim kind` : `No ${p.expected} at the end — check whether the file was cut short`,
  'structure/after-trailer': () => 'Data after the total record — check whether files were concatenated',
  'structure/before-first-receipt': (p) => `${p.found} before the first receipt — check the record order`,
  'structure/ir-as-return-header': (p) => `The return file starts with ${p.record} instead of its return header — accepted (some payers are known to do this)`,
  'kind/unknown': () => 'The claim kind (医科, 歯科, 調剤, 訪問看護, DPC, 労災) cannot be told from the content — kept as it is, records not checked; pass the kind (--kind) if you know it',
};
