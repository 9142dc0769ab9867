/**
 * What one unit of work produces, shared by the main thread and the workers: the settings a task
 * runs with, its result, and the error record that keeps the line contract when a unit fails.
 * Nothing here loads the pipeline (the main thread uses it for input errors without a worker).
 */
import type { Command, InputEncoding, NormalizeFlags, OutputFormat } from "./args.js";
import type { CorpusTaskSettings } from "./corpus-task.js";
import type { Unit } from "./input/sources.js";
import { csvRow } from "./output/csv.js";

/** Everything a task needs besides its unit; plain data (it crosses to worker threads). */
export interface TaskSettings {
  readonly command: Command;
  readonly format: OutputFormat;
  /** Several records in one output (JSON array items then carry their id). */
  readonly multi: boolean;
  readonly fields: readonly string[] | undefined;
  readonly pretty: boolean;
  readonly inputEncoding: InputEncoding;
  readonly idField: string;
  readonly textFields: readonly string[];
  readonly htmlField: string;
  readonly tone: "old" | "new" | "keep" | undefined;
  /** Normaliser options from the command line (`--legacy`, `--dashes`...); unset: defaults. */
  readonly normalize?: NormalizeFlags;
  readonly referenceDate: string | undefined;
  readonly tokens: boolean | undefined;
  readonly words: boolean | undefined;
  /** `bantin 1.2.3`, for report footers. */
  readonly generator: string;
  /** For report pages written into a folder: the link back to the index. */
  readonly indexHref: string | undefined;
  /** Set for `bantin corpus ...`: the unit is reduced for the corpus command (`corpus-task.ts`). */
  readonly corpus?: CorpusTaskSettings;
}

/** An article id: the JSONL id field (string or number), the file path, or null when unknown. */
export type ArticleId = string | number | null;

/** Error codes of error records. */
export type ErrorCode =
  | "read-failed"
  | "too-large"
  | "empty-line"
  | "invalid-json"
  | "not-an-object"
  | "no-text"
  | "internal";

/** What a task hands back: the formatted output for its unit and how it went. */
export interface TaskResult {
  readonly seq: number;
  readonly status: "ok" | "failed" | "skipped";
  readonly id: ArticleId;
  /** Output for this unit in the chosen format (may be empty, e.g. a failed single document). */
  readonly out: string;
  /**
   * The same output as UTF-8 bytes, set instead of `out` by worker threads for the stream formats:
   * bytes cross to the main thread outside its JavaScript heap and are written as they are.
   */
  readonly bytes?: Uint8Array;
  readonly error?: { readonly code: ErrorCode; readonly message: string };
  /** For HTML reports: what the index page lists. */
  readonly summary?: {
    readonly title: string;
    readonly counts: Readonly<Record<string, number>>;
    readonly sections: number;
    readonly characters: number;
  };
}

/** The id used in CSV rows and messages when the record has none. */
export function displayId(id: ArticleId, unit: Pick<Unit, "origin" | "line">): string {
  if (id !== null) return String(id);
  return unit.line === undefined ? unit.origin : `${unit.origin}:${unit.line}`;
}

/**
 * The error record for a unit that could not be processed, in the run's format: a JSON object
 * `{"id", "error": {"code", "message", "line"?, "file"?}}` for JSON/JSONL, a `type=error` row for
 * CSV, nothing for text and HTML (the message goes to stderr).
 */
export function errorResult(
  unit: Pick<Unit, "seq" | "origin" | "line">,
  settings: Pick<TaskSettings, "format" | "multi" | "pretty">,
  id: ArticleId,
  code: ErrorCode,
  message: string,
): TaskResult {
  const error: Record<string, unknown> = { code, message };
  if (unit.line !== undefined) error.line = unit.line;
  if (unit.origin !== "-") error.file = unit.origin;
  let out = "";
  switch (settings.format) {
    case "jsonl":
      out = `${JSON.stringify({ id, error })}\n`;
      break;
    case "json":
      if (settings.multi)
        out = JSON.stringify({ id, error }, null, settings.pretty ? 2 : undefined);
      break;
    case "csv":
      out = csvRow([displayId(id, unit), "error", message, code, "", ""]);
      break;
    default:
      break;
  }
  return {
    seq: unit.seq,
    status: code === "empty-line" ? "skipped" : "failed",
    id,
    out,
    error: { code, message },
  };
}
