/**
 * `bantin corpus ...` at corpus scale (`--suite corpus`), on the built `dist/cli.js`:
 *
 * - `corpus dupes` and `corpus keywords` over the 7,604 news articles as raw JSONL (`{id, text}`),
 *   with `--jobs 1` and `--jobs 2`: articles/s, MB/s, peak memory (VmHWM, all threads);
 * - `corpus entities` and `corpus timeline` over the 2,604 archive-layout articles, from raw text
 *   (they run the whole analysis) and from `bantin analyze` JSONL (they only aggregate); the
 *   baseline is `bantin analyze` itself over the same articles in the same run;
 * - in process: the near-duplicate index against comparing every pair of signatures (the
 *   baseline LSH avoids), and BM25 scoring through wink-nlp against natural's TF-IDF over the same
 *   terms;
 * - scale: a NearDuplicateIndex filled with 1,000,000 signatures (random, with planted re-posts):
 *   time, memory, and the planted pairs found.
 *
 * The machine's load average is printed with each figure: two idle cores are needed for --jobs 2.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { TfIdf } from "natural/lib/natural/tfidf/index.js";
import { KeywordScorer, TermDictionary } from "../src/corpus/keywords.js";
import { NearDuplicateIndex } from "../src/corpus/near-duplicates.js";
import { articleTerms } from "../src/corpus/terms.js";
import type { BenchRow, BenchSuite } from "./types.js";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "dist", "cli.js");
const OUT = join(ROOT, "bench", "out");

const load = (): string => `load ${loadavg()[0]?.toFixed(2)}`;
const mbOf = (bytes: number | undefined) => `${((bytes ?? 0) / 1e6).toFixed(0)} MB`;

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

interface Corpus {
  file: string;
  articles: number;
  textBytes: number;
}

/** The news corpus as JSONL `{id, text}`: archive-layout articles, then (when `all`) flat ones. */
async function writeCorpus(dataDir: string, name: string, all: boolean): Promise<Corpus> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  const out = createWriteStream(file);
  let articles = 0;
  let textBytes = 0;
  const write = async (id: string, text: string) => {
    articles++;
    textBytes += Buffer.byteLength(text);
    if (!out.write(`${JSON.stringify({ id, text })}\n`))
      await new Promise<void>((r) => out.once("drain", () => r()));
  };
  for (const a of readJsonl<{ id: string; raw: string }>(
    join(dataDir, "news", "baomoi-paragraphs.jsonl"),
  ))
    await write(a.id, a.raw);
  if (all) {
    for (const a of readJsonl<{ id: string; title: string; sapo?: string; body: string }>(
      join(dataDir, "news", "baomoi-flat-sample.jsonl"),
    ))
      await write(a.id, [a.title, a.sapo, a.body].filter(Boolean).join("\n\n"));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return { file, articles, textBytes };
}

function peakRss(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the CLI; returns seconds, output bytes and peak memory. Writes stdout to `outFile`. */
async function timeRun(
  args: string[],
  outFile?: string,
): Promise<{ seconds: number; bytes: number; peak: number | undefined }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const sink = outFile ? createWriteStream(outFile) : undefined;
  let bytes = 0;
  let peak: number | undefined;
  const poll = setInterval(() => {
    peak = peakRss(child.pid as number) ?? peak;
  }, 50);
  child.stdout.on("data", (c: Buffer) => {
    bytes += c.length;
    sink?.write(c);
  });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  const code = await new Promise<number | null>((r) => child.on("close", r));
  clearInterval(poll);
  if (sink) await new Promise<void>((r) => sink.end(() => r()));
  if (code !== 0) throw new Error(`bantin ${args.join(" ")} exited with ${code}: ${stderr}`);
  return { seconds: (performance.now() - t0) / 1000, bytes, peak };
}

/** xorshift32: fast repeatable random numbers for synthetic signatures. */
function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

