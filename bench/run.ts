/**
 * `npm run bench`: generate the synthetic files (once; deterministic by seed), then run every
 * measurement in a fresh Node process (the children are bundled to plain JS first, so neither
 * tsx nor a loader inflates their memory) and report MB/s of input, the ratio to Node's
 * TextDecoder('shift_jis') on the same file, and each child's peak RSS. The table goes to stdout and
 * to bench/results/latest.md.
 *
 *   npm run bench                  10 MB and 100 MB files
 *   npm run bench -- --quick       10 MB only
 *   npm run bench -- --huge        also a 1 GB file: streaming peak RSS (generated streaming, ~1 GB of disk)
 *   npm run bench -- --runs 5      runs per measurement (median MB/s; peak RSS is the largest)
 *   npm run bench -- --baseline-100  also run the csv-parse baseline on 100 MB (slow: about a minute)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATA = join(HERE, 'data');
const BUILD = join(DATA, '.build');
const CHILD = join(BUILD, 'child.js');
const RESULTS = join(HERE, 'results');

const argv = process.argv.slice(2);
const KNOWN = new Set(['--quick', '--huge', '--runs', '--seed', '--baseline-100', '--help', '-h']);
const unknown = argv.filter((a, i) => a.startsWith('-') && !KNOWN.has(a) && !(i > 0 && (argv[i - 1] === '--runs' || argv[i - 1] === '--seed')));
if (argv.includes('--help') || argv.includes('-h') || unknown.length > 0) {
  // The usage is this file's header comment.
  const head = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]!;
  process.stdout.write(head.replace(/^\/\*\*?\n?/, '').replace(/^ \* ?/gm, '') + '\n');
  if (unknown.length > 0) process.stderr.write(`unknown option ${unknown.join(' ')}\n`);
  process.exit(unknown.length > 0 ? 2 : 0);
}
const flag = (k: string) => argv.includes(k);
const opt = (k: string, d: number) => {
  const i = argv.indexOf(k);
  return i >= 0 ? Number(argv[i + 1]) : d;
};
const RUNS = opt('--runs', 3);
const SEED = opt('--seed', 1);
const QUICK = flag('--quick');
const HUGE = flag('--huge');

interface Child {
  seconds: number;
  bytes: number;
  maxRssMB: number;
  [k: string]: number | string | boolean;
}

function fileName(kind: string, mb: number): string {
  return join(DATA, `ika-${mb}mb-s${SEED}.${kind}`);
}

function child(args: string[]): Child {
  const r = spawnSync(process.execPath, ['--expose-gc', CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`child ${args.join(' ')} failed:\n${r.stderr}`);
  const line = r.stdout.trim().split('\n').at(-1)!;
  return JSON.parse(line) as Child;
}

function ensure(kind: 'UKE' | 'HEN', mb: number): string {
  const f = fileName(kind, mb);
  if (!existsSync(f)) {
    process.stderr.write(`generating ${f} …\n`);
    const r = child(['generate', kind, f, String(mb), String(SEED)]);
    process.stderr.write(`  ${(r.bytes / 1e6).toFixed(1)} MB, generator peak RSS ${r.maxRssMB.toFixed(0)} MB\n`);
  }
  return f;
}

async function sameFiles(a: string, b: string): Promise<boolean> {
  if (statSync(a).size !== statSync(b).size) return false;
  const ia = createReadStream(a, { highWaterMark: 1 << 20 })[Symbol.asyncIterator]();
  const rb = createReadStream(b, { highWaterMark: 1 << 20 });
  let pending: Buffer = Buffer.alloc(0);
  for await (const cb of rb as AsyncIterable<Buffer>) {
    let need: Buffer = Buffer.from(cb);
    while (need.length > 0) {
      if (pending.length === 0) {
        const n = await ia.next();
        if (n.done) return false;
        pending = n.value as Buffer;
      }
      const k = Math.min(pending.length, need.length);
      if (!pending.subarray(0, k).equals(need.subarray(0, k))) return false;
      pending = pending.subarray(k);
      need = need.subarray(k);
    }
  }
  return true;
}

interface Row {
  id: string;
  label: string;
  /** per file column: result */
  cells: Map<string, { mbps: number; rss: number; extra: Child } | undefined>;
}

