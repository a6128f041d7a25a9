/**
 * What the fuzzer feeds receden (fast-check arbitraries): random bytes, "record soup" (lines made of
 * record ids, prefixes, fields and separators in any mix), and structure-aware mutations of every
 * fixture in the repository — byte flips, deleted / duplicated / replaced fields, swapped, deleted and
 * duplicated lines, truncation, line-end changes (CRLF / LF / CR / none), 0x1A, NUL and lone lead
 * bytes inside a line, huge fields, 10^5 fields, and the whole file re-encoded as UTF-8.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeSjis } from '../../src/codec/sjis.js';
import { RECORDS } from '../../src/spec/registry.js';
import { FIXTURES } from '../helpers/files.js';

/** Every claim / return file among the fixtures (Shift_JIS bytes), read once. */
export function fixtureFiles(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const walk = (dir: string) => {
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) {
        if (n !== 'src' && n !== 'fuzz') walk(p);
      } else if (/\.(UKE|HEN|SAH|CYO|UKS)$/i.test(n)) out.push({ name: p.slice(FIXTURES.length + 1), bytes: new Uint8Array(readFileSync(p)) });
    }
  };
  walk(FIXTURES);
  return out;
}

const enc = new TextEncoder();
const ascii = (s: string) => enc.encode(s);

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Lines of a file (content only) and the line ends found (for rebuilding). */
function lines(b: Uint8Array): { lines: Uint8Array[]; eof: boolean } {
  let end = b.length;
  const eof = end > 0 && b[end - 1] === 0x1a;
  if (eof) end--;
  const out: Uint8Array[] = [];
  let s = 0;
  for (let i = 0; i < end; i++) {
    if (b[i] === 0x0a) {
      out.push(b.subarray(s, i > s && b[i - 1] === 0x0d ? i - 1 : i));
      s = i + 1;
    }
  }
  if (s < end) out.push(b.subarray(s, end));
  return { lines: out, eof };
}

const CRLF = new Uint8Array([0x0d, 0x0a]);
function joinLines(ls: readonly Uint8Array[], eof: boolean, eol: Uint8Array = CRLF): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const l of ls) parts.push(l, eol);
  if (eof) parts.push(new Uint8Array([0x1a]));
  return concat(parts);
}

function fields(line: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let s = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === 0x2c) {
      out.push(line.subarray(s, i));
      s = i + 1;
    }
  }
  return out;
}
const COMMA = new Uint8Array([0x2c]);
function unfields(fs: readonly Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [];
  fs.forEach((f, i) => {
    if (i) parts.push(COMMA);
    parts.push(f);
  });
  return concat(parts);
}

/** Field values: digits, ASCII, half-width kana, full-width (JIS X 0208, CP932, user-defined), broken bytes, empty. */
const value: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[0-9]{0,12}$/).map(ascii) },
  { weight: 2, arbitrary: fc.stringMatching(/^[ -+\--~]{0,10}$/).map(ascii) },
  { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom([0x82, 0xa0], [0x8a, 0xbf], [0x81, 0x40], [0xb1], [0x87, 0x40], [0xf0, 0x40], [0x81, 0x7f], [0xff], [0x81]), { maxLength: 6 }).map((a) => new Uint8Array(a.flat())) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 8 }).map((a) => a.filter((x) => x !== 0x2c && x !== 0x0a)) },
);

const IDS = [...Object.keys(RECORDS), 'XX', 'UK', 'YK', 'HM', 'SS', 'HS', 'RR', 'RS'];

/** A line of record soup: maybe a history prefix, a record id (or none), fields. */
const soupLine: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    fc.option(fc.tuple(fc.constantFrom('1', '2', '8', '11', '99', 'x'), fc.nat(99), fc.nat(3)), { freq: 3 }),
    fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...IDS) }, { weight: 1, arbitrary: fc.constantFrom('', 'sn', 'R', 'REX') }),
    fc.array(value, { maxLength: 44 }),
  )
  .map(([prefix, id, vals]) => {
    const parts: Uint8Array[] = [];
    if (prefix) parts.push(ascii(`${prefix[0]},${prefix[1]},${prefix[2]},`));
    parts.push(ascii(id));
    for (const v of vals) parts.push(COMMA, v);
    return concat(parts);
  });

const EOLS = [CRLF, new Uint8Array([0x0a]), new Uint8Array([0x0d]), new Uint8Array(0)];

/** Lines of record soup framed (usually) by a header and a trailer, with mixed line ends. */
export const recordSoup: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    fc.constantFrom('IR,1,13,1,1234567,,テスト,202501,00,03', 'HI,1,202412,13,1,1234567,,00', '', 'UK,1,13,3,1234567,,x,202501,,00'),
    fc.array(fc.tuple(soupLine, fc.constantFrom(0, 0, 0, 0, 0, 1, 2, 3)), { maxLength: 40 }),
    fc.constantFrom('GO,1,100,99', 'HG,1,100,99', ''),
    fc.boolean(),
  )
  .map(([head, body, tail, eof]) => {
    const parts: Uint8Array[] = [];
    const sj = (s: string) => new Uint8Array([...s].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : [0x83, 0x65])));
    if (head) parts.push(sj(head), CRLF);
    for (const [l, e] of body) parts.push(l, EOLS[e]!);
    if (tail) parts.push(ascii(tail), CRLF);
    if (eof) parts.push(new Uint8Array([0x1a]));
    return concat(parts);
  });

