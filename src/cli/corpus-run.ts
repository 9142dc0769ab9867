/**
 * One run of `bantin corpus <keywords|dupes|entities|timeline>`: the inputs are read and reduced
 * per article exactly as `bantin analyze` reads them (the same readers, worker pool, ordered
 * window and error records), and the reductions are aggregated here, in the main thread, in input
 * order, so that every output is deterministic whatever `--jobs`.
 *
 * Memory stays bounded by the aggregates, not by the corpus: `dupes` keeps 256 bytes of signature
 * and its band buckets per article, `entities` one entry per distinct entity, title and pair,
 * `timeline` one per period; the long tables (titles, mentions, timeline items, duplicate pairs)
 * are written as articles arrive. `keywords` needs the document frequencies of the whole corpus
 * before it can weigh any article, so it spills each article's term counts to a temporary file and
 * reads them back once the corpus is counted.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EntityTables, entityMentionRows, personTitleRows } from "../corpus/entity-tables.js";
import type { ArticleFacts } from "../corpus/facts.js";
import { KeywordScorer, TermDictionary, type TermVector } from "../corpus/keywords.js";
import { NearDuplicateIndex } from "../corpus/near-duplicates.js";
import type { ArticleTerms } from "../corpus/terms.js";
import { Timeline } from "../corpus/timeline.js";
import type { ArticleId } from "../schema/corpus.js";
import { EXIT } from "./args.js";
import { errorComplainer } from "./complain.js";
import type { CorpusFormat, CorpusOptions, EntityTableName } from "./corpus-args.js";
import {
  ARTICLE_KEYWORDS,
  CORPUS_KEYWORDS,
  DUPLICATE_GROUPS,
  DUPLICATE_PAIRS,
  EDGES,
  MENTIONS,
  NODES,
  ORGANISATIONS,
  PEOPLE,
  type TableSpec,
  TableWriter,
  TIMELINE,
  TIMELINE_ITEMS,
  TITLES,
} from "./corpus-output.js";
import type { DuplicateDigest, KeywordDigest } from "./corpus-task.js";
import { splitLines } from "./input/lines.js";
import { describeFsError, PlanError, planInputs, type Unit } from "./input/sources.js";
import { inOrder } from "./ordered.js";
import { Writer } from "./output/sink.js";
import { createProcessor } from "./pool.js";
import { ProgressDisplay, type RunStats, summaryLine } from "./progress.js";
import { errorResult, type TaskResult, type TaskSettings } from "./records.js";

declare const __BANTIN_VERSION__: string | undefined;

/** Consumes results in input order and writes what the command outputs. */
interface Aggregator {
  accept(r: TaskResult): Promise<void>;
  finish(): Promise<void>;
}

/** Where tables go: writers to create, and to close at the end. */
class Destinations {
  readonly writers: Writer[] = [];

  constructor(private readonly onClosed: () => void) {}

  /** stdout, or a file. */
  stream(path: string | undefined): Writer {
    const w =
      path === undefined
        ? new Writer(process.stdout, false, this.onClosed)
        : new Writer(createWriteStream(path), true, this.onClosed);
    this.writers.push(w);
    return w;
  }

  /** The first write error, other than a closed pipe. */
  get error(): Error | undefined {
    return this.writers.find((w) => w.error)?.error;
  }

  async close(): Promise<void> {
    for (const w of this.writers) await w.close();
  }
}

function table<T>(
  d: Destinations,
  path: string | undefined,
  spec: TableSpec<T>,
  format: CorpusFormat,
  bom: boolean,
): TableWriter<T> {
  return new TableWriter(d.stream(path), spec, format, bom);
}

// ---------------------------------------------------------------------------------------------
// keywords

/** An article's term counts as spilled between the two passes. */
interface Spilled {
  i?: ArticleId;
  t?: string;
  v?: number[];
  c?: number[];
  /** An error record line, kept in place for the line contract. */
  e?: string;
}

function termsOf(d: KeywordDigest): ArticleTerms {
  const surfaces = new Map<string, string>(d.surfaces.map(([k, s]) => [k, s] as [string, string]));
  for (const t of d.terms) if (!surfaces.has(t)) surfaces.set(t, t);
  return { terms: d.terms, surfaces, titleTerms: d.titleTerms };
}

class KeywordsAggregator implements Aggregator {
  private readonly dictionary = new TermDictionary();
  private spillDir: string | undefined;
  private spill: Writer | undefined;
  private spillPath = "";