async function main(): Promise<void> {
  mkdirSync(BUILD, { recursive: true });
  mkdirSync(RESULTS, { recursive: true });
  await build({
    entryPoints: [join(HERE, 'child.ts')],
    // Split: what a measure imports when it runs is a chunk of its own, loaded only by that measure.
    outdir: BUILD,
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });

  const sizes = QUICK ? [10] : [10, 100];
  const columns: { key: string; file: string; label: string }[] = [];
  for (const mb of sizes) columns.push({ key: `UKE${mb}`, file: ensure('UKE', mb), label: `UKE ${mb} MB` });
  columns.push({ key: `HEN${sizes.at(-1)}`, file: ensure('HEN', sizes.at(-1)!), label: `HEN ${sizes.at(-1)} MB` });

  const measures: { id: string; label: string; only?: (col: string) => boolean; runs?: number }[] = [
    { id: 'noop', label: 'process baseline: Node + receden loaded, nothing read (RSS only)', runs: 1 },
    { id: 'floor', label: '(a) floor: read + find line ends (1 MiB chunks)' },
    { id: 'textdecoder', label: "(b) TextDecoder('shift_jis'), whole file" },
    { id: 'baseline', label: '(c) iconv-lite decode + csv-parse (streams)', only: (c) => c === 'UKE10' || flag('--baseline-100'), runs: 1 },
    { id: 'stream-parse', label: '(d) receden streaming parse, typed records' },
    { id: 'whole-parse', label: '(d) receden whole-file parse, typed records' },
    { id: 'stream-roundtrip', label: '(d) receden streaming round trip (parse + serialize, in memory)' },
    { id: 'whole-roundtrip', label: '(d) receden whole-file round trip (read + parse + serialize)' },
    { id: 'stream-copy', label: '(d) receden streaming file → file copy (disk write included)' },
  ];
  const extra = await extraMeasures();
  measures.push(...extra);

  const rows: Row[] = [];
  const roundtripOk = new Map<string, boolean>();
  for (const m of measures) {
    const row: Row = { id: m.id, label: m.label, cells: new Map() };
    rows.push(row);
    for (const col of columns) {
      if (m.only && !m.only(col.key)) continue;
      if (m.id === 'resubmit' && !col.key.startsWith('HEN')) continue;
      const results: Child[] = [];
      const out = join(DATA, `out-${m.id}.tmp`);
      // The first run also writes its output (untimed) for the byte-identity check.
      for (let i = 0; i < (m.runs ?? RUNS); i++) {
        results.push(child([m.id, col.file, i === 0 || m.id === 'stream-copy' ? out : '-']));
        if (existsSync(out)) {
          if (i === 0) roundtripOk.set(`${m.id} ${col.key}`, await sameFiles(col.file, out));
          unlinkSync(out);
          settle();
        }
      }
      const mbps = median(results.map((r) => r.bytes / 1e6 / r.seconds));
      const rss = results.reduce((m, r) => Math.max(m, r.maxRssMB), 0);
      row.cells.set(col.key, { mbps, rss, extra: results[0]! });
      process.stderr.write(`${m.id.padEnd(18)} ${col.label.padEnd(11)} ${mbps.toFixed(1).padStart(7)} MB/s  peak RSS ${rss.toFixed(0)} MB\n`);
    }
  }

  // The 1 GB file: streaming peak RSS.
  const huge: { id: string; mbps: number; rss: number }[] = [];
  let hugeSize = 0;
  if (HUGE) {
    const f = ensure('UKE', 1000);
    hugeSize = statSync(f).size;
    for (const id of ['floor', 'stream-parse', 'stream-roundtrip', 'stream-copy', 'jsonl-out', 'jsonl-in']) {
      const out = join(DATA, `out-${id}.tmp`);
      const r = child([id, f, out]);
      if (existsSync(out)) {
        roundtripOk.set(`${id} UKE1000`, await sameFiles(f, out));
        unlinkSync(out);
        settle();
      }
      huge.push({ id, mbps: r.bytes / 1e6 / r.seconds, rss: r.maxRssMB });
      process.stderr.write(`${id.padEnd(18)} UKE 1 GB    ${(r.bytes / 1e6 / r.seconds).toFixed(1).padStart(7)} MB/s  peak RSS ${r.maxRssMB.toFixed(0)} MB\n`);
    }
  }

  const md = report(columns, rows, huge, hugeSize, roundtripOk);
  process.stdout.write(md);
  writeFileSync(join(RESULTS, 'latest.md'), md);
  process.stderr.write(`\nwritten to bench/results/latest.md\n`);
}

async function extraMeasures(): Promise<{ id: string; label: string; runs?: number }[]> {
  const { MEASURES_EXTRA } = await import('./extra.js');
  const labels: Record<string, string> = {
    'stream-validate': '(d) receden validate, streaming',
    'whole-validate': '(d) receden validate, whole file',
    resubmit: '(d) receden resubmit (HEN → 再請求 UKE)',
    'jsonl-out': '(d) receden convert UKE → JSON Lines (streamed)',
    'jsonl-in': '(d) receden convert JSON Lines → UKE (streamed, checked before commit)',
  };
  return Object.keys(MEASURES_EXTRA).map((id) => ({ id, label: labels[id] ?? `(d) ${id}` }));
}

