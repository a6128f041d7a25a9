import { defineConfig } from 'tsup';

// No source maps: the published code is not minified (ESM and CJS as tsup writes them), so stack
// traces already point at readable lines, and the maps were over half of the package (4.6 of 8.6 MB).
// The CSV libraries are imported from their browser ESM entries (their Node entries use the global
// Buffer); bundling them keeps the CommonJS build free of require(esm), so it loads on every Node 20,
// not only from 20.19 on — and the library and the CLI then need no runtime dependency but zod and
// date-fns (test/package checks the imports of every built file).
const csv = [/^csv-(parse|stringify)\//];

export default defineConfig([
  {
    // `csv` is not a public entry: it makes the CSV libraries a chunk of their own (src/resubmit/csv.ts), which a
    // bundle that reads no CSV drops whole (package.json "sideEffects": false), Buffer polyfill and all.
    entry: { index: 'src/index.ts', node: 'src/node.ts', testing: 'src/testing.ts', csv: 'src/resubmit/csv.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // CommonJS shares one chunk between the entry points too (without it, each .cjs held the whole library).
    splitting: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    external: ['node:*', 'fast-check'],
    noExternal: csv,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    noExternal: csv,
  },
]);
