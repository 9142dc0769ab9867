/**
 * `npm run bench -- --data ../shared/data [--suite name] [--json]`
 *
 * Speed lives here, not in unit tests: every figure is measured in one run, next to its baseline
 * (native NFC, chrono-node, the normaliser alone...), and reported as a ratio.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { SUITES } from "./suites.js";
import type { BenchRow } from "./types.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const dataDir = resolve(arg("--data") ?? "../shared/data");
if (!existsSync(dataDir)) {
  process.stderr.write(`bench: data folder not found: ${dataDir} (pass --data <path>)\n`);
  process.exit(2);
}
const only = arg("--suite");
const asJson = process.argv.includes("--json");
const all: Record<string, BenchRow[]> = {};
const fmt = (v: number | undefined, digits = 1) => (v === undefined ? "" : v.toFixed(digits));
for (const suite of SUITES) {
  if (only && suite.name !== only) continue;
  const rows = await suite.run(dataDir);
  all[suite.name] = rows;
  if (asJson) continue;
  console.log(`\n## ${suite.name}`);
  console.log(
    `${"measure".padEnd(52)} ${"MB/s".padStart(9)} ${"items/s".padStart(10)} ${"value".padStart(10)} ${"ratio".padStart(8)}  note`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(52)} ${fmt(r.mbPerSec).padStart(9)} ${fmt(r.perSec, 0).padStart(10)} ${fmt(r.value, 2).padStart(10)} ${fmt(r.ratio, 3).padStart(8)}  ${r.note ?? ""}`,
    );
  }
}
if (asJson) console.log(JSON.stringify(all, null, 2));
