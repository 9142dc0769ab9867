/**
 * One run of a command: plan the inputs, choose the output, stream units through the processor in
 * order, report progress and a summary, and end cleanly on SIGINT or a closed stdout.
 */
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { type CliOptions, EXIT, type OutputFormat } from "./args.js";
import { errorComplainer } from "./complain.js";
import { heapTrimmer } from "./heap.js";
import { describeFsError, PlanError, planInputs, type Unit } from "./input/sources.js";
import { inOrder } from "./ordered.js";
import { type Output, ReportFolderOutput, StreamOutput, Writer } from "./output/sink.js";
import { createProcessor } from "./pool.js";
import { ProgressDisplay, type RunStats, summaryLine } from "./progress.js";
import { errorResult, type TaskResult, type TaskSettings } from "./records.js";

declare const __BANTIN_VERSION__: string | undefined;

/** How many failures are described on stderr before the rest are only counted. */

function usage(message: string): number {
  process.stderr.write(`bantin: ${message}\nTry 'bantin --help'.\n`);
  return EXIT.usage;
}

/** Fields a command's result has, for checking `--fields` (loads the schemas, only when asked). */
async function knownFields(command: CliOptions["command"]): Promise<string[]> {
  if (command === "normalize") {
    const { NormalizeResult } = await import("../schema/normalize.js");
    return Object.keys(NormalizeResult.shape);
  }
  if (command === "segment") return ["schemaVersion", "input", "format", "metadata", "sections"];
  const { Analysis } = await import("../schema/analysis.js");
  return Object.keys(Analysis.shape);
}

function resolveFormat(o: CliOptions, single: boolean): OutputFormat {
  if (o.format !== undefined) return o.format;
  if (o.pretty) return "json";
  if (single) return o.command === "normalize" ? "text" : "json";
  return "jsonl";
}

