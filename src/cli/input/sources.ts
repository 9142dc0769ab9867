/**
 * What the command line names (files, folders, `-`, or nothing for stdin) as a stream of units of
 * work: one per document, or one per JSONL line. Everything is streamed: folders are walked one
 * directory at a time, JSONL is split line by line, so memory does not grow with the input.
 */
import { createReadStream, type Dirent } from "node:fs";
import { opendir, stat } from "node:fs/promises";
import { join } from "node:path";
import { createGunzip } from "node:zlib";
import type { InputMode } from "../args.js";
import type { ArticleId } from "../records.js";
import { type Line, splitLines } from "./lines.js";
import { idPeeker } from "./peek-id.js";

/** How a document's bytes are to be read. */
export type DocFormat = "plain" | "html";

/** Why an input could not even be handed to the pipeline. */
export type InputErrorCode = "read-failed" | "too-large" | "empty-line";

/** The bytes of one unit of work. */
export type Payload =
  | { readonly kind: "document"; readonly bytes: Uint8Array; readonly format: DocFormat }
  | { readonly kind: "line"; readonly bytes: Uint8Array }
  | { readonly kind: "error"; readonly code: InputErrorCode; readonly message: string };

/** One unit of work: a document, or a line of a JSONL input. */
export interface Unit {
  /** Position in the output, from 0. */
  readonly seq: number;
  /** The file it came from, or `-` for stdin. */
  readonly origin: string;
  /** For JSONL: the line number in `origin`, from 1. */
  readonly line: number | undefined;
  /** Bytes this unit covers in the input (for progress). */
  readonly size: number;
  /**
   * For JSONL: the line's id as the reader peeked it from the bytes (null when it has none), so
   * that the main thread can write a record joinable by id also for a line that no worker finished
   * (out of memory) or that was too long to hand to one. The worker's own reading wins otherwise.
   */
  readonly lineId?: ArticleId;
  readonly payload: Payload;
}

/** What a folder walk or a path turns into before reading. */
interface Entry {
  readonly path: string;
  readonly kind: "text" | "html" | "jsonl";
  readonly gz: boolean;
  /** Set when the path could not be read (missing, permission). */
  readonly error?: string;
}

/** Extensions read from folders; an explicitly named file is read whatever its extension. */
const KIND_BY_EXTENSION: Readonly<Record<string, Entry["kind"]>> = Object.freeze({
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
});

function classify(path: string): { kind: Entry["kind"] | undefined; gz: boolean } {
  const lower = path.toLowerCase();
  const gz = lower.endsWith(".gz");
  const base = gz ? lower.slice(0, -3) : lower;
  const dot = base.lastIndexOf(".");
  const slash = Math.max(base.lastIndexOf("/"), base.lastIndexOf("\\"));
  const ext = dot > slash ? base.slice(dot) : "";
  return { kind: KIND_BY_EXTENSION[ext], gz };
}

/** Options the readers need. */
export interface SourceOptions {
  readonly inputs: readonly string[];
  readonly input: InputMode;
  readonly maxSize: number;
  /** The JSONL field with the article id (default `id`). */
  readonly idField?: string;
}

/** A planned read of the inputs: whether it is one document, the total size when known, the units. */
export interface InputPlan {
  /** One document (one text/HTML file, or stdin that is not JSONL): decides default formats. */
  readonly single: boolean;
  /** Whether any input is JSONL (one output line per input line). */
  readonly lineMode: boolean;
  /** Total bytes to read, when known up front (files, stdin redirected from a file). */
  readonly totalBytes: Promise<number | undefined>;
  /** The units, in order. Stops early when `signal` is aborted. */
  units(signal: AbortSignal): AsyncGenerator<Unit>;
}

