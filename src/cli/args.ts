/**
 * Command-line arguments to a plain options object. No imports beyond this file: `bantin --version`
 * and `--help` must not load the pipeline, zod or the worker pool (start-up is a benchmark target).
 */

/** The commands of `bantin`. */
export const COMMANDS = ["analyze", "normalize", "segment"] as const;
export type Command = (typeof COMMANDS)[number];

/** Values of `--legacy`: detect per line (default), never repair, or read all text in one encoding. */
export const LEGACY_MODES = ["auto", "off", "tcvn3", "vni", "viqr", "viscii", "cp1258"] as const;

/**
 * The normaliser's options the command line sets (see `NormalizeOptions`); unset ones keep the
 * library's defaults, so that the CLI and the API give the same output for the same input.
 */
export interface NormalizeFlags {
  legacy?: boolean | Exclude<(typeof LEGACY_MODES)[number], "auto" | "off">;
  mojibake?: boolean;
  invisibles?: boolean;
  lookalikes?: boolean;
  whitespace?: "tidy" | "keep";
  dashes?: "tidy" | "ascii" | "keep";
  quotes?: "tidy" | "ascii" | "keep";
  spaceAfterPunctuation?: boolean;
}

/** Output formats; which ones a command accepts is in {@link FORMATS_BY_COMMAND}. */
export type OutputFormat = "json" | "jsonl" | "csv" | "html" | "text";

/** How inputs are read. `auto`: by file extension; stdin is JSONL when it starts with `{`. */
export type InputMode = "auto" | "text" | "html" | "jsonl";

/** Encodings `--input-encoding` accepts (`auto` detects). */
export const INPUT_ENCODINGS = [
  "auto",
  "utf-8",
  "utf-16le",
  "utf-16be",
  "cp1258",
  "tcvn3",
  "vni",
  "viscii",
  "viqr",
] as const;
export type InputEncoding = (typeof INPUT_ENCODINGS)[number];

export const FORMATS_BY_COMMAND: Readonly<Record<Command, readonly OutputFormat[]>> = Object.freeze(
  {
    analyze: ["json", "jsonl", "csv", "html"],
    normalize: ["text", "json", "jsonl"],
    segment: ["json", "jsonl", "html"],
  },
);

/** Exit codes, documented in `--help` and the README. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2, interrupted: 130 });

/** Everything a run needs to know, with defaults filled in. */
export interface CliOptions {
  command: Command;
  /** Files, folders or `-`; empty means stdin. */
  inputs: string[];
  /** Undefined: chosen from the input shape (one document or many), see `resolveFormat`. */
  format: OutputFormat | undefined;
  input: InputMode;
  inputEncoding: InputEncoding;
  idField: string;
  /** JSONL fields holding plain text, joined by a blank line when several are present. */
  textFields: string[];
  htmlField: string;
  /** Largest article (or JSONL line) in bytes; larger ones yield an error record. */
  maxSize: number;
  referenceDate: string | undefined;
  tone: "old" | "new" | "keep" | undefined;
  /** Normaliser options given on the command line (`--legacy`, `--dashes`...). */
  normalize: NormalizeFlags;
  /** Top-level fields to keep (dotted paths allowed: `normalized.text`). */
  fields: string[] | undefined;
  pretty: boolean;
  out: string | undefined;
  bom: boolean;
  jobs: number;
  /** Heap limit of each worker thread in MB (`--jobs` ≥ 2); undefined: V8's default. */
  maxMemory: number | undefined;
  exitZero: boolean;
  quiet: boolean;
  /** Give sentences their tokens / words (pass-through to the pipeline; unset: its default). */
  tokens: boolean | undefined;
  words: boolean | undefined;
}

/** What the command line asks for. */
export type ParsedArgs =
  | { kind: "run"; options: CliOptions }
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "usage-error"; message: string };

/** 64 MiB: a whole book is a few MB; anything larger is not an article. */
export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

