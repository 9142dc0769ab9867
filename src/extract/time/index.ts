/**
 * Dates and times: finds them in the normalised text, resolves them against the reference date
 * (or the article's own date), and reports them with spans into the original input.
 */
import { assertInput } from "../../errors.js";
import { normalize } from "../../normalize/normalize.js";
import type { NormalizeOptions } from "../../normalize/options.js";
import type { DateEntity, DateFields } from "../../schema/time.js";
import { Doc } from "../doc.js";
import { type Civil, grainRank, startOf } from "./calendar/civil.js";
import { findDateCandidates } from "./engine.js";
import type { PointExpr, TimeExpr } from "./expr.js";
import { type DateOptions, type ResolvedDateOptions, resolveDateOptions } from "./options.js";
import { articleAnchor, type FullDate } from "./reference.js";
import {
  hourWithPartOfDay,
  pointGrain,
  type ResolveContext,
  type Resolved,
  resolveExpr,
  toValue,
} from "./resolve.js";
import type { Candidate } from "./types.js";

export type { DateOptions } from "./options.js";

/** How far back (normalised characters) `cùng ngày`, `hôm sau` look for the date they refer to. */
export const PREVIOUS_DATE_REACH = 600;

/** The fields a point states, as numbers (hours on the 24-hour clock). */
function statedFields(p: PointExpr | undefined): DateFields {
  if (!p) return {};
  const out: DateFields = {};
  if (p.year !== undefined) out.year = p.year;
  if (p.quarter !== undefined) out.quarter = p.quarter;
  if (p.month !== undefined) out.month = p.month;
  if (p.day !== undefined) out.day = p.day;
  if (p.weekday !== undefined) out.weekday = p.weekday;
  if (p.hour !== undefined) out.hour = hourWithPartOfDay(p.hour, p.partOfDay) % 24;
  if (p.minute !== undefined) out.minute = p.minute;
  if (p.second !== undefined) out.second = p.second;
  return out;
}

/** The point whose fields describe an expression (a range's start, a portion's period). */
function mainPoint(e: TimeExpr): PointExpr | undefined {
  switch (e.kind) {
    case "point":
      return e;
    case "interval":
      return e.from;
    case "portion":
      return e.of;
    default:
      return undefined;
  }
}

function grainOf(e: TimeExpr): DateEntity["grain"] {
  switch (e.kind) {
    case "point":
      return pointGrain(e);
    case "interval": {
      const a = pointGrain(e.from);
      const b = pointGrain(e.to);
      return grainRank(a) < grainRank(b) ? a : b;
    }
    case "span":
      return e.grain;
    case "season":
      return "day";
    case "portion":
      return (
        e.unit ?? (pointGrain(e.of) === "year" || pointGrain(e.of) === "quarter" ? "month" : "day")
      );
  }
}

function isLunar(e: TimeExpr): boolean {
  const p = mainPoint(e);
  return !!p?.lunar;
}

/** Whether an expression is anchored on the previous date in the text. */
function usesPreviousDay(e: TimeExpr): boolean {
  const p = mainPoint(e);
  if (e.kind === "interval")
    return e.from.previousDay !== undefined || e.to.previousDay !== undefined;
  return p?.previousDay !== undefined;
}

/**
 * Dates in a document (the pipeline stage). Relative and partial dates are resolved against
 * `options.referenceDate`, else against the article's own date (see `reference.ts`), else left
 * without a `value`.
 */
export function extractDatesFromDoc(
  doc: Doc,
  options?: DateOptions,
  /** The publication date segmentation read (`metadata.published`), if any. */
  published?: string,
): DateEntity[] {
  return datesOf(doc, resolveDateOptions(options), published);
}

