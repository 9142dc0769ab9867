/**
 * `bantin --version` must start in under 3 times `node -e 0` (measured in bench/cli.ts on the build).
 * What keeps it fast is structural, and checked here: the modules the CLI entry loads before a
 * command runs (its static import graph) do not include the pipeline, the zod schemas, the report
 * or the worker pool; those are loaded with `import()` when needed.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const ENTRY = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));

/** Static, value-level imports of a module (type-only imports and `import()` excluded). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const out: string[] = [];
  const re = /^\s*(?:import|export)\s+(type\s+)?(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[1]) continue;
    out.push(m[2] as string);
  }
  return out;
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else seen.add(spec);
    }
  };
  visit(entry);
  return seen;
}

test("the CLI entry loads only light modules before a command runs", () => {
  const loaded = [...closure(ENTRY)].map((f) => f.replace(/^.*\/src\//, "src/"));
  expect(loaded.length).toBeGreaterThan(1);
  for (const heavy of ["zod", "piscina", "htmlparser2", "natural", "wink-nlp"])
    expect(loaded).not.toContain(heavy);
  for (const f of loaded) {
    expect(f).not.toMatch(/^src\/(?:analyze|normalize|segment|extract|schema|report|decode)\//);
    expect(f).not.toMatch(/^src\/(?:analyze|index)\.ts$/);
    expect(f).not.toMatch(/^src\/cli\/(?:task|worker|run)\.ts$/);
  }
});
