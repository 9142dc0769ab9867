/**
 * The `bantin` command at corpus scale, measured on the built `dist/cli.js` (npm run bench builds):
 *
 * - articles/s and MB/s of `bantin analyze --input jsonl` over the news corpus (2,604 baomoi
 *   articles in their archive text form) with `--jobs 1` and `--jobs 2`; the ratio is the scaling;
 * - peak memory (VmHWM: all threads) while a large stream of repeated corpus lines goes through
 *   stdin, read at several points of the stream: flat means memory does not grow with the input;
 * - start-up of `bantin --version` as a ratio to `node -e 0`.
 *
 * Options: `--cli-large-mb N` size of the large stream (default 64: memory is flat after its first
 * eighth; pass more to see it stay flat).
 * The machine's load average is printed with each figure: scaling needs two idle cores.
 */
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { BenchRow, BenchSuite } from "./types.js";

const ROOT = resolve(import.meta.dirname, "..");
/** The built CLI; `BANTIN_CLI` points at another build (e.g. one made with `tsup --out-dir`). */
const CLI = process.env.BANTIN_CLI ? resolve(process.env.BANTIN_CLI) : join(ROOT, "dist", "cli.js");
const OUT = join(ROOT, "bench", "out");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const load = (): string => `load ${loadavg()[0]?.toFixed(2)}`;