/** Plans the read: looks at the first input (and stdin's first bytes) to know its shape. */
export async function planInputs(options: SourceOptions): Promise<InputPlan> {
  const paths = options.inputs.length === 0 ? ["-"] : options.inputs;
  const stdinCount = paths.filter((p) => p === "-").length;
  if (stdinCount > 1) throw new PlanError("stdin (-) can be named only once");

  let stdin: SniffedStdin | undefined;
  if (stdinCount === 1) stdin = await sniffStdin(options.input);

  let single = false;
  let lineMode = false;
  if (paths.length === 1) {
    const only = paths[0] as string;
    if (only === "-") {
      single = stdin?.kind !== "jsonl";
      lineMode = !single;
    } else {
      const info = await stat(only).catch(() => undefined);
      const kind = kindOf(only, options.input);
      // A missing path counts as what its name says (one article): its error is then a message.
      single = !info?.isDirectory() && kind !== "jsonl";
      lineMode = !info?.isDirectory() && kind === "jsonl";
    }
  }
  if (!single && !lineMode)
    lineMode =
      paths.some((p) => p !== "-" && kindOf(p, options.input) === "jsonl") ||
      stdin?.kind === "jsonl";

  return {
    single,
    lineMode,
    totalBytes: totalSize(paths, stdin),
    units: (signal) => readUnits(paths, options, stdin, signal),
  };
}

/** A usage problem found while planning (e.g. stdin named twice). */
export class PlanError extends Error {}

function kindOf(path: string, mode: InputMode): Entry["kind"] {
  if (mode !== "auto") return mode;
  return classify(path).kind ?? "text";
}

async function totalSize(
  paths: readonly string[],
  stdin: SniffedStdin | undefined,
): Promise<number | undefined> {
  let total = 0;
  for (const p of paths) {
    if (p === "-") {
      if (stdin?.size === undefined) return undefined;
      total += stdin.size;
      continue;
    }
    if (classify(p).gz) return undefined;
    const info = await stat(p).catch(() => undefined);
    if (!info) continue;
    if (info.isDirectory()) {
      const size = await folderSize(p);
      if (size === undefined) return undefined;
      total += size;
    } else total += info.size;
  }
  return total;
}

/** Bytes of the files a folder walk will read; undefined when some are compressed. */
async function folderSize(dir: string): Promise<number | undefined> {
  let total = 0;
  for await (const entry of walk(dir, "auto")) {
    if (entry.gz) return undefined;
    const info = await stat(entry.path).catch(() => undefined);
    total += info?.size ?? 0;
  }
  return total;
}

/**
 * Files under `dir`, depth first, each directory's entries in code-unit order (deterministic across
 * machines), hidden files and folders skipped, symlinked folders not followed (no cycles).
 */
async function* walk(dir: string, mode: InputMode): AsyncGenerator<Entry> {
  let entries: Dirent[];
  try {
    const handle = await opendir(dir);
    entries = [];
    for await (const e of handle) entries.push(e);
  } catch (err) {
    yield { path: dir, kind: "text", gz: false, error: describeFsError(err) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      yield* walk(path, mode);
      continue;
    }
    if (!e.isFile() && !e.isSymbolicLink()) continue;
    const { kind, gz } = classify(e.name);
    if (kind === undefined) continue;
    if (e.isSymbolicLink()) {
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) continue;
    }
    yield { path, kind: mode === "auto" ? kind : mode, gz };
  }
}

async function* entriesOf(paths: readonly string[], mode: InputMode): AsyncGenerator<Entry> {
  for (const p of paths) {
    if (p === "-") {
      yield { path: "-", kind: "text", gz: false };
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(p);
    } catch (err) {
      yield { path: p, kind: "text", gz: false, error: describeFsError(err) };
      continue;
    }
    if (info.isDirectory()) yield* walk(p, mode);
    else yield { path: p, kind: kindOf(p, mode), gz: classify(p).gz };
  }
}

async function* readUnits(
  paths: readonly string[],
  options: SourceOptions,
  stdin: SniffedStdin | undefined,
  signal: AbortSignal,
): AsyncGenerator<Unit> {
  let seq = 0;
  const peek = idPeeker(options.idField ?? "id");
  for await (const entry of entriesOf(paths, options.input)) {
    if (signal.aborted) return;
    const origin = entry.path;
    if (entry.error !== undefined) {
      yield {
        seq: seq++,
        origin,
        line: undefined,
        size: 0,
        payload: { kind: "error", code: "read-failed", message: entry.error },
      };
      continue;
    }
    const isStdin = origin === "-";
    const kind = isStdin ? (stdin?.kind ?? "text") : entry.kind;
    const chunks = isStdin ? (stdin as SniffedStdin).chunks : fileChunks(entry.path, entry.gz);
    if (kind === "jsonl") {
      try {
        for await (const line of splitLines(chunks, options.maxSize)) {
          if (signal.aborted) return;
          yield lineUnit(seq++, origin, line, options.maxSize, peek);
        }
      } catch (err) {
        // A read error in the middle of a file (e.g. a truncated .gz): one error record, go on.
        yield {
          seq: seq++,
          origin,
          line: undefined,
          size: 0,
          payload: { kind: "error", code: "read-failed", message: describeFsError(err) },
        };
      }
      continue;
    }
    yield await documentUnit(
      seq++,
      origin,
      chunks,
      kind === "html" ? "html" : "plain",
      options.maxSize,
    );
  }
}

