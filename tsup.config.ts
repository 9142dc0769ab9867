import { defineConfig } from "tsup";
import pkg from "./package.json" with { type: "json" };

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/main.ts" },
  format: ["esm", "cjs"],
  // Declarations only for the library entry: the CLI is run, not imported.
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  clean: true,
  target: "node20",
  // Workers spawned by the CLI need their own entry file next to cli.js.
  splitting: true,
  define: { __BANTIN_VERSION__: JSON.stringify(pkg.version) },
});
