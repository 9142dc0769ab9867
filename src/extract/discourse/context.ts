import type { Span } from "../../schema/span.js";
import { PartOfDay, TimeGrain, TimeValue } from "../../schema/time.js";
import type { Doc } from "../doc.js";
import type { TokenRange } from "./sentences.js";
import type { Token } from "./tokens.js";

/**
 * What the earlier stages found, as `analyze` passes it in. Typed loosely on purpose: the discourse
 * stage reads only ids, spans, mentions and values, so it keeps working while those schemas grow.
 */
export interface DiscourseInput {
  /** Sections of the segmenter: directives are not read from titles and headings. */
  readonly sections?: readonly unknown[];
  readonly dates?: readonly unknown[];
  readonly numbers?: readonly unknown[];
  readonly money?: readonly unknown[];
  readonly counts?: readonly unknown[];
  readonly people?: readonly unknown[];
  readonly organisations?: readonly unknown[];
  readonly places?: readonly unknown[];
}

/** The kinds of entity a discourse item links to. */
export type AnchorKind =
  | "person"
  | "organisation"
  | "place"
  | "date"
  | "count"
  | "number"
  | "money";

/** One mention of an entity found by an earlier stage, in normalised-text offsets. */
export interface Anchor {
  readonly kind: AnchorKind;
  /** Offsets in the normalised text. */
  readonly start: number;
  readonly end: number;
  /** The entity's id (`person-1`, `date-2`), when it has one. */
  readonly id?: string;
  /** For dates: the ISO day (`2017-08-04`) the value starts on; for counts: the number. */
  readonly value?: string | number;
  /** For counts: what is counted (the count entity's `unit`). */
  readonly detail?: string;
  /** For dates: the date entity's value, grain and part of day, as it gives them. */
  readonly date?: DateCopy;
}

/** The fields of a date entity a discourse item copies. */
export interface DateCopy {
  readonly value?: TimeValue;
  readonly grain?: TimeGrain;
  readonly partOfDay?: PartOfDay;
}

/** The date fields of a date entity, each kept only when it has the date schema's shape. */
function dateCopy(o: Loose): DateCopy {
  const value = TimeValue.safeParse(o.value);
  const grain = TimeGrain.safeParse(o.grain);
  const pod = PartOfDay.safeParse(o.partOfDay);
  return {
    ...(value.success ? { value: value.data } : {}),
    ...(grain.success ? { grain: grain.data } : {}),
    ...(pod.success ? { partOfDay: pod.data } : {}),
  };
}

type Loose = Record<string, unknown>;

function asSpan(x: unknown): Span | undefined {
  if (x === null || typeof x !== "object") return undefined;
  const o = x as Loose;
  if (typeof o.start === "number" && typeof o.end === "number") {
    return { start: o.start, end: o.end };
  }
  if (o.span) return asSpan(o.span);
  return undefined;
}

/** The ISO value of a date entity, whatever field the date extractor puts it in. */
function dateValue(o: Loose): string | undefined {
  for (const key of ["value", "iso", "start", "date", "from"]) {
    const v = o[key];
    if (typeof v === "string" && /^\d{4}(?:-\d{2}){0,2}/u.test(v)) return v.slice(0, 10);
    if (v && typeof v === "object") {
      const inner = dateValue(v as Loose);
      if (inner) return inner;
    }
  }
  return undefined;
}