/** 1,000,000 signatures through the index: random ones, and every 1,000th a re-post of an earlier one. */
function millionArticles(): BenchRow[] {
  const n = 1_000_000;
  const index = new NearDuplicateIndex();
  const h = 128;
  const rnd = xorshift(7);
  const kept: Uint32Array[] = [];
  const sig = new Uint32Array(h);
  let planted = 0;
  let found = 0;
  if (global.gc) global.gc();
  const heap0 = process.memoryUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    if (i % 1000 === 999 && kept.length > 0) {
      // A re-post: 85% of the positions of an earlier signature (estimated Jaccard about 0.85).
      const base = kept[(rnd() >>> 0) % kept.length] as Uint32Array;
      for (let k = 0; k < h; k++) sig[k] = rnd() % 100 < 85 ? (base[k] as number) : rnd();
      planted++;
      if (index.addSignature(i, sig).length > 0) found++;
      continue;
    }
    for (let k = 0; k < h; k++) sig[k] = rnd();
    if (i % 1000 === 0) kept.push(Uint32Array.from(sig));
    index.addSignature(i, sig);
  }
  const seconds = (performance.now() - t0) / 1000;
  const heap1 = process.memoryUsage();
  const groups = index.groups().length;
  return [
    {
      name: "dupes index: 1,000,000 signatures (in process)",
      perSec: n / seconds,
      value: seconds,
      note: `s; index ${mbOf(index.bytes)} (signatures, buckets, union-find); process grew ${mbOf(heap1.rss - heap0.rss)}; ${found}/${planted} planted re-posts found, ${groups} groups; ${load()}`,
    },
    {
      name: "dupes: all pairs for 1,000,000 articles (baseline)",
      value: (n * (n - 1)) / 2 / 1e9,
      note: "billion signature comparisons, the work LSH banding avoids",
    },
  ];
}

/** In process: the index against every pair of the same signatures. */
function lshVersusAllPairs(signatures: readonly Uint32Array[]): BenchRow[] {
  const t0 = performance.now();
  const index = new NearDuplicateIndex();
  for (let i = 0; i < signatures.length; i++) index.addSignature(i, signatures[i] as Uint32Array);
  const lsh = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  let similar = 0;
  const h = 128;
  const flat = new Uint32Array(signatures.length * h);
  signatures.forEach((s, i) => {
    flat.set(s, i * h);
  });
  for (let i = 0; i < signatures.length; i++) {
    for (let j = 0; j < i; j++) {
      let same = 0;
      for (let k = 0; k < h; k++) if (flat[i * h + k] === flat[j * h + k]) same++;
      if (same >= h / 2) similar++;
    }
  }
  const all = (performance.now() - t1) / 1000;
  return [
    {
      name: `dupes index over ${signatures.length} news signatures`,
      perSec: signatures.length / lsh,
      value: lsh,
      ratio: all / lsh,
      note: `s; ratio = all-pairs time (${all.toFixed(1)} s, ${similar} pairs at or above 0.5) / index time; ${index.pairs} pairs found by the index`,
    },
  ];
}

/** In process: BM25 through wink over the corpus terms, against natural's TF-IDF over the same terms. */
function bm25VersusTfidf(terms: ReturnType<typeof articleTerms>[]): BenchRow[] {
  const t0 = performance.now();
  const dictionary = new TermDictionary();
  const vectors = terms.map((t) => dictionary.add(t));
  const scorer = new KeywordScorer(dictionary);
  for (const v of vectors) scorer.keywords(v);
  const bm25 = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const tfidf = new TfIdf();
  for (const t of terms) tfidf.addDocument([...t.terms]);
  for (let i = 0; i < terms.length; i++) tfidf.listTerms(i).slice(0, 10);
  const natural = (performance.now() - t1) / 1000;
  return [
    {
      name: `keywords: BM25 (wink) over ${terms.length} articles' terms`,
      perSec: terms.length / bm25,
      value: bm25,
      ratio: natural / bm25,
      note: `s; ratio = natural TF-IDF time (${natural.toFixed(1)} s: its IDF scans every document per term) / BM25 time`,
    },
  ];
}

