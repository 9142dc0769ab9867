import { readFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";
import pkg from "./package.json" with { type: "json" };

/**
 * Data files (the gazetteer, the word list) go into the bundle as one JSON string each, parsed on
 * first use by `jsonData` (src/data/load.ts): a string literal costs V8 a fast scan at import, an
 * object literal of the same size a full compile (about 0.25 s for these two).
 */
const jsonAsString: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "json-as-string",
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => ({
      contents: `export default ${JSON.stringify(JSON.stringify(JSON.parse(await readFile(path, "utf8"))))};`,
      loader: "js",
    }));
  },
};

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
  format: ["esm", "cjs"],
  // Declarations only for the library entry: the CLI is run, not imported.
  dts: { entry: { index: "src/index.ts" } },
  // No source maps: they were 6 MB of the 10.7 MB package; the bundles are not minified, so stack
  // traces are readable without them.
  sourcemap: false,
  esbuildPlugins: [jsonAsString],
  clean: true,
  target: "node20",
  // Workers spawned by the CLI need their own entry file next to cli.js.
  splitting: true,
  // The CLI finds its worker by import.meta.url, also in the CJS build.
  shims: true,
  define: { __BANTIN_VERSION__: JSON.stringify(pkg.version) },
});