function countValue(o: Loose): number | undefined {
  for (const key of ["value", "count", "amount", "number"]) {
    const v = o[key];
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (v && typeof v === "object") {
      const inner = countValue(v as Loose);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

function countWhat(o: Loose): string | undefined {
  for (const key of ["what", "unit", "noun", "counted", "object"]) {
    const v = o[key];
    if (typeof v === "string" && v.length > 0) return v;
    if (v && typeof v === "object" && typeof (v as Loose).text === "string") {
      return (v as Loose).text as string;
    }
  }
  return undefined;
}

/**
 * The entities of earlier stages as anchors in the normalised text, sorted by start, for the links
 * directives, events and documents make ("Cao Văn Minh" in an issuer phrase is person p1).
 */
export class Anchors {
  private readonly list: Anchor[];

  constructor(list: Anchor[]) {
    this.list = list.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** Anchors for the entities in `input`, mapped into `doc.text`. */
  static from(doc: Doc, input: DiscourseInput | undefined): Anchors {
    const list: Anchor[] = [];
    if (!input) return new Anchors(list);
    const push = (kind: AnchorKind, entity: unknown, extra: Partial<Anchor>) => {
      if (entity === null || typeof entity !== "object") return;
      const o = entity as Loose;
      const id = typeof o.id === "string" ? o.id : undefined;
      const spans: Span[] = [];
      if (Array.isArray(o.mentions)) {
        for (const m of o.mentions) {
          const s = asSpan(m);
          if (s) spans.push(s);
        }
      }
      if (spans.length === 0) {
        const s = asSpan(o);
        if (s) spans.push(s);
      }
      for (const s of spans) {
        if (s.end < s.start || s.end > doc.source.length) continue;
        const t = doc.map.spanToTarget(s);
        list.push({ kind, start: t.start, end: t.end, ...(id ? { id } : {}), ...extra });
      }
    };
    for (const p of input.people ?? []) push("person", p, {});
    for (const o of input.organisations ?? []) push("organisation", o, {});
    for (const p of input.places ?? []) push("place", p, {});
    for (const d of input.dates ?? []) {
      if (d === null || typeof d !== "object") continue;
      const value = dateValue(d as Loose);
      push("date", d, { ...(value ? { value } : {}), date: dateCopy(d as Loose) });
    }
    // Counts are what a CountRef links to (`countId`); a bare number or an amount of money only
    // lends its value.
    const quantities = [
      ["count", input.counts],
      ["number", input.numbers],
      ["money", input.money],
    ] as const;
    for (const [kind, entities] of quantities) {
      for (const c of entities ?? []) {
        if (c === null || typeof c !== "object") continue;
        const value = countValue(c as Loose);
        const what = countWhat(c as Loose);
        push(kind, c, {
          ...(value !== undefined ? { value } : {}),
          ...(what ? { detail: what } : {}),
        });
      }
    }
    return new Anchors(list);
  }

  /** Text ranges of the headline and inter-titles, from the segmenter's sections. */
  static headings(doc: Doc, input: DiscourseInput | undefined): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    for (const section of input?.sections ?? []) {
      if (section === null || typeof section !== "object") continue;
      const o = section as Loose;
      if (o.kind !== "title" && o.kind !== "heading" && o.kind !== "kicker") continue;
      const span = asSpan(o.span);
      if (!span || span.end > doc.source.length || span.end < span.start) continue;
      out.push(doc.map.spanToTarget(span));
    }
    return out;
  }

  /** Anchors of `kind` lying inside [start, end), in text order. */
  inside(kind: AnchorKind, start: number, end: number): Anchor[] {
    const out: Anchor[] = [];
    for (let i = this.firstFrom(start); i < this.list.length; i++) {
      const a = this.list[i] as Anchor;
      if (a.start >= end) break;
      if (a.kind === kind && a.end <= end) out.push(a);
    }
    return out;
  }

  /** The count overlapping [start, end), else the amount of money, else the number. */
  quantity(start: number, end: number): Anchor | undefined {
    return (
      this.overlapping("count", start, end)[0] ??
      this.overlapping("money", start, end)[0] ??
      this.overlapping("number", start, end)[0]
    );
  }

  /** Anchors of `kind` overlapping [start, end), in text order. */
  overlapping(kind: AnchorKind, start: number, end: number): Anchor[] {
    const out: Anchor[] = [];
    // Anchors are short; look back a little for ones that start before `start`.
    for (let i = Math.max(0, this.firstFrom(start) - 8); i < this.list.length; i++) {
      const a = this.list[i] as Anchor;
      if (a.start >= end) break;
      if (a.kind === kind && a.end > start) out.push(a);
    }
    return out;
  }

  private firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.list[mid] as Anchor).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Everything the discourse extractors share for one document. */
export interface DiscourseContext {
  readonly doc: Doc;
  /** Tokens of `doc.text`. */
  readonly tokens: readonly Token[];
  /** Sentences as token ranges. */
  readonly sentences: readonly TokenRange[];
  readonly anchors: Anchors;
  /** Text ranges of headlines and inter-titles (no directive is read there). */
  readonly headings: readonly { start: number; end: number }[];
}