export const corpusSuite: BenchSuite = {
  name: "corpus",
  async run(dataDir) {
    const rows: BenchRow[] = [];
    // In process first (no worker threads running beside them).
    const paragraphs = readJsonl<{ id: string; raw: string }>(
      join(dataDir, "news", "baomoi-paragraphs.jsonl"),
    );
    const terms = paragraphs.map((a) => articleTerms(a.raw));
    rows.push(...bm25VersusTfidf(terms));
    const { duplicateSignature } = await import("../src/corpus/near-duplicates.js");
    const { normalize } = await import("../src/normalize/normalize.js");
    const t0 = performance.now();
    const signatures = paragraphs.map((a) => duplicateSignature(normalize(a.raw).text));
    const sigSeconds = (performance.now() - t0) / 1000;
    rows.push({
      name: `dupes signatures of ${paragraphs.length} articles (normalise, fold, shingle, MinHash)`,
      perSec: paragraphs.length / sigSeconds,
      value: (sigSeconds / paragraphs.length) * 1000 * 1000,
      note: "ms per 1,000 articles",
    });
    rows.push(...lshVersusAllPairs(signatures));
    rows.push(...millionArticles());

    if (!existsSync(CLI))
      return [
        ...rows,
        {
          name: "bantin corpus CLI",
          note: "dist/cli.js missing: run npm run build (npm run bench does)",
        },
      ];

    const all = await writeCorpus(dataDir, "corpus-all.jsonl", true);
    const archive = await writeCorpus(dataDir, "corpus-archive.jsonl", false);
    const cli = async (name: string, corpus: Corpus, args: string[], baseline?: number) => {
      const r = await timeRun(["corpus", ...args, corpus.file, "--quiet"]);
      rows.push({
        name,
        mbPerSec: corpus.textBytes / 1e6 / r.seconds,
        perSec: corpus.articles / r.seconds,
        value: r.seconds,
        ...(baseline !== undefined ? { ratio: baseline / r.seconds } : {}),
        note: `s; peak ${mbOf(r.peak)}; output ${mbOf(r.bytes)}${baseline !== undefined ? "; ratio = time of the baseline / this" : ""}; ${load()}`,
      });
      return r;
    };
    const d1 = await cli(`corpus dupes, ${all.articles} raw articles, --jobs 1`, all, ["dupes"]);
    await cli(
      `corpus dupes, ${all.articles} raw articles, --jobs 2`,
      all,
      ["dupes", "-j", "2"],
      d1.seconds,
    );
    const k1 = await cli(`corpus keywords, ${all.articles} raw articles, --jobs 1`, all, [
      "keywords",
    ]);
    await cli(
      `corpus keywords, ${all.articles} raw articles, --jobs 2`,
      all,
      ["keywords", "-j", "2"],
      k1.seconds,
    );

    // The analysis once (the baseline the entity and timeline commands build on), then both ways.
    const analyses = join(OUT, "corpus-analyses.jsonl");
    const a = await timeRun(["analyze", archive.file, "--quiet", "-j", "2"], analyses);
    rows.push({
      name: `baseline: bantin analyze, ${archive.articles} articles, --jobs 2`,
      mbPerSec: archive.textBytes / 1e6 / a.seconds,
      perSec: archive.articles / a.seconds,
      value: a.seconds,
      note: `s; peak ${mbOf(a.peak)}; ${mbOf(statSync(analyses).size)} of JSONL; ${load()}`,
    });
    await cli(
      `corpus entities, ${archive.articles} raw articles, --jobs 2`,
      archive,
      ["entities", "-j", "2", "--table", "edges"],
      a.seconds,
    );
    const fromAnalyses = { ...archive, file: analyses };
    await cli(
      `corpus entities from analyses (${archive.articles}), --jobs 2`,
      fromAnalyses,
      ["entities", "-j", "2", "--table", "edges"],
      a.seconds,
    );
    await cli(
      `corpus timeline from analyses (${archive.articles}), --jobs 2`,
      fromAnalyses,
      ["timeline", "-j", "2"],
      a.seconds,
    );
    await cli(`corpus keywords from analyses (${archive.articles}), --jobs 2`, fromAnalyses, [
      "keywords",
      "-j",
      "2",
    ]);
    return rows;
  },
};
