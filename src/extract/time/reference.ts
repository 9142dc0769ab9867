/**
 * The article's own date, used as the anchor when the caller gives no `referenceDate`.
 *
 * This is the one place that decides it. The publication date segmentation reads
 * (`metadata.published`: a dateline, an "Cập nhật" line, HTML `<meta>`/`<time>`) comes first; when
 * there is none, a full date (day, month and year) that the article states about itself, in one of
 * the two ways bulletins do:
 *
 * - a lead that opens with the date: `Sáng ngày 04/8/2017, Quận ủy Quận 9 tổ chức...`,
 *   `Ngày 23/1/2017, Thứ trưởng...` (the date starts a paragraph or sentence and a comma follows);
 * - a dateline, a line that holds nothing but the date (`Thứ Sáu, 04/08/2017 10:30`).
 *
 * A full date inside a sentence is not taken: in the news corpus those are mostly the dates of
 * documents (`Thông tư 15/2014/TT-BCA ngày 4/4/2014`), of history (`ngày 3/2/1930`) or of plans.
 * Nor is a lead date more than a year older than the latest full date in the text (a history piece
 * that opens with `Vào ngày 2/6/1953,` and goes on to this year's events).
 */
import { add, type Civil, civil, fields, startOf } from "./calendar/civil.js";
import { readOffset } from "./published.js";
import type { Resolved } from "./resolve.js";
import type { Candidate } from "./types.js";

/** How far into the text (normalised offsets) a lead date is looked for. */
export const LEAD_LENGTH = 700;

/** A date found in the text, resolved without any anchor. */
export interface FullDate {
  candidate: Candidate;
  resolved: Resolved;
}

const LINE_PREFIX = /^[\s\p{Pd}•*]*(?:(?:vào|hôm|ngày|tin\s+từ)\s+)?$/iu;
const SENTENCE_PREFIX = /[.!?:;]\s*$/u;
const AFTER_LEAD = /^\s*(?:,|:|\s[-–]\s|\.\s*$|\s*$)/u;

/** Whether the date at [start, end) opens its line or sentence and a comma (or line end) follows. */
function opensLead(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(lineStart, start);
  const lineEnd = text.indexOf("\n", end);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  if (!(LINE_PREFIX.test(before) || SENTENCE_PREFIX.test(before))) return false;
  return AFTER_LEAD.test(after.slice(0, 8)) || after.trim().length === 0;
}

/**
 * The article's date as a whole-day anchor, from the dates (resolved without an anchor) in
 * document order; `undefined` when the text states none in the way described above.
 */
export function findArticleDate(
  text: string,
  dates: readonly FullDate[],
): { start: Civil; end: Civil } | undefined {
  let latest = Number.NEGATIVE_INFINITY;
  for (const f of dates) {
    const e = f.candidate.expr;
    if (e.kind === "point" && e.year !== undefined && e.day !== undefined && !e.lunar) {
      latest = Math.max(latest, e.year);
    }
  }
  for (const f of dates) {
    const c = f.candidate;
    if (c.start > LEAD_LENGTH) break;
    if (c.expr.kind !== "point" || c.expr.year === undefined || c.expr.day === undefined) continue;
    if (c.expr.lunar || c.expr.year < latest - 1) continue;
    if (!opensLead(text, c.start, c.end)) continue;
    const start = startOf(f.resolved.start, "day");
    return { start, end: add(start, "day", 1) };
  }
  return undefined;
}

/**
 * The anchor of an article: its published date (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm±HH:MM` as
 * `published.ts` writes it) as a whole day, else what {@link findArticleDate} finds in the text. A
 * time published in another offset than the output's counts on the output's calendar day
 * (`2017-08-04T23:30-05:00` is 5 August in Vietnam).
 */
export function articleAnchor(
  published: string | undefined,
  text: string,
  dates: () => readonly FullDate[],
  offset: number,
): { start: Civil; end: Civil } | undefined {
  const m = published
    ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(Z|[+-]\d{2}:?\d{2})?)?/.exec(published)
    : null;
  if (m) {
    let start = civil(Number(m[1]), Number(m[2]), Number(m[3]));
    const f = fields(start);
    if (f.month === Number(m[2]) && f.day === Number(m[3])) {
      const stated = m[6] !== undefined ? readOffset(m[6]) : undefined;
      if (m[4] !== undefined && stated !== undefined && stated !== offset) {
        const time = civil(f.year, f.month, f.day, Number(m[4]), Number(m[5]));
        start = startOf(add(time, "minute", offset - stated), "day");
      }
      return { start, end: add(start, "day", 1) };
    }
  }
  return findArticleDate(text, dates());
}
