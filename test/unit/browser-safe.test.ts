/**
 * The core must run in a browser: no Node built-ins and no Buffer outside the Node adapters and the
 * CLI. Checked twice: statically on the sources, and by bundling the entry points for the browser.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/files.js';

const NODE_ONLY = [/^src\/node(\/|\.ts$)/, /^src\/cli(\/|\.ts$)/];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('browser safety', () => {
  const core = sources(join(ROOT, 'src'))
    .map((p) => relative(ROOT, p))
    .filter((p) => !NODE_ONLY.some((re) => re.test(p)));

  it('core sources import no Node built-ins and use no Buffer', () => {
    const offenders = core.filter((p) => {
      const text = readFileSync(join(ROOT, p), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return /from ['"](node:|fs|path|os|stream|crypto|util|buffer|child_process)['"/]/.test(text) || /\bBuffer\./.test(text) || /\bprocess\./.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it.each(['src/index.ts', 'src/testing.ts'])('%s bundles for the browser platform', async (entry) => {
    const r = await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, platform: 'browser', format: 'esm', external: ['fast-check'], logLevel: 'silent' });
    expect(r.errors).toEqual([]);
    expect(r.outputFiles[0]!.text.length).toBeGreaterThan(1000);
  });
});