type Mutation = (b: Uint8Array) => Uint8Array;

/** One structure-aware mutation, drawn with the positions it uses. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // byte flips
  { weight: 3, arbitrary: fc.tuple(fc.nat(), fc.nat(255)).map(([p, v]): Mutation => (b) => { if (!b.length) return b; const c = b.slice(); c[p % b.length] = v; return c; }) },
  // a field deleted, duplicated or replaced
  {
    weight: 4,
    arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('delete', 'duplicate', 'replace'), value).map(([li, fi, op, v]): Mutation => (b) => {
      const { lines: ls, eof } = lines(b);
      if (!ls.length) return b;
      const k = li % ls.length;
      const fs = fields(ls[k]!);
      const i = fi % fs.length;
      if (op === 'delete') fs.splice(i, 1);
      else if (op === 'duplicate') fs.splice(i, 0, fs[i]!);
      else fs[i] = v;
      ls[k] = unfields(fs);
      return joinLines(ls, eof);
    }),
  },
  // lines swapped, deleted, duplicated
  {
    weight: 3,
    arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('swap', 'delete', 'duplicate')).map(([a, c, op]): Mutation => (b) => {
      const { lines: ls, eof } = lines(b);
      if (ls.length < 2) return b;
      const i = a % ls.length;
      const j = c % ls.length;
      if (op === 'swap') [ls[i], ls[j]] = [ls[j]!, ls[i]!];
      else if (op === 'delete') ls.splice(i, 1);
      else ls.splice(i, 0, ls[i]!);
      return joinLines(ls, eof);
    }),
  },
  // truncation
  { weight: 2, arbitrary: fc.nat().map((p): Mutation => (b) => b.subarray(0, b.length ? p % b.length : 0)) },
  // line ends: all LF, all CR, none, or one line changed
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(0, 1, 2, 3), fc.option(fc.nat())).map(([e, one]): Mutation => (b) => {
      const { lines: ls, eof } = lines(b);
      if (one === null) return joinLines(ls, eof, EOLS[e]!);
      const parts: Uint8Array[] = [];
      ls.forEach((l, i) => parts.push(l, i === one % Math.max(1, ls.length) ? EOLS[e]! : CRLF));
      if (eof) parts.push(new Uint8Array([0x1a]));
      return concat(parts);
    }),
  },
  // 0x1A, NUL, a lone lead byte, CR inside a line
  {
    weight: 3,
    arbitrary: fc.tuple(fc.nat(), fc.constantFrom(0x1a, 0x00, 0x81, 0xe0, 0x0d, 0x09, 0x7f)).map(([p, x]): Mutation => (b) => {
      if (!b.length) return new Uint8Array([x]);
      const i = p % b.length;
      return concat([b.subarray(0, i), new Uint8Array([x]), b.subarray(i)]);
    }),
  },
  // a huge field
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 1000, max: 80_000 }), fc.boolean()).map(([li, n, kanji]): Mutation => (b) => {
      const { lines: ls, eof } = lines(b);
      if (!ls.length) return b;
      const k = li % ls.length;
      const big = kanji ? new Uint8Array(n * 2).map((_, i) => (i % 2 ? 0xa0 : 0x82)) : new Uint8Array(n).fill(0x31);
      ls[k] = concat([ls[k]!, COMMA, big]);
      return joinLines(ls, eof);
    }),
  },
  // 10^5 fields
  {
    weight: 1,
    arbitrary: fc.nat().map((li): Mutation => (b) => {
      const { lines: ls, eof } = lines(b);
      if (!ls.length) return b;
      const k = li % ls.length;
      ls[k] = concat([ls[k]!, new Uint8Array(200_000).map((_, i) => (i % 2 ? 0x31 : 0x2c))]);
      return joinLines(ls, eof);
    }),
  },
  // the whole file re-encoded as UTF-8 (what an editor does to a Shift_JIS file)
  { weight: 1, arbitrary: fc.constant((b: Uint8Array) => enc.encode(decodeSjis(b))) },
);

/** A fixture with one to three mutations. */
export function mutatedFixture(files: readonly { name: string; bytes: Uint8Array }[]): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([f, ms]) => ms.reduce((b, m) => m(b), f.bytes));
}

/** Everything the fuzzer tries: mostly mutated fixtures, then record soup, then random bytes. */
export function fuzzInput(files: readonly { name: string; bytes: Uint8Array }[]): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 6, arbitrary: mutatedFixture(files) },
    { weight: 1, arbitrary: fc.constantFrom(...files.map((f) => f.bytes)) },
    { weight: 2, arbitrary: recordSoup },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }) },
  );
}

/** Chunk sizes for streaming: tiny, small, or large, cycled over the input. */
export const chunking: fc.Arbitrary<readonly number[]> = fc.oneof(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 5 }));

export function* chunks(b: Uint8Array, sizes: readonly number[]): Generator<Uint8Array> {
  let i = 0;
  let k = 0;
  while (i < b.length) {
    const n = sizes[k++ % sizes.length]!;
    yield b.subarray(i, i + n);
    i += n;
  }
}
