/**
 * `npm run eval -- --data ../shared/data [--suite name] [--check] [--update-floors] [--json]`
 *
 * Runs every evaluation suite on the real data and prints its scores. With `--check`, fails when a
 * score falls below its floor in `scripts/eval/floors/<suite>.json` (the ratchet CI enforces); with
 * `--update-floors`, raises each floor to the current score (never lowers one).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SUITES } from "./suites.js";
import type { Score } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const floorsDir = join(here, "floors");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(name);

const dataDir = resolve(arg("--data") ?? "../shared/data");
if (!existsSync(dataDir)) {
  process.stderr.write(
    `eval: data folder not found: ${dataDir} (pass --data <path to shared/data>)\n`,
  );
  process.exit(2);
}
const only = arg("--suite");
const check = flag("--check");
const update = flag("--update-floors");
const asJson = flag("--json");

type Floors = Record<string, number>;
const readFloors = (suite: string): Floors => {
  const p = join(floorsDir, `${suite}.json`);
  return existsSync(p) ? (JSON.parse(readFileSync(p, "utf8")) as Floors) : {};
};

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
const results: Record<string, Score[]> = {};
const regressions: string[] = [];
for (const suite of SUITES) {
  if (only && suite.name !== only) continue;
  const t0 = performance.now();
  const scores = await suite.run(dataDir);
  const ms = performance.now() - t0;
  results[suite.name] = scores;
  const floors = readFloors(suite.name);
  if (!asJson) {
    console.log(`\n## ${suite.name}: ${suite.description} (${(ms / 1000).toFixed(1)} s)`);
  }
  for (const s of scores) {
    const floor = floors[s.name];
    const below = floor !== undefined && s.value < floor - 1e-9;
    if (below) regressions.push(`${suite.name}/${s.name}: ${pct(s.value)} < floor ${pct(floor)}`);
    if (!asJson) {
      const f = floor === undefined ? "no floor" : `floor ${pct(floor)}`;
      console.log(
        `${below ? "FAIL" : "    "} ${s.name.padEnd(44)} ${String(s.passed).padStart(7)} / ${String(s.total).padEnd(7)} ${pct(s.value).padStart(8)}  (${f})`,
      );
      for (const failure of s.failures ?? []) console.log(`       - ${failure}`);
    }
  }
  if (update) {
    const next: Floors = { ...floors };
    for (const s of scores) {
      // Floors only rise; round down so that float noise never fails the next run.
      const v = Math.floor(s.value * 1e6) / 1e6;
      next[s.name] = Math.max(floors[s.name] ?? 0, v);
    }
    mkdirSync(floorsDir, { recursive: true });
    writeFileSync(join(floorsDir, `${suite.name}.json`), `${JSON.stringify(next, null, 2)}\n`);
  }
}
if (asJson) console.log(JSON.stringify(results, null, 2));
if (regressions.length > 0) {
  process.stderr.write(`\neval: ${regressions.length} score(s) below their floor:\n`);
  for (const r of regressions) process.stderr.write(`  ${r}\n`);
  if (check) process.exit(1);
}