/** The corpus as JSONL `{id, text}` (the archive text of each article), built once into bench/out. */
async function buildCorpus(
  dataDir: string,
): Promise<{ file: string; articles: number; textBytes: number }> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, "cli-corpus.jsonl");
  const source = join(dataDir, "news", "baomoi-paragraphs.jsonl");
  const out = createWriteStream(file);
  let articles = 0;
  let textBytes = 0;
  const lines = createInterface({
    input: createReadStream(source, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const a = JSON.parse(line) as {
      id: string;
      raw?: string;
      title?: string;
      body_paragraphs?: string[];
    };
    const text = a.raw ?? [a.title ?? "", ...(a.body_paragraphs ?? [])].join("\n\n");
    textBytes += Buffer.byteLength(text);
    articles++;
    if (!out.write(`${JSON.stringify({ id: a.id, text })}\n`))
      await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return { file, articles, textBytes };
}

/** Peak resident memory of a process and all its threads, from /proc (Linux), in bytes. */
function peakRss(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds (user + system) of a process's main thread and of all its threads, from /proc
 * (Linux). The main thread's share tells whether it (reading, ordering, writing) limits scaling;
 * the total, unlike wall time, hardly depends on the machine's load.
 */
function cpuSeconds(pid: number): { main: number; total: number } | undefined {
  const ticks = (path: string): number | undefined => {
    try {
      // Fields after the command name (which may hold spaces): utime is the 12th, stime the 13th.
      const rest = readFileSync(path, "utf8").split(") ")[1]?.split(" ") ?? [];
      return Number(rest[11]) + Number(rest[12]);
    } catch {
      return undefined;
    }
  };
  const main = ticks(`/proc/${pid}/task/${pid}/stat`);
  const total = ticks(`/proc/${pid}/stat`);
  // Clock ticks: 100 per second on Linux.
  return main === undefined || total === undefined
    ? undefined
    : { main: main / 100, total: total / 100 };
}

/** Runs the CLI over a file; returns seconds, output lines, peak memory and CPU time. */
async function timeRun(args: string[]): Promise<{
  seconds: number;
  lines: number;
  peak: number | undefined;
  cpu: { main: number; total: number } | undefined;
}> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let lines = 0;
  let peak: number | undefined;
  let cpu: { main: number; total: number } | undefined;
  const poll = setInterval(() => {
    peak = peakRss(child.pid as number) ?? peak;
    cpu = cpuSeconds(child.pid as number) ?? cpu;
  }, 100);
  child.stdout.on("data", (c: Buffer) => {
    for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) lines++;
  });
  const code = await new Promise<number | null>((r) => child.on("close", r));
  clearInterval(poll);
  if (code !== 0) throw new Error(`bantin ${args.join(" ")} exited with ${code}`);
  return { seconds: (performance.now() - t0) / 1000, lines, peak, cpu };
}

const cpuNote = (cpu: { main: number; total: number } | undefined): string =>
  cpu ? `CPU ${cpu.total.toFixed(1)} s, main thread ${cpu.main.toFixed(1)} s` : "CPU unknown";

/** Streams `totalBytes` of repeated corpus lines into `bantin analyze` on stdin; samples peak RSS. */
async function largeStream(
  corpus: string,
  totalBytes: number,
  jobs: number,
  extra: readonly string[] = [],
): Promise<{ seconds: number; lines: number; samples: [number, number][] }> {
  const lines = readFileSync(corpus, "utf8")
    .split("\n")
    .filter((l) => l !== "");
  const child = spawn(
    process.execPath,
    [CLI, "analyze", "--input", "jsonl", "--quiet", "--jobs", String(jobs), ...extra],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  let outLines = 0;
  child.stdout.on("data", (c: Buffer) => {
    for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) outLines++;
  });
  const samples: [number, number][] = [];
  let written = 0;
  let nextSample = totalBytes / 8;
  const t0 = performance.now();
  for (let i = 0; written < totalBytes; i++) {
    const line = lines[i % lines.length] as string;
    // A new id per repetition, as a real stream would have.
    const text = `${line.slice(0, 1)}"rep":${Math.floor(i / lines.length)},${line.slice(1)}\n`;
    written += Buffer.byteLength(text);
    if (!child.stdin.write(text)) await new Promise((r) => child.stdin.once("drain", r));
    if (written >= nextSample) {
      samples.push([written, peakRss(child.pid as number) ?? 0]);
      nextSample += totalBytes / 8;
    }
  }
  child.stdin.end();
  const poll = setInterval(() => {
    const p = peakRss(child.pid as number);
    if (p) samples[samples.length - 1] = [written, p];
  }, 100);
  const code = await new Promise<number | null>((r) => child.on("close", r));
  clearInterval(poll);
  if (code !== 0) throw new Error(`large stream: bantin exited with ${code}`);
  return { seconds: (performance.now() - t0) / 1000, lines: outLines, samples };
}

/** Median wall time of `runs` spawns of a command, in ms. */
function medianSpawn(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (r.status !== 0) throw new Error(`${args.join(" ")} exited with ${r.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export const cliSuite: BenchSuite = {
  name: "cli",
  async run(dataDir) {
    if (!existsSync(CLI))
      return [
        { name: "bantin CLI", note: "dist/cli.js missing: run npm run build (npm run bench does)" },
      ];
    const rows: BenchRow[] = [];

    // Start-up: interleaved so that both see the same machine state.
    medianSpawn(["-e", "0"], 3);
    const node = medianSpawn(["-e", "0"], 15);
    const version = medianSpawn([CLI, "--version"], 15);
    rows.push({ name: "start-up: node -e 0", value: node, note: "ms (median of 15)" });
    rows.push({
      name: "start-up: bantin --version",
      value: version,
      ratio: version / node,
      note: "ms; ratio to node -e 0 (target < 3)",
    });

    const corpus = await buildCorpus(dataDir);
    const mb = corpus.textBytes / 1e6;
    const common = ["analyze", corpus.file, "--input", "jsonl", "--quiet"];
    const loadBefore = load();
    const one = await timeRun([...common, "--jobs", "1"]);
    const two = await timeRun([...common, "--jobs", "2"]);
    for (const r of [one, two])
      if (r.lines !== corpus.articles)
        throw new Error(`expected ${corpus.articles} lines, got ${r.lines}`);
    rows.push({
      name: `analyze --format jsonl, ${corpus.articles} articles, --jobs 1`,
      mbPerSec: mb / one.seconds,
      perSec: corpus.articles / one.seconds,
      value: one.seconds,
      note: `s; peak ${((one.peak ?? 0) / 1e6).toFixed(0)} MB; ${cpuNote(one.cpu)}; ${loadBefore}`,
    });
    rows.push({
      name: `analyze --format jsonl, ${corpus.articles} articles, --jobs 2`,
      mbPerSec: mb / two.seconds,
      perSec: corpus.articles / two.seconds,
      value: two.seconds,
      ratio: one.seconds / two.seconds,
      note: `s; ratio = scaling over --jobs 1 (target >= 1.8; needs two idle cores); peak ${((two.peak ?? 0) / 1e6).toFixed(0)} MB; ${cpuNote(two.cpu)}; ${load()}`,
    });

    if (one.cpu && two.cpu) {
      // What two idle cores would give: the work each thread does does not depend on the load, so
      // the CPU time a run needs, split over its workers, bounds its wall time from below.
      rows.push({
        name: "scaling from CPU time: 2 x CPU(--jobs 1) / CPU(--jobs 2)",
        value: (2 * one.cpu.total) / two.cpu.total,
        note: "the scaling on two idle cores when no thread waits (load-independent; compare with the ratio above on a quiet machine)",
      });
    }

    const largeMb = Number(arg("--cli-large-mb") ?? 64);
    const variants: [number, string[]][] = [
      [1, []],
      [2, []],
      [2, ["--max-memory", "128"]],
    ];
    for (const [jobs, extra] of variants) {
      const large = await largeStream(corpus.file, largeMb * 1e6, jobs, extra);
      const peaks = large.samples.map(([, p]) => p);
      const first = peaks[0] ?? 0;
      const last = Math.max(...peaks);
      rows.push({
        name: `large stream ${largeMb} MB on stdin, --jobs ${jobs}${extra.length ? ` ${extra.join(" ")}` : ""}: peak RSS`,
        mbPerSec: largeMb / large.seconds,
        perSec: large.lines / large.seconds,
        value: last / 1e6,
        note: `MB (target < 300); at 1/8 of the stream ${(first / 1e6).toFixed(0)} MB, then ${peaks
          .slice(1)
          .map((p) => (p / 1e6).toFixed(0))
          .join(" ")}; ${large.lines} lines; ${load()}`,
      });
    }
    return rows;
  },
};
