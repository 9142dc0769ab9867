/**
 * The date of an article, for titles over time and the timeline: the publication date the article
 * states (`metadata.published`: a dateline date, a "Cập nhật ..." stamp, HTML metadata), else the
 * full date a dateline section or the lead opens with (`Sáng ngày 04/8/2017, Quận ủy ...`), else
 * unknown. File dates and crawl dates are never used: a date given by the caller (a JSONL field)
 * comes first because the caller vouches for it.
 *
 * The lead rule follows the one the date extractor uses for its own anchor (`time/reference.ts`),
 * read from the analysis: the date must open the first sentence of the first lead or body
 * paragraph, state day, month and year (or day and month, the year coming from the caller's
 * reference date), and not be more than a year older than the latest full date in the text (a
 * history piece that opens with 1953 is not dated 1953).
 */
import type { DateEntity } from "../schema/time.js";
import type { AnalysisLike } from "./analysis-like.js";

/** Where an article's date came from. */
export type ArticleDateSource = "given" | "metadata" | "dateline" | "lead";

/** `YYYY-MM-DD` at the start of a string. */
export const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** `YYYY-MM-DD` at the start of a string that is a real calendar date, or undefined. */
export function isoDay(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = ISO_DAY_RE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Grains as precise as a day. */
const DAY_OR_FINER = new Set(["second", "minute", "hour", "day"]);

/** The local calendar day a date entity starts on, when its value is as precise as a day. */
export function dayOf(d: DateEntity): string | undefined {
  const v = d.value;
  if (!v) return undefined;
  if (v.type === "value") return DAY_OR_FINER.has(v.grain) ? isoDay(v.value) : undefined;
  return v.from && DAY_OR_FINER.has(v.from.grain) ? isoDay(v.from.value) : undefined;
}

/**
 * A solar date with its day and month written, not relative, whose year is written too or comes
 * from the caller's reference date (`--reference-date`: the caller vouches for the year), never
 * from the article's own date or a previous date (that would be circular).
 */
function isFullDate(d: DateEntity): boolean {
  const s = d.stated;
  return (
    d.calendar === "solar" &&
    !d.relative &&
    typeof s?.month === "number" &&
    typeof s.day === "number" &&
    (typeof s.year === "number" || d.anchor === "reference")
  );
}

/** The year of a date's value. */
const yearOf = (d: DateEntity) => Number((dayOf(d) as string).slice(0, 4));

const within = (x: number, a: { start: number; end: number }) => x >= a.start && x < a.end;

/**
 * The article's date and where it came from, or undefined. `given` (a caller's date, e.g. from a
 * JSONL field) wins when it is a valid ISO date.
 */
export function articleDate(
  analysis: AnalysisLike,
  given?: string,
): { date: string; source: ArticleDateSource } | undefined {
  const g = isoDay(given);
  if (g) return { date: g, source: "given" };
  const published = isoDay(analysis.metadata?.published);
  if (published) return { date: published, source: "metadata" };

  const dates = Array.isArray(analysis.dates) ? analysis.dates : [];
  const full = dates.filter((d) => d?.span && isFullDate(d) && dayOf(d) !== undefined);
  if (full.length === 0) return undefined;
  const sections = Array.isArray(analysis.sections) ? analysis.sections : [];

  for (const s of sections) {
    if (s?.kind !== "dateline" || !s.span) continue;
    const d = full.find((x) => within(x.span.start, s.span));
    if (d) return { date: dayOf(d) as string, source: "dateline" };
  }

  const latestYear = full.reduce((y, d) => Math.max(y, yearOf(d)), Number.NEGATIVE_INFINITY);
  const first = sections.find((s) => s?.kind === "lead" || s?.kind === "body");
  const opening = first?.sentences?.[0]?.span;
  if (!opening) return undefined;
  for (const d of full) {
    if (d.span.start !== opening.start) continue;
    if (yearOf(d) < latestYear - 1) return undefined;
    return { date: dayOf(d) as string, source: "lead" };
  }
  return undefined;
}