/** The date stage with its options read. */
function datesOf(doc: Doc, opts: ResolvedDateOptions, published?: string): DateEntity[] {
  const candidates = findDateCandidates(doc.text);

  let anchor = opts.anchor;
  let anchorKind: DateEntity["anchor"] = anchor ? "reference" : undefined;
  if (!anchor && opts.articleDate) {
    anchor = articleAnchor(
      published,
      doc.text,
      () => {
        const full: FullDate[] = [];
        const bare: ResolveContext = { offset: opts.offset, prefer: opts.prefer };
        // Only full solar dates (day, month and year) can be the article's own date.
        for (const c of candidates) {
          const e = c.expr;
          if (e.kind !== "point" || e.year === undefined || e.day === undefined || e.lunar)
            continue;
          const r = resolveExpr(e, bare);
          if (r) full.push({ candidate: c, resolved: r });
        }
        return full;
      },
      opts.offset,
    );
    if (anchor) anchorKind = "article";
  }

  const out: DateEntity[] = [];
  let previous: Civil | undefined;
  let previousEnd = 0;
  for (const c of candidates) {
    const ctx: ResolveContext = { offset: opts.offset, prefer: opts.prefer };
    if (anchor) ctx.anchor = anchor;
    // `cùng ngày`, `hôm sau` refer to a date just told, not to one several paragraphs back.
    if (previous !== undefined && c.start - previousEnd <= PREVIOUS_DATE_REACH)
      ctx.previousDay = previous;
    const r = resolveExpr(c.expr, ctx);
    out.push(
      toEntity(
        `date-${out.length + 1}`,
        doc,
        c,
        r,
        opts.offset,
        usesPreviousDay(c.expr) ? "previous-date" : anchorKind,
      ),
    );
    if (
      r &&
      !usesPreviousDay(c.expr) &&
      grainRank(r.grain) <= grainRank("day") &&
      c.expr.kind === "point" &&
      (c.expr.day !== undefined || c.expr.shift?.grain === "day" || c.expr.weekday !== undefined)
    ) {
      previous = startOf(r.start, "day");
      previousEnd = c.end;
    } else if (r && usesPreviousDay(c.expr)) {
      previous = startOf(r.start, "day");
      previousEnd = c.end;
    }
  }
  return out;
}

function toEntity(
  id: string,
  doc: Doc,
  c: Candidate,
  r: Resolved | undefined,
  offset: number,
  anchorKind: DateEntity["anchor"],
): DateEntity {
  const { span, text } = doc.mention(c.start, c.end);
  const main = mainPoint(c.expr);
  // Keys in reading order: what, where, its value, then how it was read.
  const e: DateEntity = { id, span, text, rule: c.rule } as DateEntity;
  if (r) e.value = toValue(r, offset);
  e.grain = r?.grain ?? grainOf(c.expr);
  if (main?.partOfDay) e.partOfDay = main.partOfDay;
  e.calendar = isLunar(c.expr) ? "lunar" : "solar";
  e.stated = statedFields(main);
  if (c.expr.kind === "interval") e.statedEnd = statedFields(c.expr.to);
  e.inferred = r?.inferred ?? [];
  if (r && (e.inferred.length > 0 || c.relative) && anchorKind) e.anchor = anchorKind;
  e.relative = !!c.relative;
  if (c.approximate) e.approximate = true;
  if (r?.lunar) e.lunar = r.lunar;
  return e;
}

/**
 * Dates and times in a text, each with its span into `input`, its ISO value (or interval), grain,
 * part of day, and the fields stated and inferred.
 *
 * @example
 * ```ts
 * extractDates("Sáng ngày 04/8/2017, Quận ủy tổ chức hội nghị")[0];
 * // { text: "Sáng ngày 04/8/2017", grain: "day", partOfDay: "morning",
 * //   value: { type: "interval", from: { value: "2017-08-04T04:00:00.000+07:00", ... }, ... } }
 * extractDates("hôm qua", { referenceDate: "2017-08-04" })[0].value;
 * // { type: "value", value: "2017-08-03T00:00:00.000+07:00", grain: "day" }
 * ```
 */
export function extractDates(
  input: string,
  options?: DateOptions & NormalizeOptions,
): DateEntity[] {
  assertInput(input);
  // Options are checked before any work: a bad one is a programming error, not text.
  const opts = resolveDateOptions(options);
  return datesOf(Doc.fromNormalized(normalize(input, options)), opts);
}