/** Let the kernel write back what a measurement wrote, so that it does not slow the next one. */
function settle(): void {
  try {
    execFileSync('sync');
  } catch {
    /* not available */
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    /* not Linux */
  }
  return `${nproc} cores (nproc), ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

function report(columns: { key: string; label: string }[], rows: Row[], huge: { id: string; mbps: number; rss: number }[], hugeSize: number, rt: Map<string, boolean>): string {
  const L: string[] = [];
  const cmd = `npm run bench${argv.length ? ' -- ' + argv.join(' ') : ''}`;
  L.push(`# Benchmark results`, '');
  L.push(`- Command: \`${cmd}\` (seed ${SEED}, ${RUNS} runs per measurement, median MB/s; peak RSS = largest of the runs, each run a fresh process)`);
  L.push(`- Machine: ${machine()}`);
  L.push(`- Date: ${new Date().toISOString().slice(0, 10)}`);
  L.push(`- MB = 10^6 bytes of input; ratio = MB/s ÷ (b) on the same file.`, '');
  L.push(`| measurement | ${columns.map((c) => `${c.label}: MB/s | ratio | peak RSS`).join(' | ')} |`);
  L.push(`|---|${columns.map(() => '---:|---:|---:').join('|')}|`);
  for (const r of rows) {
    const cells = columns.map((c) => {
      const x = r.cells.get(c.key);
      const b = rows.find((y) => y.id === 'textdecoder')?.cells.get(c.key);
      if (!x) return '— | — | —';
      if (r.id === 'noop') return `— | — | ${x.rss.toFixed(0)} MB`;
      return `${fmt(x.mbps)} | ${b ? (x.mbps / b.mbps).toFixed(2) + '×' : '—'} | ${x.rss.toFixed(0)} MB`;
    });
    L.push(`| ${r.label} | ${cells.join(' | ')} |`);
  }
  L.push('');
  const wp = rows.find((r) => r.id === 'whole-parse');
  const models = columns.map((c) => wp?.cells.get(c.key)).filter((x) => x);
  if (models.length) {
    L.push(`Whole-file model in memory (heap + external after parse and GC, every record typed): ${columns
      .map((c) => {
        const x = wp?.cells.get(c.key);
        return x ? `${c.label}: ${Number(x.extra.modelMB).toFixed(0)} MB = ${Number(x.extra.modelRatio).toFixed(2)}× the file` : '';
      })
      .filter(Boolean)
      .join('; ')}.`);
    L.push('');
  }
  if (huge.length) {
    L.push(`1 GB file (${(hugeSize / 1e6).toFixed(0)} MB, UKE): ${huge.map((h) => `${h.id} ${fmt(h.mbps)} MB/s, peak RSS ${h.rss.toFixed(0)} MB`).join('; ')}.`, '');
  }
  if (rt.size) {
    L.push(`Round trips byte-identical: ${[...rt].map(([k, v]) => `${k} ${v ? 'yes' : '**NO**'}`).join(', ')}.`, '');
  }
  // Targets.
  const big = columns.find((c) => c.key === 'UKE100') ?? columns[0]!;
  const get = (id: string, col = big.key) => rows.find((r) => r.id === id)?.cells.get(col);
  const sp = get('stream-parse');
  const td = get('textdecoder');
  const rtS = get('stream-roundtrip');
  const rtW = get('whole-roundtrip');
  const wm = get('whole-parse');
  const hugeRss = huge.find((h) => h.id === 'stream-parse')?.rss;
  const hugeRt = Math.max(huge.find((h) => h.id === 'stream-roundtrip')?.rss ?? 0, huge.find((h) => h.id === 'stream-copy')?.rss ?? 0);
  L.push(`## Targets (${big.label})`, '');
  L.push('| target | measured | met |', '|---|---|---|');
  if (sp && td) L.push(`| streaming parse of typed records ≥ 50% of (b) | ${fmt(sp.mbps)} MB/s = ${((sp.mbps / td.mbps) * 100).toFixed(0)}% of ${fmt(td.mbps)} MB/s | ${sp.mbps >= 0.5 * td.mbps ? 'yes' : 'no'} |`);
  const cp = get('stream-copy');
  if (rtS && rtW) L.push(`| round trip (parse + serialize unchanged) ≥ 100 MB/s | streaming ${fmt(rtS.mbps)} MB/s, whole-file ${fmt(rtW.mbps)} MB/s${cp ? ` (file → file with the disk write: ${fmt(cp.mbps)} MB/s)` : ''} | ${rtS.mbps >= 100 && rtW.mbps >= 100 ? 'yes' : 'no'} |`);
  L.push(`| streaming peak RSS < 100 MB for a 1 GB file | ${hugeRss !== undefined ? `parse ${hugeRss.toFixed(0)} MB, round trip / file copy ${hugeRt.toFixed(0)} MB` : 'not run (add --huge)'} | ${hugeRss !== undefined ? (Math.max(hugeRss, hugeRt ?? 0) < 100 ? 'yes' : 'no') : '—'} |`);
  const hj = Math.max(huge.find((h) => h.id === 'jsonl-out')?.rss ?? 0, huge.find((h) => h.id === 'jsonl-in')?.rss ?? 0);
  L.push(`| convert UKE → JSON Lines → UKE of a 1 GB file with peak RSS < 200 MB | ${hj ? `${hj.toFixed(0)} MB (each direction a process of its own)` : 'not run (add --huge)'} | ${hj ? (hj < 200 ? 'yes' : 'no') : '—'} |`);
  if (wm) L.push(`| whole-file model in memory < 3× the file | ${Number(wm.extra.modelRatio).toFixed(2)}× | ${Number(wm.extra.modelRatio) < 3 ? 'yes' : 'no'} |`);
  L.push('');
  return L.join('\n');
}

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