function lineUnit(
  seq: number,
  origin: string,
  line: Line,
  maxSize: number,
  peek: (bytes: Uint8Array) => ArticleId,
): Unit {
  if ("tooLong" in line) {
    return {
      seq,
      origin,
      line: line.number,
      size: line.tooLong + 1,
      lineId: peek(line.head),
      payload: {
        kind: "error",
        code: "too-large",
        message: `line of ${line.tooLong} bytes is larger than --max-size ${maxSize}`,
      },
    };
  }
  if (isBlank(line.bytes)) {
    return {
      seq,
      origin,
      line: line.number,
      size: line.bytes.length + 1,
      payload: { kind: "error", code: "empty-line", message: "empty line: no article" },
    };
  }
  return {
    seq,
    origin,
    line: line.number,
    size: line.bytes.length + 1,
    lineId: peek(line.bytes),
    payload: { kind: "line", bytes: line.bytes },
  };
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

async function documentUnit(
  seq: number,
  origin: string,
  chunks: AsyncIterable<Uint8Array>,
  format: DocFormat,
  maxSize: number,
): Promise<Unit> {
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of chunks) {
      length += chunk.length;
      if (length > maxSize) {
        // Drain without keeping, to report the size.
        parts.length = 0;
        continue;
      }
      parts.push(chunk);
    }
  } catch (err) {
    return {
      seq,
      origin,
      line: undefined,
      size: length,
      payload: { kind: "error", code: "read-failed", message: describeFsError(err) },
    };
  }
  if (length > maxSize) {
    return {
      seq,
      origin,
      line: undefined,
      size: length,
      payload: {
        kind: "error",
        code: "too-large",
        message: `${length} bytes is larger than --max-size ${maxSize}`,
      },
    };
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return {
    seq,
    origin,
    line: undefined,
    size: length,
    payload: { kind: "document", bytes, format },
  };
}

function fileChunks(path: string, gz: boolean): AsyncIterable<Uint8Array> {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!gz) return raw;
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  raw.on("error", (err) => gunzip.destroy(err));
  return raw.pipe(gunzip);
}

/** A one-line, stack-free description of a file-system error. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case "ENOENT":
      return `no such file or folder: ${e.path ?? ""}`.trim();
    case "EACCES":
    case "EPERM":
      return `permission denied: ${e.path ?? ""}`.trim();
    case "EISDIR":
      return `is a folder: ${e.path ?? ""}`.trim();
    case "Z_DATA_ERROR":
    case "Z_BUF_ERROR":
      return `not a valid gzip file (${e.message})`;
    default:
      return e?.message ?? String(err);
  }
}

/** Stdin with its first bytes already read to tell JSONL from a single article. */
interface SniffedStdin {
  readonly kind: Entry["kind"];
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Size in bytes when stdin is a regular file (`< file`). */
  readonly size: number | undefined;
}

async function sniffStdin(mode: InputMode): Promise<SniffedStdin> {
  const stream = process.stdin;
  let size: number | undefined;
  try {
    const info = await stat("/dev/stdin");
    if (info.isFile()) size = info.size;
  } catch {
    // No /dev/stdin (Windows): size stays unknown.
  }
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const head: Uint8Array[] = [];
  let kind: Entry["kind"] = mode === "auto" ? "text" : mode;
  if (mode === "auto") {
    // Read until the first byte that is not whitespace or a BOM decides.
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      head.push(next.value);
      const first = firstSignificantByte(next.value);
      if (first === undefined) continue;
      kind = first === 0x7b /* { */ ? "jsonl" : first === 0x3c /* < */ ? "html" : "text";
      break;
    }
  }
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { kind, chunks: chunks(), size };
}

function firstSignificantByte(chunk: Uint8Array): number | undefined {
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i] as number;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    if (b === 0xef || b === 0xbb || b === 0xbf) continue; // UTF-8 BOM
    return b;
  }
  return undefined;
}