/** Options that take a value, with their short aliases. */
const VALUE_OPTIONS: Readonly<Record<string, string>> = Object.freeze({
  "--format": "format",
  "-f": "format",
  "--input": "input",
  "--input-encoding": "inputEncoding",
  "--id-field": "idField",
  "--text-field": "textFields",
  "--html-field": "htmlField",
  "--max-size": "maxSize",
  "--reference-date": "referenceDate",
  "--tone": "tone",
  "--fields": "fields",
  "--out": "out",
  "-o": "out",
  "--jobs": "jobs",
  "-j": "jobs",
  "--max-memory": "maxMemory",
  "--legacy": "legacy",
  "--mojibake": "mojibake",
  "--invisibles": "invisibles",
  "--lookalikes": "lookalikes",
  "--whitespace": "whitespace",
  "--dashes": "dashes",
  "--quotes": "quotes",
});

const FLAG_OPTIONS: Readonly<Record<string, string>> = Object.freeze({
  "--pretty": "pretty",
  "--bom": "bom",
  "--exit-zero": "exitZero",
  "--quiet": "quiet",
  "-q": "quiet",
  "--tokens": "tokens",
  "--words": "words",
  "--space-after-punctuation": "spaceAfterPunctuation",
});

class UsageError extends Error {}

/**
 * Parses `argv` (without `node` and the script). Never throws and never exits: the caller turns a
 * usage error into exit code 2. `cores` is what `--jobs auto` means (passed in, for tests).
 */
export function parseArgs(argv: readonly string[], cores = 1): ParsedArgs {
  try {
    return parse(argv, cores);
  } catch (err) {
    if (err instanceof UsageError) return { kind: "usage-error", message: err.message };
    throw err;
  }
}

function parse(argv: readonly string[], cores: number): ParsedArgs {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositional || arg === "-" || !arg.startsWith("-")) {
      positional.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositional = true;
      continue;
    }
    if (arg === "--help" || arg === "-h") return { kind: "help" };
    if (arg === "--version" || arg === "-v" || arg === "-V") return { kind: "version" };
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const valueKey = VALUE_OPTIONS[name];
    if (valueKey !== undefined) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      values[valueKey] = value;
      continue;
    }
    const flagKey = FLAG_OPTIONS[name];
    if (flagKey !== undefined && eq < 0) {
      flags.add(flagKey);
      continue;
    }
    throw new UsageError(`unknown option ${arg}`);
  }

  const [commandName, ...inputs] = positional;
  if (commandName === undefined) throw new UsageError("no command given");
  if (!(COMMANDS as readonly string[]).includes(commandName)) {
    throw new UsageError(`unknown command ${commandName}`);
  }
  const command = commandName as Command;

  const format =
    values.format === undefined
      ? undefined
      : oneOf("--format", values.format, FORMATS_BY_COMMAND[command], ` for ${command}`);
  const pretty = flags.has("pretty");
  if (pretty && format !== undefined && format !== "json") {
    throw new UsageError(
      "--pretty applies to --format json only (JSONL keeps one record per line)",
    );
  }
  const bom = flags.has("bom");
  if (bom && format !== "csv") throw new UsageError("--bom applies to --format csv only");

  const options: CliOptions = {
    command,
    inputs,
    format,
    input: oneOf("--input", values.input ?? "auto", ["auto", "text", "html", "jsonl"] as const),
    inputEncoding: oneOf("--input-encoding", values.inputEncoding ?? "auto", INPUT_ENCODINGS),
    idField: fieldName("--id-field", values.idField ?? "id"),
    textFields: list("--text-field", values.textFields ?? "text").map((f) =>
      fieldName("--text-field", f),
    ),
    htmlField: fieldName("--html-field", values.htmlField ?? "html"),
    maxSize:
      values.maxSize === undefined
        ? defaultMaxSize(values.maxMemory)
        : size("--max-size", values.maxSize),
    referenceDate: values.referenceDate === undefined ? undefined : isoDate(values.referenceDate),
    tone:
      values.tone === undefined
        ? undefined
        : oneOf("--tone", values.tone, ["old", "new", "keep"] as const),
    normalize: normalizeFlags(values, flags),
    fields: values.fields === undefined ? undefined : list("--fields", values.fields),
    pretty,
    out: values.out,
    bom,
    jobs: values.jobs === undefined ? 1 : jobs(values.jobs, cores),
    maxMemory: values.maxMemory === undefined ? undefined : megabytes(values.maxMemory),
    exitZero: flags.has("exitZero"),
    quiet: flags.has("quiet"),
    tokens: flags.has("tokens") ? true : undefined,
    words: flags.has("words") ? true : undefined,
  };
  if (options.out === "") throw new UsageError("--out needs a path");
  return { kind: "run", options };
}

