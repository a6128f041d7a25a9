/**
 * The source tree is layered: bytes → lines → records → receipts → rules → writers → adapters. Every
 * import between folders of src/ goes down the layer list below (so there are no cycles between
 * folders), and the message catalogues import nothing from the features.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/files.js';

/** The folders of src/, lowest layer first. An import may only go to the same folder or an earlier one. */
const LAYERS = ['meta', 'codec', 'spec', 'messages', 'diagnostics', 'model', 'stream', 'validate', 'write', 'json', 'resubmit', 'schema', 'mask', 'render', 'testing', 'node', 'cli', 'app'];

const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : n.endsWith('.ts') ? [p] : [];
  });
}

/** The src/ folder of a file ('' for the entry points at src/ itself). */
function folderOf(p: string): string {
  const parts = relative(SRC, p).split(sep);
  return parts.length > 1 ? parts[0]! : '';
}

/** Every relative import and re-export of a file, resolved: [from folder, to folder, file]. */
function edges(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const f of files(SRC)) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^'";]*?from\s+'(\.[^']+)'/g)) {
      const target = resolve(dirname(f), m[1]!);
      out.push([folderOf(f), folderOf(target), relative(ROOT, f)]);
    }
  }
  return out;
}

describe('layers of src/', () => {
  const all = edges();

  it('every folder of src/ has its place in the layer list', () => {
    const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory());
    expect(folders.sort()).toEqual([...LAYERS].sort());
  });

  it('imports between folders only go down the layers (hence no cycles between folders)', () => {
    const up = all.filter(([from, to]) => from !== '' && from !== to && LAYERS.indexOf(to) > LAYERS.indexOf(from)).map(([from, to, file]) => `${file}: ${from} → ${to}`);
    expect(up).toEqual([]);
    // No folder imports an entry point (src/index.ts, src/node.ts …).
    expect(all.filter(([from, to]) => from !== '' && to === '').map(([, , file]) => file)).toEqual([]);
  });

  it('the folder graph has no cycle', () => {
    const g = new Map<string, Set<string>>();
    for (const [from, to] of all) if (from !== to && from !== '') (g.get(from) ?? g.set(from, new Set()).get(from)!).add(to);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (n: string, path: string[]) => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'open') {
        cycles.push([...path.slice(path.indexOf(n)), n].join(' → '));
        return;
      }
      state.set(n, 'open');
      for (const m of g.get(n) ?? []) visit(m, [...path, n]);
      state.set(n, 'done');
    };
    for (const n of g.keys()) visit(n, []);
    expect(cycles).toEqual([]);
  });

  it('the message catalogues depend on nothing but themselves', () => {
    expect(all.filter(([from, to]) => from === 'messages' && to !== 'messages').map(([, to, file]) => `${file} → ${to}`)).toEqual([]);
  });
});
