/**
 * What the corpus tools read from an analysis: any subset of {@link Analysis}'s fields, as
 * `analyze` returns them or as a JSONL line of `bantin analyze` (perhaps cut with `--fields`) parses
 * back. Everything is optional and checked as it is read: a line from disk may hold anything.
 */
import type { Analysis } from "../schema/analysis.js";

/** An analysis, whole or in part. */
export type AnalysisLike = Partial<
  Pick<
    Analysis,
    | "input"
    | "normalized"
    | "metadata"
    | "sections"
    | "dates"
    | "people"
    | "organisations"
    | "events"
    | "directives"
    | "documents"
  >
>;

/** Whether a parsed JSON value looks like an analysis (a `bantin analyze` record), not an article. */
export function isAnalysisRecord(value: unknown): value is AnalysisLike {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.schemaVersion === "string" ||
    (typeof r.normalized === "object" && r.normalized !== null) ||
    Array.isArray(r.sections) ||
    Array.isArray(r.people) ||
    Array.isArray(r.organisations) ||
    Array.isArray(r.dates)
  );
}

/** The array at `value`, or an empty one when it is not an array. */
export function arrayOf<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : [];
}
