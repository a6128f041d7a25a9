import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts', testing: 'src/testing.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    external: ['node:*', 'fast-check'],
    // The CSV libraries are imported from their browser ESM entries (their Node entries use the
    // global Buffer); bundling them keeps the CommonJS build free of require(esm), so it loads on
    // every Node 20, not only from 20.19 on.
    noExternal: [/^csv-(parse|stringify)\//],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
]);
