import { defineConfig } from "tsup";
import pkg from "./package.json" with { type: "json" };

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
  format: ["esm", "cjs"],
  // Declarations only for the library entry: the CLI is run, not imported.
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  clean: true,
  target: "node20",
  // Workers spawned by the CLI need their own entry file next to cli.js.
  splitting: true,
  // The CLI finds its worker by import.meta.url, also in the CJS build.
  shims: true,
  define: { __BANTIN_VERSION__: JSON.stringify(pkg.version) },
});
