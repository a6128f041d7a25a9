/**
 * The fuzzer's engine: generate cases (./inputs.ts) for each property (./properties.ts) and check
 * them; for a failure fast-check shrinks the input to a minimal reproducer. Every property runs, so
 * every failing one is reported.
 */
import fc from 'fast-check';
import { chunking, fixtureFiles, fuzzInput } from './inputs.js';
import { PROPERTIES, type FuzzCase } from './properties.js';

export interface FuzzFailure {
  readonly property: string;
  readonly message: string;
  /** The shrunk input. */
  readonly bytes: Uint8Array;
  readonly chunking: readonly number[];
  readonly seed: number;
  /** fast-check's replay path (with the seed, reproduces the run exactly). */
  readonly path: string;
}

export interface FuzzOptions {
  /** Cases in all, shared evenly by the properties. */
  readonly runs: number;
  /** Each property runs from its own seed derived from this one (reported with a failure). */
  readonly seed: number;
  /** Only these properties (by name). */
  readonly only?: readonly string[];
  /** Called every `every` cases with the count so far. */
  readonly progress?: (done: number, total: number) => void;
}

/**
 * Run the fuzzer: `runs` cases in all, shared evenly by the properties; each property gets its own
 * stream of inputs from the seed. Resolves with each failing property's minimal reproducer.
 */
export async function runFuzz(o: FuzzOptions): Promise<FuzzFailure[]> {
  const files = fixtureFiles();
  const arb = fc.record({ bytes: fuzzInput(files), chunking });
  const props = PROPERTIES.filter((p) => !o.only || o.only.includes(p.name));
  const per = Math.max(1, Math.ceil(o.runs / Math.max(1, props.length)));
  const failures: FuzzFailure[] = [];
  let done = 0;
  for (const [k, p] of props.entries()) {
    const seed = (o.seed + k * 0x9e3779b1) | 0;
    const details = await fc.check(
      fc.asyncProperty(arb, async (c) => {
        if (o.progress && ++done % 250 === 0) o.progress(done, per * props.length);
        await p.check(c);
      }),
      { numRuns: per, seed },
    );
    if (!details.failed) continue;
    const c = details.counterexample?.[0] as FuzzCase | undefined;
    const err = details.errorInstance;
    failures.push({
      property: p.name,
      message: err instanceof Error ? err.message : String(err),
      bytes: c?.bytes ?? new Uint8Array(0),
      chunking: c?.chunking ?? [],
      seed,
      path: details.counterexamplePath ?? '',
    });
  }
  return failures;
}

/** A short, printable view of a reproducer: hex of the first bytes, and the text where it is ASCII. */
export function preview(b: Uint8Array, max = 96): string {
  const head = b.subarray(0, max);
  const hex = [...head].map((x) => x.toString(16).padStart(2, '0')).join(' ');
  const text = [...head].map((x) => (x >= 0x20 && x < 0x7f ? String.fromCharCode(x) : x === 0x0d ? '␍' : x === 0x0a ? '␊' : '·')).join('');
  return `${b.length} bytes${b.length > max ? ` (first ${max})` : ''}\n  hex:  ${hex}\n  text: ${text}`;
}