/** Runs the command; returns the exit code. */
export async function run(o: CliOptions): Promise<number> {
  let plan: Awaited<ReturnType<typeof planInputs>>;
  try {
    plan = await planInputs(o);
  } catch (err) {
    if (err instanceof PlanError) return usage(err.message);
    throw err;
  }
  const format = resolveFormat(o, plan.single);
  const multi = !plan.single;
  if (format === "text" && plan.lineMode) {
    return usage("--format text cannot keep one output line per JSONL line: use --format jsonl");
  }
  const outIsFile = o.out !== undefined && /\.html?$/i.test(o.out);
  const folder = format === "html" && multi && o.out !== undefined && !outIsFile;
  if (format === "html" && multi && !folder) {
    return usage(
      "--format html with several articles writes a folder: add --out DIR (index.html and one page per article)",
    );
  }
  if (o.fields) {
    const known = new Set(["id", ...(await knownFields(o.command))]);
    const unknown = o.fields.filter((f) => !known.has(f.split(".")[0] as string));
    if (unknown.length > 0)
      return usage(
        `unknown field ${unknown.join(", ")} for ${o.command}; fields: ${[...known].join(", ")}`,
      );
  }
  if (o.out !== undefined && !folder) {
    const info = await stat(o.out).catch(() => undefined);
    if (info?.isDirectory()) return usage(`--out ${o.out} is a folder; name a file`);
  }

  const version = typeof __BANTIN_VERSION__ === "string" ? __BANTIN_VERSION__ : "dev";
  const generator = `bantin ${version}`;
  const settings: TaskSettings = {
    command: o.command,
    format,
    multi,
    fields: o.fields,
    pretty: o.pretty,
    inputEncoding: o.inputEncoding,
    idField: o.idField,
    textFields: o.textFields,
    htmlField: o.htmlField,
    tone: o.tone,
    normalize: o.normalize,
    referenceDate: o.referenceDate,
    tokens: o.tokens,
    words: o.words,
    generator,
    indexHref: folder ? "../index.html" : undefined,
  };

  const controller = new AbortController();
  let interrupted = false;
  let pipeClosed = false;
  const closed = (): void => {
    pipeClosed = true;
    controller.abort();
  };
  const onSignal = (): void => {
    if (interrupted) process.exit(EXIT.interrupted); // a second Ctrl-C: stop at once
    interrupted = true;
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  let output: Output;
  let writer: Writer | undefined;
  if (folder) {
    const title = o.inputs.length === 0 ? "stdin" : o.inputs.join(", ");
    output = new ReportFolderOutput(
      o.out as string,
      title.length > 120 ? `${title.slice(0, 119)}…` : title,
      generator,
      closed,
    );
  } else {
    const stream = o.out === undefined ? process.stdout : createWriteStream(o.out);
    writer = new Writer(stream, o.out !== undefined, closed);
    output = new StreamOutput(writer, format, multi, o.bom);
  }

  const progress = new ProgressDisplay(
    process.stderr,
    !o.quiet && process.stderr.isTTY === true,
    plan.totalBytes,
  );
  const stats: RunStats = { done: 0, failed: 0, skipped: 0, bytes: 0 };
  const complain = errorComplainer(
    o.quiet,
    progress,
    "further errors are counted, not shown (see the error records)",
  );

  if (plan.single && o.inputs.length === 0 && process.stdin.isTTY && !o.quiet) {
    process.stderr.write("bantin: reading one article from stdin (end it with Ctrl-D)\n");
  }

  // A worker that died (out of memory) gives no record: write one with the id the reader peeked.
  const fail = (unit: Unit, message: string): TaskResult =>
    errorResult(unit, settings, unit.lineId ?? null, "internal", message);
  const processor = await createProcessor(o.jobs, settings, fail, o.maxMemory);
  // With workers, this thread only reads, orders and writes: 16 MB above its live heap is plenty.
  // With --jobs 1 it runs the pipeline too: the workers' slack.
  const trimHeap = heapTrimmer(o.jobs <= 1 ? 32 : 16);
  const origins = new Map<number, Pick<Unit, "origin" | "line">>();
  const runUnit = (unit: Unit): Promise<TaskResult> => {
    origins.set(unit.seq, { origin: unit.origin, line: unit.line });
    if (unit.payload.kind === "error") {
      return Promise.resolve(
        errorResult(
          unit,
          settings,
          unit.line === undefined ? unit.origin : (unit.lineId ?? null),
          unit.payload.code,
          unit.payload.message,
        ),
      );
    }
    return processor.run(unit);
  };
  const sizes = new Map<number, number>();
  const units = async function* (): AsyncGenerator<Unit> {
    for await (const u of plan.units(controller.signal)) {
      sizes.set(u.seq, u.size);
      yield u;
    }
  };

  let writeError: Error | undefined;
  try {
    await output.begin();
    for await (const r of inOrder(units(), runUnit, processor.window, controller.signal)) {
      await output.accept(r);
      trimHeap();
      const unit = origins.get(r.seq) ?? { origin: "-", line: undefined };
      origins.delete(r.seq);
      stats.bytes += sizes.get(r.seq) ?? 0;
      sizes.delete(r.seq);
      if (r.status === "ok") stats.done++;
      else if (r.status === "skipped") stats.skipped++;
      else {
        stats.done++;
        stats.failed++;
      }
      complain(r, unit);
      progress.update(stats);
      if (writer?.error) {
        writeError = writer.error;
        break;
      }
      if (controller.signal.aborted) break;
    }
  } catch (err) {
    // A write error, or a read error the reader could not turn into an error record.
    writeError = err as Error;
  }
  progress.clear();
  await processor.close().catch(() => {});

  if (pipeClosed) {
    // The reader is gone (`| head`): nothing more to say, and nowhere to say it.
    process.exit(EXIT.ok);
  }
  const seconds = progress.elapsed();
  if (!writeError) {
    try {
      await output.end({ articles: stats.done, failed: stats.failed, seconds, interrupted });
    } catch (err) {
      writeError = err as Error;
    }
  }
  writeError ??= writer?.error;
  if (writeError) {
    const what = writer?.error === writeError ? "cannot write output: " : "";
    process.stderr.write(`bantin: ${what}${describeFsError(writeError)}\n`);
    process.exit(EXIT.failed);
  }
  if (!o.quiet && (multi || interrupted || stats.failed > 1)) {
    process.stderr.write(`bantin: ${summaryLine(stats, seconds, interrupted)}\n`);
  }
  if (interrupted) process.exit(EXIT.interrupted);
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  return stats.failed > 0 && !o.exitZero ? EXIT.failed : EXIT.ok;
}
