// Builds every package: ESM + bundled .d.ts for each.
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const target = 'es2022';

/** ESM (one file per module, so bundlers can tree-shake) and one .d.ts per entry; dependencies stay external. */
function library(dir, entries, { external = [] } = {}) {
  const isExternal = (id) => external.some((name) => id === name || id.startsWith(`${name}/`));
  const tsconfig = `packages/${dir}/tsconfig.json`;
  return [
    {
      input: Object.fromEntries(entries.map((entry) => [entry, `packages/${dir}/src/${entry}.ts`])),
      external: isExternal,
      plugins: [esbuild({ target, tsconfig })],
      output: {
        dir: `packages/${dir}/dist`,
        format: 'es',
        preserveModules: true,
        preserveModulesRoot: `packages/${dir}/src`,
        sourcemap: true,
      },
    },
    ...entries.map((entry) => ({
      input: `packages/${dir}/src/${entry}.ts`,
      external: isExternal,
      plugins: [dts({ tsconfig })],
      output: { file: `packages/${dir}/dist/${entry}.d.ts`, format: 'es' },
    })),
  ];
}

export default [...library('events', ['index'])];
