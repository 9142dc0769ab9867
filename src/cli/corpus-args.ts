/**
 * Arguments of `bantin corpus <keywords|dupes|entities|timeline> ...`. The options every command
 * shares (inputs, `--input`, `--id-field`, `--text-field`, `--jobs`, `--max-size`, ...) are parsed by
 * the main parser, as for `bantin analyze`; this file takes the corpus options out first. No
 * imports beyond the argument parser: `bantin corpus --help` must not load the pipeline.
 */
import { type CliOptions, parseArgs } from "./args.js";

/** The corpus commands. */
export const CORPUS_COMMANDS = ["keywords", "dupes", "entities", "timeline"] as const;
export type CorpusCommand = (typeof CORPUS_COMMANDS)[number];

/** Tables `corpus entities` writes. */
export const ENTITY_TABLES = [
  "people",
  "titles",
  "organisations",
  "mentions",
  "nodes",
  "edges",
] as const;
export type EntityTableName = (typeof ENTITY_TABLES)[number];

export type CorpusFormat = "jsonl" | "csv";

/** Everything a corpus run needs. */
export interface CorpusOptions {
  readonly command: CorpusCommand;
  /** The shared options, as the main parser reads them. */
  readonly base: CliOptions;
  /** Undefined: JSONL (for `entities --out DIR`: both CSV and JSONL). */
  readonly format: CorpusFormat | undefined;
  readonly out: string | undefined;
  readonly bom: boolean;
  /** JSONL field with the article's date (YYYY-MM-DD...), for entities and timeline. */
  readonly dateField: string | undefined;
  readonly top: number;
  readonly scope: "article" | "corpus";
  readonly limit: number;
  readonly threshold: number;
  readonly pairs: boolean;
  readonly shingle: number;
  readonly table: EntityTableName;
  readonly minWeight: number;
  readonly minArticles: number;
  readonly by: "day" | "month" | "year";
  readonly items: boolean;
}

export type ParsedCorpusArgs =
  | { kind: "run"; options: CorpusOptions }
  | { kind: "help" }
  | { kind: "usage-error"; message: string };

/** Corpus options that take a value. */
const VALUE_OPTIONS: Readonly<Record<string, string>> = Object.freeze({
  "--format": "format",
  "-f": "format",
  "--out": "out",
  "-o": "out",
  "--date-field": "dateField",
  "--top": "top",
  "--scope": "scope",
  "--limit": "limit",
  "--threshold": "threshold",
  "--shingle": "shingle",
  "--table": "table",
  "--min-weight": "minWeight",
  "--min-articles": "minArticles",
  "--by": "by",
});

const FLAG_OPTIONS: Readonly<Record<string, string>> = Object.freeze({
  "--bom": "bom",
  "--pairs": "pairs",
  "--items": "items",
});

/** Which command each corpus option belongs to (shared ones are absent). */
const OPTION_COMMANDS: Readonly<Record<string, readonly CorpusCommand[]>> = Object.freeze({
  top: ["keywords"],
  scope: ["keywords"],
  limit: ["keywords"],
  threshold: ["dupes"],
  shingle: ["dupes"],
  pairs: ["dupes"],
  table: ["entities"],
  minWeight: ["entities"],
  minArticles: ["entities"],
  dateField: ["entities", "timeline"],
  by: ["timeline"],
  items: ["timeline"],
});

class UsageError extends Error {}

/** Parses the arguments after `corpus`. Never throws. */
export function parseCorpusArgs(argv: readonly string[], cores = 1): ParsedCorpusArgs {
  try {
    return parse(argv, cores);
  } catch (err) {
    if (err instanceof UsageError) return { kind: "usage-error", message: err.message };
    throw err;
  }
}

function parse(argv: readonly string[], cores: number): ParsedCorpusArgs {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const rest: string[] = [];
  let command: string | undefined;
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositional) {
      rest.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositional = true;
      rest.push(arg);
      continue;
    }
    if (arg === "--help" || arg === "-h") return { kind: "help" };
    if (command === undefined && !arg.startsWith("-")) {
      command = arg;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const key = VALUE_OPTIONS[name];
    if (key !== undefined) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      values[key] = value;
      continue;
    }
    const flag = FLAG_OPTIONS[name];
    if (flag !== undefined && eq < 0) {
      flags.add(flag);
      continue;
    }
    rest.push(arg);
  }
  if (command === undefined)
    throw new UsageError(`corpus needs a command: ${CORPUS_COMMANDS.join(", ")}`);
  if (!(CORPUS_COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `unknown corpus command ${command}; commands: ${CORPUS_COMMANDS.join(", ")}`,
    );
  }
  const cmd = command as CorpusCommand;
  for (const key of [...Object.keys(values), ...flags]) {
    const owners = OPTION_COMMANDS[key];
    if (owners && !owners.includes(cmd)) {
      const option = Object.entries({ ...VALUE_OPTIONS, ...FLAG_OPTIONS }).find(
        ([, v]) => v === key,
      )?.[0];
      throw new UsageError(`${option} applies to corpus ${owners.join(" and ")} only`);
    }
  }

  const shared = parseArgs(["analyze", ...rest], cores);
  if (shared.kind === "help") return { kind: "help" };
  if (shared.kind === "version") throw new UsageError("--version is not a corpus option");
  if (shared.kind === "usage-error") throw new UsageError(shared.message);
  const base = shared.options;
  if (base.fields !== undefined || base.pretty || base.tokens || base.words) {
    throw new UsageError(
      "--fields, --pretty, --tokens and --words do not apply to corpus commands",
    );
  }

  const format =
    values.format === undefined
      ? undefined
      : oneOf("--format", values.format, ["jsonl", "csv"] as const);
  const bom = flags.has("bom");
  if (bom && format !== "csv" && !(cmd === "entities" && format === undefined)) {
    throw new UsageError("--bom applies to --format csv only");
  }
  if (values.out === "") throw new UsageError("--out needs a path");
  return {
    kind: "run",
    options: {
      command: cmd,
      base,
      format,
      out: values.out,
      bom,
      dateField: values.dateField === "" ? undefined : values.dateField,
      top: int("--top", values.top, 10, 1, 1000),
      scope: oneOf("--scope", values.scope ?? "article", ["article", "corpus"] as const),
      limit: int("--limit", values.limit, 100, 1, 10_000_000),
      threshold: fraction("--threshold", values.threshold, 0.5),
      pairs: flags.has("pairs"),
      shingle: int("--shingle", values.shingle, 4, 1, 16),
      table: oneOf("--table", values.table ?? "people", ENTITY_TABLES),
      minWeight: int("--min-weight", values.minWeight, 1, 1, 1_000_000_000),
      minArticles: int("--min-articles", values.minArticles, 1, 1, 1_000_000_000),
      by: oneOf("--by", values.by ?? "month", ["day", "month", "year"] as const),
      items: flags.has("items"),
    },
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} ${JSON.stringify(value)} is not one of ${allowed.join(", ")}`);
}

function int(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} takes a whole number from ${min} to ${max}`);
  }
  return n;
}

function fraction(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^(?:0?\.\d+|1(?:\.0*)?|0\.?)$/.test(value) ? Number(value) : Number.NaN;
  if (!(n > 0 && n <= 1)) throw new UsageError(`${name} takes a number above 0 and at most 1`);
  return n;
}