const ON_OFF = ["on", "off"] as const;

/** The normaliser's options from `--legacy`, `--dashes`... (only those given). */
function normalizeFlags(
  values: Record<string, string>,
  flags: ReadonlySet<string>,
): NormalizeFlags {
  const o: NormalizeFlags = {};
  if (values.legacy !== undefined) {
    const mode = oneOf("--legacy", values.legacy, LEGACY_MODES);
    o.legacy = mode === "auto" ? true : mode === "off" ? false : mode;
  }
  for (const key of ["mojibake", "invisibles", "lookalikes"] as const) {
    const v = values[key];
    if (v !== undefined) o[key] = oneOf(`--${key}`, v, ON_OFF) === "on";
  }
  if (values.whitespace !== undefined)
    o.whitespace = oneOf("--whitespace", values.whitespace, ["tidy", "keep"] as const);
  if (values.dashes !== undefined)
    o.dashes = oneOf("--dashes", values.dashes, ["tidy", "ascii", "keep"] as const);
  if (values.quotes !== undefined)
    o.quotes = oneOf("--quotes", values.quotes, ["tidy", "ascii", "keep"] as const);
  if (flags.has("spaceAfterPunctuation")) o.spaceAfterPunctuation = true;
  return o;
}

function oneOf<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
  context = "",
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `${name} ${JSON.stringify(value)} is not one of ${allowed.join(", ")}${context}`,
  );
}

function list(name: string, value: string): string[] {
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (items.length === 0) throw new UsageError(`${name} needs at least one name`);
  return items;
}

function fieldName(name: string, value: string): string {
  if (value === "") throw new UsageError(`${name} needs a field name`);
  return value;
}

const SIZE_UNITS: Readonly<Record<string, number>> = Object.freeze({
  "": 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
});

/** `64M`, `512k`, `1G`, `1000000`: binary units, as `head -c` reads them. */
function size(name: string, value: string): number {
  const m = /^(\d+)([kKmMgG]?)[bB]?$/.exec(value);
  const unit = SIZE_UNITS[(m?.[2] ?? "").toLowerCase()];
  if (!m || unit === undefined || Number(m[1]) === 0) {
    throw new UsageError(`${name} takes a size such as 64M, 512k or 1000000`);
  }
  return Number(m[1]) * unit;
}

/**
 * With a heap limit, articles must stay well under it: Node ends the whole process (not just the
 * worker) when one allocation, such as the string of a huge line, cannot fit in a worker's heap.
 */
function defaultMaxSize(maxMemory: string | undefined): number {
  if (maxMemory === undefined) return DEFAULT_MAX_SIZE;
  // The pipeline allocates strings and arrays of a few bytes per character of an article; kept
  // at a thirty-second of the heap, the largest of them stays a small part of it.
  return Math.min(DEFAULT_MAX_SIZE, Math.floor((megabytes(maxMemory) * 1024 * 1024) / 32));
}

function megabytes(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 32 || n > 65536) {
    throw new UsageError("--max-memory takes megabytes, from 32 to 65536");
  }
  return n;
}

function jobs(value: string, cores: number): number {
  if (value === "auto") return Math.max(1, cores);
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new UsageError("--jobs takes a whole number from 1 to 256, or auto");
  }
  return n;
}

/** `2017-08-04` or a full ISO 8601 date-time; checked for a real calendar date. */
function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) {
      return value;
    }
  }
  throw new UsageError(
    `--reference-date takes an ISO date such as 2017-08-04, not ${JSON.stringify(value)}`,
  );
}