  constructor(
    private readonly o: CorpusOptions,
    private readonly d: Destinations,
  ) {}

  private async spillWriter(): Promise<Writer> {
    if (!this.spill) {
      this.spillDir = await mkdtemp(join(tmpdir(), "bantin-keywords-"));
      this.spillPath = join(this.spillDir, "terms.jsonl");
      this.spill = new Writer(createWriteStream(this.spillPath), true, () => {});
    }
    return this.spill;
  }

  async accept(r: TaskResult): Promise<void> {
    const spill = await this.spillWriter();
    let line: Spilled;
    if (r.status === "ok") {
      const digest = JSON.parse(r.out) as KeywordDigest;
      const v: TermVector = this.dictionary.add(termsOf(digest));
      line = {
        i: digest.id,
        ...(digest.title !== undefined ? { t: digest.title } : {}),
        v: Array.from(v.ids),
        c: Array.from(v.counts),
      };
    } else line = { e: r.out };
    await spill.write(`${JSON.stringify(line)}\n`);
    if (spill.error) throw spill.error;
  }

  async finish(): Promise<void> {
    const spill = await this.spillWriter();
    await spill.close();
    try {
      const o = this.o;
      const scorer = new KeywordScorer(this.dictionary, { top: o.top });
      const format = o.format ?? "jsonl";
      const perArticle =
        o.scope === "article" ? table(this.d, o.out, ARTICLE_KEYWORDS, format, o.bom) : undefined;
      await perArticle?.begin();
      const chunks = createReadStream(this.spillPath, { highWaterMark: 1 << 20 });
      for await (const line of splitLines(chunks, 1 << 30)) {
        if (!("bytes" in line) || line.bytes.length === 0) continue;
        const s = JSON.parse(Buffer.from(line.bytes).toString("utf8")) as Spilled;
        if (s.e !== undefined) {
          await perArticle?.raw(s.e);
          continue;
        }
        const ids = Int32Array.from(s.v ?? []);
        const counts = Int32Array.from(s.c ?? []);
        const length = counts.reduce((a, b) => a + b, 0);
        const keywords = scorer.keywords({ ids, counts, length });
        await perArticle?.write([
          {
            id: s.i ?? null,
            ...(s.t !== undefined ? { title: s.t } : {}),
            terms: length,
            keywords,
          },
        ]);
        if (this.d.error) return;
      }
      if (o.scope === "corpus") {
        await table(this.d, o.out, CORPUS_KEYWORDS, format, o.bom).write(
          scorer.corpusKeywords(o.limit),
        );
      }
    } finally {
      if (this.spillDir) await rm(this.spillDir, { recursive: true, force: true });
    }
  }

  /** Removes the spill file when the run ends early. */
  async abandon(): Promise<void> {
    await this.spill?.close();
    if (this.spillDir) await rm(this.spillDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// dupes

class DupesAggregator implements Aggregator {
  private readonly index: NearDuplicateIndex;
  private readonly pairs: TableWriter<import("../schema/corpus.js").DuplicatePair> | undefined;

  constructor(
    private readonly o: CorpusOptions,
    private readonly d: Destinations,
  ) {
    this.index = new NearDuplicateIndex({ threshold: o.threshold, shingleSize: o.shingle });
    this.pairs = o.pairs ? table(d, o.out, DUPLICATE_PAIRS, o.format ?? "jsonl", o.bom) : undefined;
  }

  async accept(r: TaskResult): Promise<void> {
    await this.pairs?.begin();
    if (r.status !== "ok") {
      // A failed article keeps its place (its index) but matches nothing.
      this.index.addSignature(r.id, []);
      return;
    }
    const digest = JSON.parse(r.out) as DuplicateDigest;
    const index = this.index.size;
    const matches = this.index.addSignature(digest.id, digest.signature, digest.title);
    if (this.pairs && matches.length > 0) {
      await this.pairs.write(
        matches.map((m) => ({
          id: digest.id,
          index,
          duplicateOf: m.id,
          duplicateOfIndex: m.index,
          similarity: m.similarity,
        })),
      );
    }
  }

  async finish(): Promise<void> {
    if (this.pairs) {
      await this.pairs.begin();
      return;
    }
    await table(this.d, this.o.out, DUPLICATE_GROUPS, this.o.format ?? "jsonl", this.o.bom).write(
      this.index.groups(),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// entities

/** Whether `--out` names a folder (all tables) rather than one file. */
function outIsFolder(out: string | undefined): boolean {
  return out !== undefined && !/\.(?:csv|jsonl|ndjson|json)$/i.test(out);
}

class EntitiesAggregator implements Aggregator {
  private readonly tables = new EntityTables();
  private readonly writers = new Map<EntityTableName, TableWriter<never>[]>();

  constructor(
    private readonly o: CorpusOptions,
    d: Destinations,
    folder: boolean,
  ) {
    const specs: Record<EntityTableName, TableSpec<never>> = {
      people: PEOPLE as TableSpec<never>,
      titles: TITLES as TableSpec<never>,
      organisations: ORGANISATIONS as TableSpec<never>,
      mentions: MENTIONS as TableSpec<never>,
      nodes: NODES as TableSpec<never>,
      edges: EDGES as TableSpec<never>,
    };
    if (folder) {
      const formats: CorpusFormat[] = o.format ? [o.format] : ["csv", "jsonl"];
      for (const name of Object.keys(specs) as EntityTableName[]) {
        this.writers.set(
          name,
          formats.map(
            (f) =>
              new TableWriter(
                d.stream(join(o.out as string, `${name}.${f}`)),
                specs[name],
                f,
                o.bom && f === "csv",
              ),
          ),
        );
      }
    } else {
      this.writers.set(o.table, [table(d, o.out, specs[o.table], o.format ?? "jsonl", o.bom)]);
    }
  }

  private async write(name: EntityTableName, rows: readonly unknown[]): Promise<void> {
    for (const w of this.writers.get(name) ?? []) await w.write(rows as never[]);
  }

  async accept(r: TaskResult): Promise<void> {
    if (r.status !== "ok") return;
    const facts = JSON.parse(r.out) as ArticleFacts;
    this.tables.addFacts(facts);
    // The long tables stream as articles arrive.
    if (this.writers.has("titles")) await this.write("titles", personTitleRows(facts));
    if (this.writers.has("mentions")) await this.write("mentions", entityMentionRows(facts));
  }

  async finish(): Promise<void> {
    for (const ws of this.writers.values()) for (const w of ws) await w.begin();
    if (this.writers.has("people")) await this.write("people", this.tables.people());
    if (this.writers.has("organisations"))
      await this.write("organisations", this.tables.organisations());
    if (this.writers.has("nodes")) await this.write("nodes", this.tables.nodes(this.o.minArticles));
    if (this.writers.has("edges")) await this.write("edges", this.tables.edges(this.o.minWeight));
  }
}

// ---------------------------------------------------------------------------------------------
// timeline

class TimelineAggregator implements Aggregator {
  private readonly timeline: Timeline;
  private readonly items: TableWriter<import("../schema/corpus.js").TimelineItem> | undefined;

  constructor(
    private readonly o: CorpusOptions,
    private readonly d: Destinations,
  ) {
    this.timeline = new Timeline(o.by);
    this.items = o.items ? table(d, o.out, TIMELINE_ITEMS, o.format ?? "jsonl", o.bom) : undefined;
  }

  async accept(r: TaskResult): Promise<void> {
    await this.items?.begin();
    if (r.status !== "ok") return;
    const items = this.timeline.addFacts(JSON.parse(r.out) as ArticleFacts);
    if (this.items && items.length > 0) await this.items.write(items);
  }

  async finish(): Promise<void> {
    if (this.items) {
      await this.items.begin();
      return;
    }
    await table(this.d, this.o.out, TIMELINE, this.o.format ?? "jsonl", this.o.bom).write(
      this.timeline.rows(),
    );
  }
}

// ---------------------------------------------------------------------------------------------

function usage(message: string): number {
  process.stderr.write(`bantin: ${message}\nTry 'bantin corpus --help'.\n`);
  return EXIT.usage;
}

/** Runs a corpus command; returns the exit code. */
export async function runCorpus(o: CorpusOptions): Promise<number> {
  let plan: Awaited<ReturnType<typeof planInputs>>;
  try {
    plan = await planInputs(o.base);
  } catch (err) {
    if (err instanceof PlanError) return usage(err.message);
    throw err;
  }
  const folder = o.command === "entities" && outIsFolder(o.out);
  if (o.out !== undefined && !folder) {
    const info = await stat(o.out).catch(() => undefined);
    if (info?.isDirectory()) return usage(`--out ${o.out} is a folder; name a file`);
  }
  if (folder) {
    try {
      await mkdir(o.out as string, { recursive: true });
    } catch (err) {
      process.stderr.write(`bantin: cannot create ${o.out}: ${describeFsError(err)}\n`);
      return EXIT.failed;
    }
  }

  const version = typeof __BANTIN_VERSION__ === "string" ? __BANTIN_VERSION__ : "dev";
  const b = o.base;
  const settings: TaskSettings = {
    command: "analyze",
    format: "jsonl",
    multi: true,
    fields: undefined,
    pretty: false,
    inputEncoding: b.inputEncoding,
    idField: b.idField,
    textFields: b.textFields,
    htmlField: b.htmlField,
    tone: b.tone,
    referenceDate: b.referenceDate,
    tokens: undefined,
    words: undefined,
    generator: `bantin ${version}`,
    indexHref: undefined,
    corpus: { command: o.command, dateField: o.dateField, shingle: o.shingle },
  };

  const controller = new AbortController();
  let interrupted = false;
  let pipeClosed = false;
  const closed = (): void => {
    pipeClosed = true;
    controller.abort();
  };
  const onSignal = (): void => {
    if (interrupted) process.exit(EXIT.interrupted);
    interrupted = true;
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const destinations = new Destinations(closed);
  const aggregator: Aggregator =
    o.command === "keywords"
      ? new KeywordsAggregator(o, destinations)
      : o.command === "dupes"
        ? new DupesAggregator(o, destinations)
        : o.command === "entities"
          ? new EntitiesAggregator(o, destinations, folder)
          : new TimelineAggregator(o, destinations);

  const progress = new ProgressDisplay(
    process.stderr,
    !b.quiet && process.stderr.isTTY === true,
    plan.totalBytes,
  );
  const stats: RunStats = { done: 0, failed: 0, skipped: 0, bytes: 0 };
  const complain = errorComplainer(b.quiet, progress, "further errors are counted, not shown");

  const fail = (unit: Unit, message: string): TaskResult =>
    errorResult(unit, settings, unit.lineId ?? null, "internal", message);
  const processor = await createProcessor(b.jobs, settings, fail, b.maxMemory);
  const origins = new Map<number, Pick<Unit, "origin" | "line"> & { size: number }>();
  const runUnit = (unit: Unit): Promise<TaskResult> => {
    origins.set(unit.seq, { origin: unit.origin, line: unit.line, size: unit.size });
    if (unit.payload.kind === "error") {
      const id = unit.line === undefined ? unit.origin : (unit.lineId ?? null);
      return Promise.resolve(
        errorResult(unit, settings, id, unit.payload.code, unit.payload.message),
      );
    }
    return processor.run(unit);
  };

  let failure: Error | undefined;
  try {
    for await (const r of inOrder(
      plan.units(controller.signal),
      runUnit,
      processor.window,
      controller.signal,
    )) {
      const unit = origins.get(r.seq) ?? { origin: "-", line: undefined, size: 0 };
      origins.delete(r.seq);
      stats.bytes += unit.size;
      if (r.status === "skipped") stats.skipped++;
      else {
        stats.done++;
        if (r.status === "failed") stats.failed++;
        await aggregator.accept(r);
      }
      complain(r, unit);
      progress.update(stats);
      if (destinations.error || controller.signal.aborted) break;
    }
  } catch (err) {
    failure = err as Error;
  }
  progress.clear();
  await processor.close().catch(() => {});

  if (pipeClosed) {
    if (aggregator instanceof KeywordsAggregator) await aggregator.abandon();
    process.exit(EXIT.ok);
  }
  if (interrupted || failure) {
    if (aggregator instanceof KeywordsAggregator) await aggregator.abandon();
  } else {
    try {
      await aggregator.finish();
    } catch (err) {
      failure = err as Error;
    }
  }
  await destinations.close();
  failure ??= destinations.error;
  if (pipeClosed) process.exit(EXIT.ok);
  if (failure) {
    process.stderr.write(`bantin: ${describeFsError(failure)}\n`);
    process.exit(EXIT.failed);
  }
  const seconds = progress.elapsed();
  if (!b.quiet) process.stderr.write(`bantin: ${summaryLine(stats, seconds, interrupted)}\n`);
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  if (interrupted) process.exit(EXIT.interrupted);
  return stats.failed > 0 && !b.exitZero ? EXIT.failed : EXIT.ok;
}
